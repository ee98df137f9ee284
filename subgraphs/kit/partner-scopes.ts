// What a partner API key may call: the root fields of the partner operations, each with the scope
// the key needs. A key reaches no other root field in any subgraph, whatever the field's own rule
// says (the router also runs only the partner manifest's operations for keys; this is the same
// boundary, held by the owners themselves). Entity fields follow their own rules as for any user.
export const API_KEY_SCOPES = ['templates:read', 'renders:read', 'renders:write', 'exports:read', 'usage:read', 'webhooks:manage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const PARTNER_ROOT_FIELDS: Readonly<Record<'Query' | 'Mutation' | 'Subscription', Readonly<Record<string, ApiKeyScope>>>> = {
  Query: {
    templates: 'templates:read',
    renderJob: 'renders:read',
    exportDownloadUrl: 'exports:read',
    tenantUsage: 'usage:read',
  },
  Mutation: {
    createSavedProject: 'renders:write',
    submitRender: 'renders:write',
  },
  Subscription: {},
};
