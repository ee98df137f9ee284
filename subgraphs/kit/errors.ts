// The error catalogue: every error a client can see carries one of these stable codes in
// `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR outside development.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INVALID_ID: 'INVALID_ID',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  INVALID_MFA_CODE: 'INVALID_MFA_CODE',
  CONFLICT: 'CONFLICT',
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  /** A request that is not GraphQL over HTTP at all: malformed JSON, a CSRF-unsafe request (400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A request body over the limit (413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Too many requests from one client in the window (429, with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Apollo Server's: the document does not parse, or has more tokens than allowed (400). */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** Apollo Server's: the document fails validation, operation limits included (400). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error a client is meant to see and act on. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (message = 'Sign in first: this field needs a valid access token.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found.` : `${what} was not found.`);
export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that a GraphQL ID is one of our uuids before it reaches SQL. */
export function uuidArg(value: string | number, field = 'id'): string {
  const id = String(value);
  if (!UUID.test(id)) throw new AppError(ErrorCode.INVALID_ID, `${field} must be a uuid, got "${id.slice(0, 64)}".`, { field });
  return id.toLowerCase();
}
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const PRISMA_CODES: Record<string, ErrorCode> = {
  P2002: ErrorCode.CONFLICT, // unique constraint
  P2003: ErrorCode.BAD_USER_INPUT, // foreign key
  P2007: ErrorCode.INVALID_ID, // data validation error (a malformed uuid through the pg adapter)
  P2023: ErrorCode.INVALID_ID, // inconsistent column data (a malformed uuid)
  P2025: ErrorCode.NOT_FOUND, // record to update/delete not found
};

/**
 * Shapes an error for the response: our own errors pass through, known database errors get
 * their catalogue code, and anything unexpected is masked (logged by the caller) unless
 * `exposeInternals` is set for development.
 */
export function maskError(formatted: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[]; locations?: readonly unknown[] }, original: unknown, exposeInternals: boolean) {
  const code = formatted.extensions?.code;
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const prismaCode = (cause as { code?: unknown })?.code;
  if (typeof prismaCode === 'string' && PRISMA_CODES[prismaCode]) {
    return { ...formatted, message: prismaMessage(PRISMA_CODES[prismaCode]), extensions: { code: PRISMA_CODES[prismaCode] } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    if (exposeInternals) return formatted;
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (exposeInternals) return formatted;
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function prismaMessage(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.CONFLICT: return 'That already exists.';
    case ErrorCode.INVALID_ID: return 'An id in the request is not a valid uuid.';
    case ErrorCode.NOT_FOUND: return 'The record was not found.';
    default: return 'The request refers to something that does not exist.';
  }
}
