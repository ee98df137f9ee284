// graphql-shield for every subgraph: deny by default, so a field nobody wrote a rule for is
// refused rather than exposed. The federation fields are allowed; entity resolution enforces
// tenancy itself (loaders filter by the caller's tenant).
import { allow, deny, rule, shield, type IRules } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import type { GraphQLSchema } from 'graphql';
import { isAdmin } from './auth.ts';
import type { BaseContext } from './context.ts';
import { forbidden, unauthenticated } from './errors.ts';

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

/** Wraps a subgraph schema in its rules with a deny-by-default fallback. */
export function protect(schema: GraphQLSchema, rules: Record<string, unknown>): GraphQLSchema {
  const tree = {
    ...rules,
    Query: { _service: allow, _entities: allow, ...((rules.Query as object | undefined) ?? {}) },
    _Service: allow,
  } as IRules;
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

/** Another subgraph, by name, calling with the service credential. */
export const isService = (...services: string[]) =>
  rule({ cache: 'contextual' })((_parent, _args, ctx: BaseContext) =>
    ctx.caller.kind === 'service' && services.includes(ctx.caller.service) ? true : forbidden('Only FlatRender services may do this.'));
