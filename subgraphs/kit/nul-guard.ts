// PostgreSQL text cannot hold the NUL character (U+0000): a string carrying one would reach the
// database and fail there as a 500. This plugin refuses it up front, in variables and in inline
// string literals alike, with BAD_USER_INPUT. The router and every subgraph run it.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { AppError, ErrorCode } from './errors.ts';

const NUL = '\u0000';

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes(NUL) || holdsNul(item, depth + 1));
}

function literalHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

const refusal = () => new AppError(ErrorCode.BAD_USER_INPUT, 'Text may not contain the NUL character (U+0000).', { http: { status: 400 } });

export function nulGuard<Ctx extends object>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (holdsNul(request.variables) || literalHoldsNul(document)) throw refusal();
        },
      };
    },
  };
}
