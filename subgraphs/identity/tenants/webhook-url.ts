// Where webhooks may point. A webhook is a request our servers make to an address a tenant
// chose, so besides "https only" it must not reach our own network: addresses that are not
// public unicast (loopback, private, link-local such as cloud metadata, ...) are refused when the
// URL is saved and again when the name is resolved for each delivery (a name can change what it
// points at). WEBHOOK_ALLOW_LOOPBACK lets development and tests use a local receiver.
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput } from '../../kit/errors.ts';
import type { WebhookConfig } from './config.ts';

const MAX_URL_LENGTH = 2048;

/** The URL as it will be called, or BAD_USER_INPUT saying what is wrong with it. */
export function checkWebhookUrl(value: string, config: WebhookConfig): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput('url must be an absolute https URL.', 'url');
  }
  if (value.length > MAX_URL_LENGTH) throw badInput(`url must be at most ${MAX_URL_LENGTH} characters.`, 'url');
  if (url.username || url.password) throw badInput('url must not carry credentials: verify the signature instead.', 'url');
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol === 'http:') {
    if (!(config.WEBHOOK_ALLOW_LOOPBACK && loopback)) throw badInput('url must be an https URL.', 'url');
  } else if (url.protocol !== 'https:') {
    throw badInput('url must be an https URL.', 'url');
  }
  if (loopback ? !config.WEBHOOK_ALLOW_LOOPBACK : !literalAllowed(url.hostname, config)) {
    throw badInput('url must point at a public address, not a local or private one.', 'url');
  }
  url.hash = '';
  return url.toString();
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback';
}

export function addressAllowed(address: string, config: WebhookConfig): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = ipaddr.process(address).range();
  return range === 'unicast' || (range === 'loopback' && config.WEBHOOK_ALLOW_LOOPBACK);
}

/** dns.lookup that refuses names resolving to addresses deliveries may not reach. */
export function guardedLookup(config: WebhookConfig): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((entry) => !addressAllowed(entry.address, config));
      if (refused || list.length === 0) {
        const denied = Object.assign(new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}, which webhooks may not reach.`), { code: 'EADDRNOTALLOWED' });
        return callback(denied, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * A host name passes here (it is checked once resolved); an address given literally must be
 * allowed itself, since connecting to it skips the lookup.
 */
export function literalAllowed(hostname: string, config: WebhookConfig): boolean {
  const host = bare(hostname);
  return !ipaddr.isValid(host) || addressAllowed(host, config);
}
