// Operation limits: how deep, wide, costly and long one GraphQL document may be, checked before
// the gateway plans anything, the same over HTTP and WebSocket.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../subgraphs/kit/errors.ts';

export interface OperationLimits {
  /** Deepest selection nesting (leaf fields count; introspection's __schema is not counted). */
  maxDepth: number;
  /** Most aliases in one operation (__typename aliases are free). */
  maxAliases: number;
  /** Highest graphql-armor cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`. */
  maxCost: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
}

/**
 * The deepest contract operation (MyRenders) has depth 7 and the longest 75 tokens; none uses
 * aliases or directives. The costliest, MyRenders, costs 14,516 with a literal `first: 100` (the
 * largest page the subgraphs serve), so 20,000 admits every contract operation at any page size
 * while nested literal pages (100 × 100 …) are refused. The standard introspection query has 184
 * tokens. Each limit leaves clients room to grow; a hostile document is refused before planning.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxDirectives: 20, maxTokens: 1000 };

/** Which limit refused a document, in a refusal's `extensions.limit`. */
export type OperationLimit = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_COST' | 'MAX_DIRECTIVES' | 'MAX_TOKENS';

/** Reports an armor rejection with our code; Apollo turns it into a 400 GRAPHQL_VALIDATION_FAILED either way. */
const refuseAs = (limit: OperationLimit) => [
  (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, limit } }));
  },
];

export interface OperationGuards {
  /** Validation rules for the limits (added to graphql-js's specified rules). */
  validationRules: ValidationRule[];
  /** Apollo Server plugins: field suggestions hidden in production. */
  plugins: ApolloServerPlugin[];
  /** Options for graphql-js's parser (the token limit). */
  parseOptions: { maxTokens: number };
  /** Parses and validates a document the way Apollo Server does with these guards (for graphql-ws). */
  check(schema: GraphQLSchema, source: string): { document: DocumentNode } | { errors: GraphQLError[] };
}

/** Builds the guards for the given limits; `production` also hides "Did you mean" suggestions. */
export function operationGuards(limits: OperationLimits, production: boolean): OperationGuards {
  const { validationRules, plugins } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: refuseAs('MAX_DEPTH') },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: refuseAs('MAX_ALIASES') },
    costLimit: { maxCost: limits.maxCost, propagateOnRejection: false, onReject: refuseAs('MAX_COST') },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: refuseAs('MAX_DIRECTIVES') },
    // Armor's Apollo token plugin throws before parsing, which Apollo Server answers with a 500
    // (graphql-armor#751); graphql-js's own parser counts tokens the same way and fails with a 400.
    maxTokens: { enabled: false },
    // With introspection closed, suggestions would spell out the schema field by field.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const parseOptions = { maxTokens: limits.maxTokens };
  return {
    validationRules,
    // Armor's typings name @apollo/server's CommonJS types, ours its ES module ones: the same objects.
    plugins: plugins as unknown as ApolloServerPlugin[],
    parseOptions,
    check(schema, source) {
      let document: DocumentNode;
      try {
        document = parse(source, parseOptions);
      } catch (error) {
        const message = (error as Error).message;
        return { errors: [new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED, ...(isTokenLimitMessage(message) ? { limit: 'MAX_TOKENS' } : {}) } })] };
      }
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      if (!errors.length) return { document };
      return {
        errors: errors.map((error) => new GraphQLError(production ? hideSuggestions(error.message) : error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
        })),
      };
    },
  };
}

/** graphql-js's parser message when a document has too many tokens (16.x says "more that"). */
export const isTokenLimitMessage = (message: string): boolean => /contains more tha[nt] \d+ tokens/.test(message);

const hideSuggestions = (message: string) => message.replace(/\s*Did you mean .+\?$/, '');
