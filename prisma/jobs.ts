// The scheduled-work queue: pg-boss in its own schema, installed by the migration step (the
// owner roles have no DDL rights, so queues are created here, not by the workers). Each queue
// belongs to one owner, whose subgraph processes work it; pg-boss's cron runs each schedule once
// however many replicas are up.
import PgBoss from 'pg-boss';
import pg from 'pg';
import { roleOf, type Owner } from './roles.ts';

export const JOB_SCHEMA = 'pgboss';
/** pg-boss's own queue between its cron monitor and the scheduled queues (its Timekeeper's SEND_IT). */
const CRON_QUEUE = '__pgboss__send-it';

export interface ScheduledQueue {
  name: string;
  owner: Owner;
  /** Cron expression, UTC. */
  cron: string;
  description: string;
}

/** Events between owners: each event goes to one queue per consuming owner (at least once). */
export const EVENT_QUEUES = {
  'render.finished': [
    { name: 'notification-render-finished', owner: 'notification', description: 'tell the user their render finished or failed' },
    { name: 'identity-render-usage', owner: 'identity', description: 'count the render in the tenant\'s daily usage' },
    { name: 'identity-achievements', owner: 'identity', description: 'count the render towards the user\'s achievements and give earned gifts' },
    { name: 'identity-webhooks', owner: 'identity', description: 'queue one signed delivery per tenant webhook that wants the event' },
  ],
  'notification.delivered': [
    { name: 'identity-notification-usage', owner: 'identity', description: 'count a notification delivery that reached Sent in the tenant\'s daily usage' },
  ],
  'render.ae-file-verified': [
    { name: 'content-ae-file-verified', owner: 'content', description: 'mark the Uploaded projects whose AE file a render node now holds as Ready' },
  ],
} as const satisfies Record<string, readonly { name: string; owner: Owner; description: string }[]>;

export type EventName = keyof typeof EVENT_QUEUES;

export interface RenderFinishedEvent {
  eventId: string;
  jobId: string;
  userId: string;
  tenantId: string;
  name: string;
  step: 'Completed' | 'Failed' | 'Cancelled';
  exportId: string | null;
  durationSec: number;
  frames: number;
  failedMessage: string | null;
}

/**
 * A notification delivery (push, email, SMS or Telegram) reached Sent: sent by notification in the
 * transaction that records it, once per delivery (`eventId` is `notification.delivered:<delivery id>`).
 */
export interface NotificationDeliveredEvent {
  eventId: string;
  deliveryId: string;
  notificationId: string;
  /** The recipient; identity counts the delivery in this user's tenant. */
  userId: string;
  /** The notification's tenant, as notification knows it (identity's own users row wins). */
  tenantId: string;
  channel: string;
  /** When it was sent (ISO 8601): the usage day is this UTC day, however late the event is applied. */
  sentAt: string;
}

/**
 * Render nodes hold these After Effects files (by MD5): a node's template cache row for the file
 * became Downloaded or Verified (cache-update, or `online`'s cached_template_md5s), or a render was
 * submitted for an `Uploaded` project whose file a node already holds. Sent by render in the
 * transaction that records it, once per such change; content marks the matching `Uploaded`
 * projects `Ready` (a conditional update, so a redelivered event changes nothing).
 */
export interface AeFileVerifiedEvent {
  eventId: string;
  /** Lowercase hex MD5s of the AE files (content.projects.aep_file_md5). */
  md5s: string[];
  /** The node that reported them (null when render already knew, at submit). */
  nodeId: string | null;
  /** When render recorded it (ISO 8601). */
  at: string;
}

/**
 * An owner's own background work, queued inside the transaction that asks for it (kit/outbox.ts
 * `enqueue`). The handler owns retries where timing matters (channel deliveries keep their own
 * backoff); the queue's retries are the safety net for a crash.
 */
export interface WorkQueue {
  name: string;
  owner: Owner;
  description: string;
}

export const WORK_QUEUES: readonly WorkQueue[] = [
  { name: 'notification-fanout', owner: 'notification', description: 'decide the channels of a new notification and queue one delivery per destination' },
  { name: 'notification-deliver', owner: 'notification', description: 'send one delivery (push, email, SMS or Telegram), retried with backoff' },
  { name: 'identity-webhook-deliver', owner: 'identity', description: 'send one webhook delivery, HMAC-signed, retried with backoff' },
  { name: 'content-svg-trace', owner: 'content', description: 'trace a colour preview\'s image to SVG (Traced or Failed)' },
];

/** Roles that publish events, besides the consumers: they write the consumers' queues. */
const PUBLISHERS: Owner[] = ['render', 'notification'];

export const SCHEDULED_QUEUES: readonly ScheduledQueue[] = [
  { name: 'identity-partitions', owner: 'identity', cron: '17 3 * * *', description: 'create the coming months of identity.tenant_api_request_logs' },
  { name: 'identity-payment-sweep', owner: 'identity', cron: '*/10 * * * *', description: 'settle payments whose payer never came back from the gateway (verify: credit if paid, else fail and free the discount)' },
  { name: 'render-partitions', owner: 'render', cron: '23 3 * * *', description: 'create the coming months of render.node_health_logs' },
  { name: 'render-offline-sweep', owner: 'render', cron: '* * * * *', description: 'mark nodes that stopped heartbeating offline and requeue their frames' },
  { name: 'render-export-sweep', owner: 'render', cron: '7 * * * *', description: 'delete exports past their auto-delete date, files and rows' },
  { name: 'render-signature-sweep', owner: 'render', cron: '*/5 * * * *', description: 'forget node request signatures past their 5-minute validity' },
  { name: 'file-cleanup', owner: 'file', cron: '* * * * *', description: 'run the due file_mgr.cleanup_schedules: expired uploads, trash, temporary files, orphan objects' },
];

/** Creates (or upgrades) the pg-boss schema, its queues and schedules, and lets the owners use it. */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, max: 2, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    // pg-boss's cron turns a due schedule into a job through this internal queue. A worker would
    // create it on start, but the owner roles may not create tables: without it, no cron job
    // would ever be queued.
    if (!(await boss.getQueue(CRON_QUEUE))) await boss.createQueue(CRON_QUEUE);
    for (const queue of SCHEDULED_QUEUES) {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { name: queue.name, policy: 'singleton' });
      await boss.schedule(queue.name, queue.cron, {}, { tz: 'UTC' });
    }
    for (const queues of Object.values(EVENT_QUEUES)) {
      for (const queue of queues) {
        // Retried with backoff: a consumer that is down gets its events when it is back.
        if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { name: queue.name, policy: 'standard', retryLimit: 10, retryBackoff: true, retryDelay: 2 });
      }
    }
    for (const queue of WORK_QUEUES) {
      // stately: at most one waiting and one running job per singleton key (a delivery id), so a
      // job queued twice runs once. Every work job carries its key.
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { name: queue.name, policy: 'stately', retryLimit: 5, retryBackoff: true, retryDelay: 5 });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const owners = [...SCHEDULED_QUEUES.map((q) => q.owner), ...WORK_QUEUES.map((q) => q.owner), ...Object.values(EVENT_QUEUES).flat().map((q) => q.owner), ...PUBLISHERS];
  const roles = [...new Set(owners.map(roleOf))].join(', ');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Workers move jobs through the tables; creating and dropping queues stays with this step.
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${roles}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${roles}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${roles}`);
  } finally {
    await client.end();
  }
}
