// The router's side door for partner API keys: it trades a key for a short-lived access token
// that acts as the key (its tenant; its creator, with role User; its scopes), so every subgraph
// checks partners with the same token verification and rules as everyone else.
import { builder } from '../builder.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import { verifyApiKey } from '../tenants/api-keys.ts';

/** A partner token lives this long; the router re-exchanges the key before it ends. */
export const API_KEY_TOKEN_TTL_SECONDS = 5 * 60;

interface ApiKeyToken {
  accessToken: string;
  expiresAt: Date;
  apiKeyId: string;
  tenantId: string;
  ratePerMinute: number;
}

const ApiKeyTokenType = builder.objectRef<ApiKeyToken>('ApiKeyToken').implement({
  inaccessible: true,
  description: 'An access token standing for a partner API key (the router only).',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken', { description: 'Ed25519 JWT with the key id (akid) and its scopes (scp).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the token ends.' }),
    apiKeyId: t.exposeID('apiKeyId', { description: 'The key.' }),
    tenantId: t.exposeID('tenantId', { description: 'Its tenant.' }),
    ratePerMinute: t.exposeInt('ratePerMinute', { description: "The tenant's API throttle, requests per minute." }),
  }),
});

builder.mutationFields((t) => ({
  exchangeApiKey: t.field({
    type: ApiKeyTokenType,
    inaccessible: true,
    description: 'Verifies a partner API key and answers a token acting as it (the router only). API_KEY_INVALID, API_KEY_REVOKED, API_KEY_EXPIRED or TENANT_SUSPENDED otherwise.',
    args: { key: t.arg.string({ required: true }), ip: t.arg.string({ required: false, description: "The partner's address, recorded as the key's last use." }) },
    resolve: async (_root, { key, ip }, ctx) => {
      if (!ctx.signer) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'This identity process cannot sign tokens.');
      const grant = await verifyApiKey(ctx.db, key, ip);
      // A key whose creator is gone has nobody to act as.
      if (!grant.actingUserId) throw new AppError(ErrorCode.API_KEY_INVALID, 'The API key has no owner any more: create a new one.');
      const keyLeft = grant.expiresAt ? Math.floor((grant.expiresAt.getTime() - Date.now()) / 1000) : API_KEY_TOKEN_TTL_SECONDS;
      const ttl = Math.max(1, Math.min(API_KEY_TOKEN_TTL_SECONDS, keyLeft));
      const accessToken = await ctx.signer.sign(
        { kind: 'user', userId: grant.actingUserId, tenantId: grant.tenantId, role: 'User', sessionId: grant.apiKeyId, apiKey: { id: grant.apiKeyId, scopes: grant.scopes } },
        ttl,
      );
      return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000), apiKeyId: grant.apiKeyId, tenantId: grant.tenantId, ratePerMinute: grant.rateLimitPerMinute };
    },
  }),
}));
