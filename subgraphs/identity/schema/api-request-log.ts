// ApiRequestLog: one partner API request as the router saw it. The router sends them in batches
// (`recordApiRequests`, service only); tenant administrators read theirs, newest first.
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { TenantApiRequestLog } from '../../../prisma/generated/client/client.ts';
import { TenantType } from './tenant.ts';
import { forbidden } from '../../kit/errors.ts';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../../kit/builder.ts';
import { mayManage } from '../tenants/access.ts';
import { MAX_BATCH, apiRequestLogPage, encodeCursor, recordApiRequests } from '../tenants/request-log.ts';

export const ApiRequestLogType = builder.prismaObject('TenantApiRequestLog', {
  name: 'ApiRequestLog',
  description: 'One partner API request.',
  fields: (t) => ({
    id: t.id({ description: 'Log entry id.', resolve: (row) => String(row.id) }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', description: 'When the request came in.' }),
    apiKeyId: t.exposeID('apiKeyId', { nullable: true, description: 'The key that made it.' }),
    method: t.exposeString('method', { description: 'HTTP method.' }),
    path: t.exposeString('path', { description: 'The GraphQL operation (its name).' }),
    statusCode: t.exposeInt('statusCode', { description: 'HTTP status answered.' }),
    durationMs: t.exposeInt('durationMs', { description: 'How long it took.' }),
    requestId: t.exposeID('requestId', { nullable: true, description: 'The request id (X-Request-Id), to find it in our logs.' }),
    ip: t.exposeString('ip', { nullable: true, description: 'Address it came from.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'Client software.' }),
  }),
});

builder.objectField(TenantType, 'apiRequestLogs', (t) =>
  t.connection({
    type: ApiRequestLogType,
    description: "The tenant's partner API requests, newest first (its tenant administrators and platform administrators).",
    resolve: (tenant, args, ctx) => {
      if (!mayManage(ctx.caller, tenant.id)) throw forbidden('Only its tenant administrators may read the request log.');
      return resolveCursorConnection<Promise<TenantApiRequestLog[]>>(
        { args, toCursor: encodeCursor, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
        (page) => apiRequestLogPage(ctx.db, tenant.id, page),
      );
    },
  }));

const ApiRequestLogInput = builder.inputType('ApiRequestLogInput', {
  inaccessible: true,
  description: 'A partner API request the router served.',
  fields: (t) => ({
    tenantId: t.id({ required: true, description: "The key's tenant." }),
    apiKeyId: t.id({ required: false, description: 'The key.' }),
    requestedAt: t.field({ type: 'DateTime', required: true, description: 'When it came in (within the last 7 days).' }),
    method: t.string({ required: true, description: 'HTTP method.' }),
    path: t.string({ required: true, description: 'The operation name (cut to 512 characters).' }),
    statusCode: t.int({ required: true, description: 'HTTP status answered.' }),
    durationMs: t.int({ required: true, description: 'Milliseconds it took.' }),
    requestId: t.id({ required: false, description: 'The request id (a uuid): the same entry sent again is stored and counted once.' }),
    ip: t.string({ required: false, description: 'Client address.' }),
    userAgent: t.string({ required: false, description: 'Client software (cut to 512 characters).' }),
  }),
});

builder.mutationFields((t) => ({
  recordApiRequests: t.int({
    inaccessible: true,
    description: `Stores a batch of partner API requests (the router only; at most ${MAX_BATCH}) and counts them in the tenants' daily usage. Answers how many were new.`,
    args: { entries: t.arg({ type: [ApiRequestLogInput], required: true }) },
    resolve: (_root, { entries }, ctx) => recordApiRequests(ctx.db, entries.map((entry) => ({ ...entry, tenantId: String(entry.tenantId), apiKeyId: entry.apiKeyId == null ? null : String(entry.apiKeyId), requestId: entry.requestId == null ? null : String(entry.requestId) }))),
  }),
}));
