// The Pothos builder every subgraph starts from: Prisma, Relay connections, directives and
// federation, with the shared scalars. A subgraph's own builder.ts calls createBuilder once.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin, { type PrismaObjectRef } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { GraphQLError, Kind } from 'graphql';
import type PrismaTypes from '../../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../../prisma/generated/pothos-types.ts';
import type { BaseContext } from './context.ts';

export interface SubgraphTypes<Ctx extends BaseContext> {
  Context: Ctx;
  PrismaTypes: PrismaTypes;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    BigInt: { Input: bigint; Output: bigint | number | string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

/** Largest page any connection returns, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function createBuilder<Ctx extends BaseContext>() {
  const builder = new SchemaBuilder<SubgraphTypes<Ctx>>({
    // Fields are non-null unless they say `nullable: true`.
    defaultFieldNullability: false,
    // Federation last: it must see the resolvers the other plugins wrap.
    plugins: [PrismaPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
    prisma: {
      client: (ctx) => ctx.db,
      dmmf: getDatamodel(),
      filterConnectionTotalCount: true,
      maxConnectionSize: MAX_PAGE_SIZE,
      defaultConnectionSize: DEFAULT_PAGE_SIZE,
      onUnusedQuery: null,
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // Every subgraph defines PageInfo; federation needs it marked shareable.
      pageInfoTypeOptions: { shareable: true },
      pageInfoFieldOptions: { nullable: false },
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      edgesFieldOptions: { nullable: false },
      nodeFieldOptions: { nullable: false },
    },
  });

  builder.queryType({});

  builder.scalarType('DateTime', {
    description: 'An instant in time, as an ISO-8601 string in UTC.',
    serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
    parseValue: (value) => parseDate(value),
    parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
  });
  builder.scalarType('JSON', {
    description: 'Any JSON value.',
    serialize: (value) => value,
    parseValue: (value) => value,
  });
  builder.scalarType('BigInt', {
    description: 'A whole number beyond 32 bits (money in minor units, byte sizes), sent as a JSON number.',
    serialize: (value) => Number(value),
    parseValue: (value) => parseBigInt(value),
    parseLiteral: (ast) => parseBigInt(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
  });
  return builder;
}

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO-8601 string.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

function parseBigInt(value: unknown): bigint {
  if ((typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,19}$/.test(value))) {
    return BigInt(value);
  }
  throw new GraphQLError('BigInt must be a whole number.', { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * The type of `builder.prismaObject(Model, ...)`, for object types that refer to each other
 * (TypeScript cannot infer a type that is used in its own initializer).
 */
export type ModelRef<Ctx extends BaseContext, Model extends keyof PrismaTypes> = PrismaObjectRef<
  PothosSchemaTypes.ExtendDefaultTypes<SubgraphTypes<Ctx>>,
  PrismaTypes[Model],
  PrismaTypes[Model]['Shape']
>;
