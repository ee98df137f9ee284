// graphql-shield for every subgraph: deny by default, so a field nobody wrote a rule for is
// refused rather than exposed. The federation fields are allowed; entity resolution enforces
// tenancy itself (loaders filter by the caller's tenant).
import { allow, and, deny, rule, shield, type IRules } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import type { GraphQLSchema } from 'graphql';
import { isAdmin } from './auth.ts';
import type { BaseContext } from './context.ts';
import { forbidden, unauthenticated } from './errors.ts';
import { PARTNER_ROOT_FIELDS } from './partner-scopes.ts';

type ShieldRule = Parameters<typeof and>[number];

export { allow, deny, and, or, not } from 'graphql-shield';

/** Any signed-in user. */
export const isSignedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) =>
  ctx.caller.kind === 'user' ? true : unauthenticated());

/** A platform administrator. */
export const isPlatformAdmin = rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) => {
  if (ctx.caller.kind !== 'user') return unauthenticated();
  return isAdmin(ctx.caller) ? true : forbidden('Only administrators may do this.');
});

export type RuleTree = IRules;

/** A partner API key's token: only the partner root fields, each with its scope (kit/partner-scopes.ts). */
const partnerGate = (scope: string | undefined) =>
  rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) => {
    if (ctx.caller.kind !== 'user' || !ctx.caller.apiKey) return true;
    if (!scope) return forbidden('API keys may not use this field.');
    return ctx.caller.apiKey.scopes.includes(scope) ? true : forbidden(`This API key lacks the ${scope} scope.`);
  });

/** Each root field's rule behind the partner gate (a root field without a rule stays denied). */
function gateRootFields(schema: GraphQLSchema, rules: Record<string, unknown>): Record<string, Record<string, ShieldRule>> {
  const gated: Record<string, Record<string, ShieldRule>> = {};
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    const own = (rules[type.name] ?? {}) as Record<string, ShieldRule>;
    const scopes = PARTNER_ROOT_FIELDS[type.name as keyof typeof PARTNER_ROOT_FIELDS] ?? {};
    gated[type.name] = {};
    for (const field of Object.keys(type.getFields())) {
      if (field === '_service' || field === '_entities') continue;
      gated[type.name][field] = and(partnerGate(scopes[field]), own[field] ?? deny);
    }
  }
  return gated;
}

/** The rule tree a subgraph runs under: its rules, root fields behind the partner gate (the authorization matrix test reads it). */
export function ruleTree(schema: GraphQLSchema, rules: Record<string, unknown>): IRules {
  const gated = gateRootFields(schema, rules);
  return {
    ...rules,
    ...gated,
    // Federation's fields: entity resolution applies each entity field's own rule.
    Query: { _service: allow, _entities: allow, ...gated.Query },
    _Service: allow,
  } as IRules;
}

/** Wraps a subgraph schema in its rules with a deny-by-default fallback. */
export function protect(schema: GraphQLSchema, rules: Record<string, unknown>): GraphQLSchema {
  const tree = ruleTree(schema, rules);
  return applyMiddleware(
    schema,
    shield(tree, {
      fallbackRule: deny,
      // Resolvers' own errors (NOT_FOUND, BAD_USER_INPUT ...) reach the client unchanged.
      allowExternalErrors: true,
      fallbackError: () => forbidden('No rule allows this field.'),
    }),
  );
}

/** A tenant administrator (of the caller's own tenant) or a platform administrator. */
export const isTenantAdmin = rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) => {
  if (ctx.caller.kind !== 'user') return unauthenticated();
  return ctx.caller.role === 'TenantAdmin' || ctx.caller.role === 'Admin' ? true : forbidden('Only tenant administrators may do this.');
});

/** A partner API key's token (which root fields it reaches, and with which scope, is the partner gate's). */
export const isApiKey = rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) =>
  ctx.caller.kind === 'user' && ctx.caller.apiKey ? true : forbidden('Only partner API keys may do this.'));

/** Another subgraph, by name, calling with the service credential. */
export const isService = (...services: string[]) =>
  rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) =>
    ctx.caller.kind === 'service' && services.includes(ctx.caller.service) ? true : forbidden('Only FlatRender services may do this.'));
