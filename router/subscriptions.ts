// Subscriptions at the router's one endpoint. @apollo/gateway executes queries and mutations
// only, so for a subscription the router plans it itself (the JS query planner the gateway uses),
// subscribes upstream to the owning subgraph's part over graphql-ws, and for every event runs the
// rest of the plan with the gateway's own executor: fields of other owners are fetched through
// the normal entity machinery, and the result is shaped exactly as the client asked.
import type { ServiceCredential } from '../subgraphs/kit/auth.ts';
import type { GraphQLDataSource } from '@apollo/gateway';
import { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { GraphQLError, Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Repeater, type Push, type Stop } from '@repeaterjs/repeater';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Logger } from 'pino';
import type { RouterContext } from './gateway.ts';

/** The stand-in subgraph that answers the primary fetch with the event at hand. */
const EVENT_SOURCE = '__subscription_event__';

/** Subscription fields whose first event is the current state (so the latest event is too). */
const STARTS_WITH_STATE = new Set(['renderProgress']);

/**
 * Where a subscriber's events go. Over graphql-ws the router writes each event to the subscriber's
 * TCP socket itself, as a ready WebSocket text frame carrying the whole `next` message: the event
 * is serialised and encoded once for every subscriber of its group, and each subscriber costs one
 * copy and one write. Through a stream per subscriber and graphql-ws's per-message validation
 * and serialisation, and ws's framing of each message, 2,000 subscribers cost several times more
 * (bench/results/tuning.md). The stream then only carries the end, which graphql-ws answers with
 * `complete` after the last event written.
 */
export interface SocketSink {
  /** The WebSocket (graphql-ws's `ctx.extra.socket`): whether it is still open. */
  socket: { readonly readyState: number };
  /** The TCP socket under it (the upgrade request's `socket`), where frames are written. */
  raw: { write(frame: Uint8Array): boolean };
  /** The subscription's id on that socket. */
  id: string;
}

interface GroupListener {
  push: Push<ExecutionResult>;
  stop: Stop;
  sink?: SocketSink;
  /** `{"id":"<id>","type":"next","payload":` for the sink, encoded. */
  prefix?: Buffer;
}

/** One upstream subscription and the clients it serves. */
interface Group {
  listeners: Set<GroupListener>;
  latest?: ExecutionResult;
  /** `latest` as JSON, encoded, made once when a sink first needs it. */
  latestPayload?: Buffer;
  ended: boolean;
  close(): void;
}

const OPEN = 1;
const CLOSING_BRACE = 0x7d;

/**
 * An unmasked, final WebSocket text frame (RFC 6455 §5.2, as a server sends) of `prefix`,
 * `payload` and the `}` that closes the message `prefix` opened.
 */
export function textFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  prefix.copy(frame, header);
  payload.copy(frame, header + prefix.length);
  frame[frame.length - 1] = CLOSING_BRACE;
  return frame;
}

/** Sends a result to one subscriber: written to its socket, or pushed to its stream. */
function send(listener: GroupListener, result: ExecutionResult, payload: () => Buffer): void {
  if (listener.sink) {
    if (listener.sink.socket.readyState === OPEN) listener.sink.raw.write(textFrame(listener.prefix!, payload()));
    return;
  }
  listener.push(result).catch(() => listener.stop());
}

/** The root fields an operation selects (directly, not through fragments). */
function rootFields(document: DocumentNode, operationName?: string | null): string[] {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  return operation?.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')) ?? [];
}

interface Planned {
  primary: FetchNode;
  rest?: PlanNode;
}

export interface SubscribeRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  context: RouterContext;
}

export class SubscriptionBridge {
  readonly schema: GraphQLSchema;
  private readonly apiSchema: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly plans = new Map<string, Planned>();
  /** Shared upstream subscriptions by caller, operation and variables. */
  private readonly groups = new Map<string, Group>();
  /** Upstream connections by subgraph and caller: a subgraph authorises each connection once. */
  private readonly upstream = new Map<string, Client>();

  constructor(
    supergraphSdl: string,
    private readonly dataSources: Map<string, GraphQLDataSource>,
    private readonly urls: Record<string, string>,
    private readonly log: Logger,
    private readonly credential?: ServiceCredential,
  ) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  private plan(document: DocumentNode, source: string, operationName?: string | null): Planned {
    const key = `${operationName ?? ''}\n${source}`;
    let planned = this.plans.get(key);
    if (!planned) {
      const operation = operationFromDocument(this.apiSchema, document, { operationName: operationName ?? undefined });
      const plan = this.planner.buildQueryPlan(operation);
      if (plan.node?.kind !== 'Subscription') throw new GraphQLError('Not a subscription.', { extensions: { code: 'BAD_REQUEST' } });
      planned = { primary: plan.node.primary, rest: plan.node.rest };
      if (this.plans.size > 1000) this.plans.clear();
      this.plans.set(key, planned);
    }
    return planned;
  }

  private client(subgraph: string, authorization: string | undefined): Client {
    const key = `${subgraph}\n${authorization ?? ''}`;
    let client = this.upstream.get(key);
    if (!client) {
      const url = this.urls[subgraph].replace(/^http/, 'ws');
      client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 5_000,
        retryAttempts: 5,
        // A function: each (re)connection presents a fresh service token.
        connectionParams: async () => ({ authorization, service: await this.credential?.token() }),
        on: { closed: () => this.upstream.delete(key) },
      });
      this.upstream.set(key, client);
    }
    return client;
  }

  /**
   * The client's subscription as a stream of results, ended at once when the client leaves.
   * Subscribers asking the same thing with the same credentials share one upstream subscription
   * and one shaped result per event (2,000 watchers of a render cost one upstream stream and one
   * plan execution per event, not 2,000).
   */
  subscribe(request: SubscribeRequest, source: string): AsyncIterableIterator<ExecutionResult> {
    const variables = request.variables ?? {};
    const key = JSON.stringify([request.context.authorization ?? '', request.operationName ?? '', source, variables]);
    const group = this.groups.get(key) ?? this.startGroup(key, request, source);
    // A field that starts with the current state: a late joiner gets the latest event at once.
    const replay = rootFields(request.document, request.operationName).every((field) => STARTS_WITH_STATE.has(field));
    const sink = request.context.socketSink;
    return new Repeater<ExecutionResult>(async (push, stop) => {
      const listener: GroupListener = { push, stop, sink, prefix: sink ? Buffer.from(`{"id":${JSON.stringify(sink.id)},"type":"next","payload":`) : undefined };
      group.listeners.add(listener);
      if (replay && group.latest) send(listener, group.latest, () => (group.latestPayload ??= Buffer.from(JSON.stringify(group.latest))));
      if (group.ended) stop();
      await stop;
      group.listeners.delete(listener);
      if (group.listeners.size === 0) group.close();
    });
  }

  private startGroup(key: string, request: SubscribeRequest, source: string): Group {
    const { primary, rest } = this.plan(request.document, source, request.operationName);
    const variables = request.variables ?? {};
    const upstreamVariables = Object.fromEntries((primary.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]));
    const operationContext = buildOperationContext({ schema: this.schema, operationDocument: request.document, operationName: request.operationName ?? undefined });
    const upstream = this.client(primary.serviceName, request.context.authorization).iterate<Record<string, unknown>>({
      query: primary.operation,
      variables: upstreamVariables,
      operationName: primary.operationName,
    });
    const eventFetch: FetchNode = { ...primary, serviceName: EVENT_SOURCE };
    const plan: QueryPlan = { kind: 'QueryPlan', node: rest ? { kind: 'Sequence', nodes: [eventFetch, rest] } : eventFetch };
    const bridge = this;

    async function shape(event: ExecutionResult<Record<string, unknown>>): Promise<ExecutionResult> {
      if (event.errors?.length || !event.data) return { errors: (event.errors ?? []).map((e) => new GraphQLError(e.message, { extensions: e.extensions })) };
      // Execution mutates what it is given: it shapes its own copy of the event.
      const data = structuredClone(event.data);
      const serviceMap: Record<string, GraphQLDataSource> = Object.fromEntries(bridge.dataSources);
      serviceMap[EVENT_SOURCE] = { process: async () => ({ data }) };
      const requestContext = {
        request: { query: source, variables, operationName: request.operationName ?? undefined },
        context: request.context,
        metrics: {},
        logger: bridge.log,
        cache: undefined,
        overallCachePolicy: undefined,
      };
      const result = await executeQueryPlan(plan, serviceMap, requestContext as never, operationContext, bridge.supergraphSchema, bridge.apiSchema);
      return { data: result.data as Record<string, unknown> | null, ...(result.errors?.length ? { errors: result.errors.map(asGraphQLError) } : {}) };
    }

    const group: Group = {
      listeners: new Set(),
      ended: false,
      close: () => {
        if (this.groups.get(key) === group) this.groups.delete(key);
        void upstream.return?.();
      },
    };
    this.groups.set(key, group);
    const deliver = (result: ExecutionResult) => {
      let payload: Buffer | undefined;
      const encoded = () => (payload ??= Buffer.from(JSON.stringify(result)));
      for (const listener of group.listeners) send(listener, result, encoded);
      return payload;
    };
    void (async () => {
      try {
        for (;;) {
          const event = await upstream.next();
          if (event.done) break;
          group.latest = await shape(event.value as ExecutionResult<Record<string, unknown>>);
          group.latestPayload = deliver(group.latest);
        }
      } catch (error) {
        // The owner refused (NOT_FOUND, FORBIDDEN ...) or went away: say so, then end.
        deliver({ errors: (Array.isArray(error) ? error : [error]).map((e) => asGraphQLError(e)) });
      } finally {
        group.ended = true;
        if (this.groups.get(key) === group) this.groups.delete(key);
        for (const listener of group.listeners) listener.stop();
      }
    })();
    return group;
  }

  async close(): Promise<void> {
    for (const group of this.groups.values()) group.close();
    await Promise.all([...this.upstream.values()].map((client) => client.dispose()));
    this.upstream.clear();
  }
}

/** graphql-ws forwards only GraphQLError instances. */
const asGraphQLError = (error: unknown): GraphQLError => {
  if (error instanceof GraphQLError) return error;
  const { message, extensions } = (error ?? {}) as { message?: string; extensions?: Record<string, unknown> };
  if (message) return new GraphQLError(message, { extensions });
  return new GraphQLError('The subscription ended unexpectedly.', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
};
