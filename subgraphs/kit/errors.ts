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
  /** A discount code that cannot be used here; `extensions.reason` says why (NOT_FOUND, EXPIRED, EXHAUSTED ...). */
  DISCOUNT_INVALID: 'DISCOUNT_INVALID',
  /** The payment provider refused to start a payment (`extensions.providerCode`). */
  PAYMENT_FAILED: 'PAYMENT_FAILED',
  /** The payment provider could not be reached or answered nonsense; nothing changed, try again. */
  PAYMENT_PROVIDER_UNAVAILABLE: 'PAYMENT_PROVIDER_UNAVAILABLE',
  /** The user already has an active subscription. */
  ALREADY_SUBSCRIBED: 'ALREADY_SUBSCRIBED',
  /** A plan render without an active subscription. */
  SUBSCRIPTION_REQUIRED: 'SUBSCRIPTION_REQUIRED',
  /** The subscription's included renders (or its resolution/quality limits) do not allow this. */
  PLAN_LIMIT_REACHED: 'PLAN_LIMIT_REACHED',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** file: one file larger than the user's (or the server's) per-file limit. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** file: a type (declared, or sniffed from the bytes) outside the allow-list. */
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  /** file: an upload part sent again with different bytes. */
  PART_CONFLICT: 'PART_CONFLICT',
  /** file: a part number outside 1..partCount. */
  PART_OUT_OF_RANGE: 'PART_OUT_OF_RANGE',
  /** file: a part whose size is not the session's part size (or the last part's remainder). */
  PART_SIZE_MISMATCH: 'PART_SIZE_MISMATCH',
  /** file: completeUpload before every part arrived. */
  UPLOAD_INCOMPLETE: 'UPLOAD_INCOMPLETE',
  /** file: an upload session that is completed, aborted, expired, or completing right now. */
  UPLOAD_CLOSED: 'UPLOAD_CLOSED',
  /** file: the assembled bytes do not have the SHA-256 given at initUpload. */
  CHECKSUM_MISMATCH: 'CHECKSUM_MISMATCH',
  /** file: moving a folder into itself or one of its sub-folders. */
  FOLDER_CYCLE: 'FOLDER_CYCLE',
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  /** A field value for a field key the project (or scene) does not have (extensions.field: its path). */
  INVALID_FIELD: 'INVALID_FIELD',
  /** A scene that is not one of the project's, or a scene chosen twice (extensions.field: its path). */
  INVALID_SCENE: 'INVALID_SCENE',
  /** Publishing something not ready: no AE file, no scenes, no published project (extensions.reasons). */
  NOT_PUBLISHABLE: 'NOT_PUBLISHABLE',
  /** content: a template slug its tenant already uses (an archived template keeps its slug). */
  SLUG_TAKEN: 'SLUG_TAKEN',
  /** A signed download link whose signature does not match (tampered, or not ours): HTTP 403. */
  LINK_INVALID: 'LINK_INVALID',
  /** A signed download link past its expiry: HTTP 403; ask for a new one. */
  LINK_EXPIRED: 'LINK_EXPIRED',
  /** A partner API key that is malformed, unknown or wrong (the router answers 401). */
  API_KEY_INVALID: 'API_KEY_INVALID',
  /** A real partner API key its tenant revoked. */
  API_KEY_REVOKED: 'API_KEY_REVOKED',
  /** A real partner API key past its expiry. */
  API_KEY_EXPIRED: 'API_KEY_EXPIRED',
  /** The tenant is suspended or closed: its API keys are refused. */
  TENANT_SUSPENDED: 'TENANT_SUSPENDED',
  /** A custom domain another tenant already uses for its branding. */
  DOMAIN_TAKEN: 'DOMAIN_TAKEN',
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
  /** A password reset token that is unknown, used, replaced or expired. */
  INVALID_RESET_TOKEN: 'INVALID_RESET_TOKEN',
  /** An automatic persisted query whose hash the router does not know yet: send the hash with the query to register it (Apollo's code). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** A request with an X-Api-Key that is not one of the partner manifest's persisted operations (400). */
  PERSISTED_QUERY_REQUIRED: 'PERSISTED_QUERY_REQUIRED',
  /** A subgraph called directly, not through the router and without the service credential (403). */
  GATEWAY_REQUIRED: 'GATEWAY_REQUIRED',
  /**
   * File storage (local disk or the S3 bucket) failed, not the request: nothing was changed.
   * `extensions.reason`: unreachable, throttled, unavailable, denied, misconfigured, full or failed;
   * `extensions.retryable` says whether the same request may simply be sent again later.
   */
  STORAGE_UNAVAILABLE: 'STORAGE_UNAVAILABLE',
  /**
   * The data was busy: waiting for a row lock or for the transaction took too long, or a
   * concurrent change conflicted (serialization failure, deadlock). Nothing was changed: send the
   * same request again (`extensions.retryable: true`, `extensions.retryAfterSeconds`).
   */
  RETRY_LATER: 'RETRY_LATER',
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

/** RETRY_LATER: the request may simply be sent again (`retryable`), after about `retryAfterSeconds`. */
export const retryLater = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.RETRY_LATER, message, { retryable: true, retryAfterSeconds: 2, ...extensions });

/** SQLSTATEs that mean "busy": serialization failure, deadlock, lock_timeout, statement_timeout. */
const BUSY_SQLSTATES = new Set(['40001', '40P01', '55P03', '57014']);

/**
 * Whether a database error only says the data was busy, so that the same work may succeed if
 * tried again: Prisma's interactive transaction could not start within `maxWait` or ran past its
 * `timeout` (P2028), a write conflict or deadlock (P2034), or one of BUSY_SQLSTATES reported
 * through the pg adapter (P2010 for raw queries, P2039 otherwise). The transaction was rolled back.
 */
export function isBusyDbError(error: unknown): boolean {
  const { code, message, meta } = (error ?? {}) as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  const text = typeof message === 'string' ? message : '';
  if (code === 'P2034') return true;
  if (code === 'P2028') return /timeout|expired|given time|already closed|not found/i.test(text);
  if (code === 'P2010' || code === 'P2039') {
    const sqlState = meta?.driverAdapterError?.cause?.originalCode ?? /Code: `(\w{5})`/.exec(text)?.[1];
    return typeof sqlState === 'string' && BUSY_SQLSTATES.has(sqlState);
  }
  return false;
}

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
  // Pothos refuses connection arguments it cannot use (a cursor not from this list, a negative
  // `first`): the client's mistake, not the server's.
  if ((cause as { name?: unknown })?.name === 'PothosValidationError') {
    const message = /cursor/i.test((cause as Error).message) ? 'The cursor is not valid: pass one from a page of this list.' : (cause as Error).message;
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
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
