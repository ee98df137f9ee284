// Introspection per caller: open to everyone in development, to platform administrators only in
// production. Apollo's `introspection` flag is one switch for all callers, so this plugin decides
// per request, once the caller's token has been verified.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import { isAdmin, type Caller } from '../subgraphs/kit/auth.ts';
import { ErrorCode } from '../subgraphs/kit/errors.ts';

/** Refuses __schema and __type (in any fragment too) unless `mayIntrospect(caller)`; __typename stays open. */
export function introspectionGuard<Ctx extends { caller?: Caller }>({ production }: { production: boolean }): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          if (mayIntrospect(contextValue.caller, production)) return;
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length === 0) return;
          throw new GraphQLError('Introspection is only open to platform administrators.', {
            extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
          });
        },
      };
    },
  };
}

/** Whether a caller may read the schema through introspection. */
export const mayIntrospect = (caller: Caller | undefined, production: boolean): boolean => !production || (caller !== undefined && isAdmin(caller));
