// The local environment `npm start` prepares: a data folder holding the embedded PostgreSQL, the
// secret the owner roles' passwords derive from, and a development Ed25519 key pair for tokens.
// Values given in the environment always win, so production sets its own and nothing is generated.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const dataDir = (env: NodeJS.ProcessEnv = process.env) => path.resolve(ROOT, env.FLATRENDER_DATA_DIR ?? '.data');

export interface LocalSecrets {
  roleSecret: string;
  jwtPublicKey: string;
  jwtPrivateKey: string;
  /** Encrypts render nodes' HMAC secrets at rest. */
  renderSecretKey: string;
  /** Signs the service tokens subgraphs present to each other. */
  serviceSecret: string;
}

/** Reads the data folder's secrets, creating them on first use; environment values win. */
export async function localSecrets(env: NodeJS.ProcessEnv = process.env): Promise<LocalSecrets> {
  const file = path.join(dataDir(env), 'secrets.json');
  let stored: LocalSecrets;
  if (existsSync(file)) {
    stored = JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
    if (!stored.renderSecretKey || !stored.serviceSecret) {
      stored.renderSecretKey ??= randomBytes(32).toString('base64');
      stored.serviceSecret ??= randomBytes(32).toString('base64url');
      await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  } else {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    stored = {
      roleSecret: randomBytes(24).toString('hex'),
      jwtPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      jwtPrivateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      renderSecretKey: randomBytes(32).toString('base64'),
      serviceSecret: randomBytes(32).toString('base64url'),
    };
    await mkdir(dataDir(env), { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    roleSecret: env.FLATRENDER_DB_ROLE_SECRET ?? stored.roleSecret,
    jwtPublicKey: env.JWT_PUBLIC_KEY ?? stored.jwtPublicKey,
    jwtPrivateKey: env.JWT_PRIVATE_KEY ?? stored.jwtPrivateKey,
    renderSecretKey: env.RENDER_SECRET_KEY ?? stored.renderSecretKey,
    serviceSecret: env.SERVICE_SECRET ?? stored.serviceSecret,
  };
}
