// `npm run start:subgraph -- <name>` and `npm run start:router`: one process alone, configured by
// its environment. In development, missing values (database URL, token keys, subgraph URLs) are
// filled from the data folder and the database that `npm start` prepared.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ownerUrl, OWNERS, type Owner } from '../prisma/roles.ts';
import { readSupergraphConfig } from './compose.ts';
import { ROOT, dataDir, localSecrets } from './local-env.ts';

const [kind, name] = process.argv.slice(2);
const production = process.env.NODE_ENV === 'production';

if (kind === 'subgraph') {
  if (!OWNERS.includes(name as Owner)) {
    console.error(`Usage: npm run start:subgraph -- <${OWNERS.join('|')}>`);
    process.exit(2);
  }
  if (!production) await fillDevelopmentEnv(name as Owner);
  await import(path.join(ROOT, 'subgraphs', name, 'server.ts'));
} else if (kind === 'router') {
  if (!production) await fillDevelopmentEnv();
  await import(path.join(ROOT, 'router', 'main.ts'));
} else {
  console.error('Usage: start-one.ts subgraph <name> | router');
  process.exit(2);
}

async function fillDevelopmentEnv(owner?: Owner) {
  const secrets = await localSecrets();
  process.env.JWT_PUBLIC_KEY ??= secrets.jwtPublicKey;
  const config = await readSupergraphConfig();
  process.env.SERVICE_SECRET ??= secrets.serviceSecret;
  if (owner) {
    if (owner === 'identity') {
      process.env.JWT_PRIVATE_KEY ??= secrets.jwtPrivateKey;
      process.env.IDENTITY_SECRET_KEY ??= secrets.identitySecretKey;
    }
    if (owner === 'render') process.env.RENDER_SECRET_KEY ??= secrets.renderSecretKey;
    if (owner === 'notification') {
      process.env.VAPID_PUBLIC_KEY ??= secrets.vapidPublicKey;
      process.env.VAPID_PRIVATE_KEY ??= secrets.vapidPrivateKey;
    }
    process.env.PORT ??= new URL(config.subgraphs[owner].routing_url).port;
    const prefixed = `${owner.toUpperCase()}_DATABASE_URL`;
    if (!process.env[prefixed] && !process.env.DATABASE_URL) {
      const passwordFile = path.join(dataDir(), 'superuser-password');
      if (!existsSync(passwordFile)) throw new Error('No DATABASE_URL given and no local database prepared: run `npm start` once first.');
      const admin = `postgres://postgres:${readFileSync(passwordFile, 'utf8').trim()}@127.0.0.1:${process.env.FLATRENDER_PG_PORT ?? 54329}/flatrender`;
      process.env.DATABASE_URL = ownerUrl(admin, owner, secrets.roleSecret);
    }
  }
}
