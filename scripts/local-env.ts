// The local environment `npm start` prepares: a data folder holding the embedded PostgreSQL, the
// secret the owner roles' passwords derive from, a development Ed25519 key pair for tokens, and
// the other development secrets (node secrets' key, service secret, VAPID keys).
// Values given in the environment always win, so production sets its own and nothing is generated.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webpush from 'web-push';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const dataDir = (env: NodeJS.ProcessEnv = process.env) => path.resolve(ROOT, env.FLATRENDER_DATA_DIR ?? '.data');

export interface LocalSecrets {
  roleSecret: string;
  jwtPublicKey: string;
  jwtPrivateKey: string;
  /** Encrypts render nodes' HMAC secrets at rest. */
  renderSecretKey: string;
  /** Encrypts users' TOTP secrets at rest. */
  identitySecretKey: string;
  /** Signs the service tokens subgraphs present to each other. */
  serviceSecret: string;
  /** VAPID key pair of Web Push (base64url), so browsers can subscribe in development. */
  vapidPublicKey: string;
  vapidPrivateKey: string;
}

/** A fresh set of secrets: roles, token keys, encryption keys, the service secret, VAPID keys. */
export function newSecrets(): LocalSecrets {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    roleSecret: randomBytes(24).toString('hex'),
    jwtPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwtPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    renderSecretKey: randomBytes(32).toString('base64'),
    identitySecretKey: randomBytes(32).toString('base64'),
    serviceSecret: randomBytes(32).toString('base64url'),
    ...vapidKeys(),
  };
}

/** Reads the data folder's secrets, creating them on first use; environment values win. */
export async function localSecrets(env: NodeJS.ProcessEnv = process.env): Promise<LocalSecrets> {
  const file = path.join(dataDir(env), 'secrets.json');
  let stored: LocalSecrets;
  if (existsSync(file)) {
    stored = JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
    if (!stored.renderSecretKey || !stored.serviceSecret || !stored.vapidPublicKey || !stored.identitySecretKey) {
      stored.renderSecretKey ??= randomBytes(32).toString('base64');
      stored.identitySecretKey ??= randomBytes(32).toString('base64');
      stored.serviceSecret ??= randomBytes(32).toString('base64url');
      if (!stored.vapidPublicKey) Object.assign(stored, vapidKeys());
      await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  } else {
    stored = newSecrets();
    await mkdir(dataDir(env), { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    roleSecret: env.FLATRENDER_DB_ROLE_SECRET ?? stored.roleSecret,
    jwtPublicKey: env.JWT_PUBLIC_KEY ?? stored.jwtPublicKey,
    jwtPrivateKey: env.JWT_PRIVATE_KEY ?? stored.jwtPrivateKey,
    renderSecretKey: env.RENDER_SECRET_KEY ?? stored.renderSecretKey,
    identitySecretKey: env.IDENTITY_SECRET_KEY ?? stored.identitySecretKey,
    serviceSecret: env.SERVICE_SECRET ?? stored.serviceSecret,
    vapidPublicKey: env.VAPID_PUBLIC_KEY ?? stored.vapidPublicKey,
    vapidPrivateKey: env.VAPID_PRIVATE_KEY ?? stored.vapidPrivateKey,
  };
}

function vapidKeys(): Pick<LocalSecrets, 'vapidPublicKey' | 'vapidPrivateKey'> {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { vapidPublicKey: publicKey, vapidPrivateKey: privateKey };
}
