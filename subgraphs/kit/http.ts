// Apollo Server on plain node:http, so a process serves /graphql, health probes, metrics and the
// graphql-ws upgrade from one server (Apollo Server 5 ships no HTTP framework integration).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext as ApolloContext, type HTTPGraphQLRequest } from '@apollo/server';
import { ErrorCode } from './errors.ts';

export class BodyTooLargeError extends Error {}

/** Reads a request body as bytes, refusing (BodyTooLargeError: answer 413) past `limitBytes`. */
export async function readRawBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a request body as UTF-8 text (see readRawBody). */
export const readBody = async (req: IncomingMessage, limitBytes: number): Promise<string> => (await readRawBody(req, limitBytes)).toString('utf8');

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A GraphQL-over-HTTP error response in the spec's shape, with a stable code. */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

export interface GraphQLHandlerOptions<Ctx extends ApolloContext> {
  server: ApolloServer<Ctx>;
  context: (req: IncomingMessage) => Promise<Ctx>;
  bodyLimitBytes: number;
  /** Rewrites a request before Apollo sees it, or refuses it with a status and code (the router resolves persisted operations here). */
  prepare?: (request: HTTPGraphQLRequest) => HTTPGraphQLRequest | { status: number; code: string; message: string };
}

/** Handles one GraphQL request (GET or POST) with Apollo Server. */
export function graphqlHandler<Ctx extends ApolloContext>({ server, context, bodyLimitBytes, prepare }: GraphQLHandlerOptions<Ctx>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw = '';
    if (req.method === 'POST') {
      try {
        raw = await readBody(req, bodyLimitBytes);
      } catch (error) {
        // Node reads and drops the rest of a refused body, so the connection stays usable.
        if (error instanceof BodyTooLargeError) return sendGraphQLError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${bodyLimitBytes} bytes.`);
        // The client went away or broke the stream mid-body: its fault, not a server error.
        if (!res.headersSent && !res.destroyed) sendGraphQLError(res, 400, ErrorCode.BAD_REQUEST, 'The request body could not be read.');
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendGraphQLError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    if (prepare) {
      const prepared = prepare(httpGraphQLRequest);
      if ('code' in prepared) return sendGraphQLError(res, prepared.status, prepared.code, prepared.message);
      httpGraphQLRequest = prepared;
    }
    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
