// A tenant's white-label branding: checked field by field (colours, https URLs, a host name of
// its own), then written in one upsert. A field left out stays; null clears it.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput } from '../../kit/errors.ts';

export interface BrandingInput {
  displayName?: string | null;
  logoUrl?: string | null;
  faviconUrl?: string | null;
  primaryColor?: string | null;
  secondaryColor?: string | null;
  customDomain?: string | null;
  supportEmail?: string | null;
  emailFromName?: string | null;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,255}$/;
// Control characters would let a name inject mail headers (it is the From display name).
const CONTROL = /[\u0000-\u001f\u007f]/;

export async function updateBranding(db: Db, tenantId: string, input: BrandingInput, query: object = {}) {
  const data = checkBranding(input);
  if (data.customDomain) {
    const holder = await db.tenantBranding.findUnique({ where: { customDomain: data.customDomain }, select: { tenantId: true } });
    if (holder && holder.tenantId !== tenantId) throw domainTaken(data.customDomain);
  }
  try {
    return await db.tenantBranding.upsert({ ...query, where: { tenantId }, create: { tenantId, ...data }, update: data });
  } catch (error) {
    // Two tenants claiming the same domain at once: the unique constraint decides.
    if ((error as { code?: string }).code === 'P2002') throw domainTaken(data.customDomain ?? '');
    throw error;
  }
}

const domainTaken = (domain: string) =>
  new AppError(ErrorCode.DOMAIN_TAKEN, `The custom domain ${domain} is already used by another tenant.`, { field: 'customDomain' });

export function checkBranding(input: BrandingInput): Partial<Record<keyof BrandingInput, string | null>> {
  const data: Partial<Record<keyof BrandingInput, string | null>> = {};
  const set = (field: keyof BrandingInput, check: (value: string) => string) => {
    const value = input[field];
    if (value === undefined) return;
    data[field] = value === null || value.trim() === '' ? null : check(value.trim());
  };
  set('displayName', (v) => text(v, 'displayName', 100));
  set('emailFromName', (v) => text(v, 'emailFromName', 100));
  set('logoUrl', (v) => httpsUrl(v, 'logoUrl'));
  set('faviconUrl', (v) => httpsUrl(v, 'faviconUrl'));
  set('primaryColor', (v) => color(v, 'primaryColor'));
  set('secondaryColor', (v) => color(v, 'secondaryColor'));
  set('customDomain', (v) => hostName(v, 'customDomain'));
  set('supportEmail', (v) => {
    if (v.length > 254 || !EMAIL.test(v) || !hostNameOk(v.split('@')[1].toLowerCase())) throw badInput('supportEmail must be an email address.', 'supportEmail');
    return v;
  });
  return data;
}

function text(value: string, field: string, max: number): string {
  if (value.length > max) throw badInput(`${field} must be at most ${max} characters.`, field);
  if (CONTROL.test(value)) throw badInput(`${field} must not contain control characters or line breaks.`, field);
  return value;
}

function color(value: string, field: string): string {
  if (!COLOR.test(value)) throw badInput(`${field} must be a colour as #RRGGBB.`, field);
  return value.toLowerCase();
}

function httpsUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(`${field} must be an absolute https URL.`, field);
  }
  if (url.protocol !== 'https:' || !url.hostname) throw badInput(`${field} must be an https URL.`, field);
  if (url.username || url.password) throw badInput(`${field} must not carry credentials.`, field);
  if (value.length > 2048) throw badInput(`${field} must be at most 2048 characters.`, field);
  return url.toString();
}

/** A DNS host name (not an IP address, no port, no trailing dot), lowercased. */
function hostName(value: string, field: string): string {
  const host = value.toLowerCase();
  if (!hostNameOk(host)) throw badInput(`${field} must be a host name such as video.example.com.`, field);
  return host;
}

function hostNameOk(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  // At least a name and a top-level domain, which is never all digits (that would be an address).
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}
