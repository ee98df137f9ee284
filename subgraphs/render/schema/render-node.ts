// RenderNode: a machine of the render farm, with its health, crashes, cache and updates (admin).
import { builder } from '../builder.ts';
import { NodeStatus, NodeKind, CrashRecoveryAction } from '../../../prisma/generated/client/enums.ts';
import { RenderJobType } from './render-job.ts';
import { badInput, uuidArg } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';

export const NodeStatusEnum = builder.enumType(NodeStatus, { name: 'NodeStatus', description: 'What a node is doing.' });
export const NodeKindEnum = builder.enumType(NodeKind, { name: 'NodeKind', description: 'Shared, dedicated or snapshot node.' });
export const RecoveryActionEnum = builder.enumType(CrashRecoveryAction, { name: 'CrashRecoveryAction', description: 'What was done after a crash.' });

interface HealthShape {
  recordedAt: Date | null;
  status: NodeStatus;
  cpuPct: number | null;
  ramAvailableMb: number | null;
  aeRunning: boolean;
  currentFrame: number | null;
  cacheUsedGb: number | null;
}

const NodeHealthType = builder.objectRef<HealthShape>('NodeHealth').implement({
  description: 'A node\'s health at one heartbeat.',
  fields: (t) => ({
    recordedAt: t.expose('recordedAt', { type: 'DateTime', nullable: true, description: 'When it was reported.' }),
    status: t.expose('status', { type: NodeStatusEnum, description: 'Status then.' }),
    cpuPct: t.exposeInt('cpuPct', { nullable: true, description: 'CPU use, percent.' }),
    ramAvailableMb: t.exposeInt('ramAvailableMb', { nullable: true, description: 'Free memory, MB.' }),
    aeRunning: t.exposeBoolean('aeRunning', { description: 'After Effects was running.' }),
    currentFrame: t.exposeInt('currentFrame', { nullable: true, description: 'Frame being rendered.' }),
    cacheUsedGb: t.exposeInt('cacheUsedGb', { nullable: true, description: 'Template cache size, GB.' }),
  }),
});

const NodeCrashType = builder.prismaObject('NodeCrash', {
  description: 'An After Effects crash on a node and what recovery did.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Crash id.' }),
    crashedAt: t.expose('crashedAt', { type: 'DateTime', description: 'When it crashed.' }),
    crashSignal: t.exposeString('crashSignal', { description: 'Signal or exception reported.' }),
    lastKnownFrame: t.exposeInt('lastKnownFrame', { nullable: true, description: 'Last frame reported before the crash.' }),
    aeVersion: t.exposeString('aeVersion', { nullable: true, description: 'After Effects version.' }),
    autoRecovered: t.exposeBoolean('autoRecovered', { description: 'Recovered without an operator.' }),
    recoveryAction: t.expose('recoveryAction', { type: RecoveryActionEnum, nullable: true, description: 'Action taken.' }),
    renderJob: t.relation('renderJob', { type: RenderJobType, nullable: true, description: 'Job that was rendering.' }),
  }),
});

export const RenderNodeType = builder.prismaObject('RenderNode', {
  description: 'A render node of the farm.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Node id.' }),
    name: t.exposeString('name', { description: 'Unique name.' }),
    region: t.exposeString('region', { description: 'Region it runs in.' }),
    status: t.expose('status', { type: NodeStatusEnum, description: 'What it is doing.' }),
    nodeKind: t.expose('nodeKind', { type: NodeKindEnum, description: 'Shared, dedicated or snapshot.' }),
    nodeIp: t.exposeString('nodeIp', { description: 'Address of its worker.' }),
    workerPort: t.exposeInt('workerPort', { description: 'Port of its worker.' }),
    currentAeVersion: t.exposeString('currentAeVersion', { description: 'After Effects version in use.' }),
    availableAeVersions: t.exposeStringList('availableAeVersions', { description: 'After Effects versions installed.' }),
    nodeAgentVersion: t.exposeString('nodeAgentVersion', { nullable: true, description: 'Node agent version.' }),
    priority: t.exposeInt('priority', { description: 'Higher is preferred.' }),
    isActive: t.exposeBoolean('isActive', { description: 'Part of the farm.' }),
    acceptsNewJobs: t.exposeBoolean('acceptsNewJobs', { description: 'Takes new work.' }),
    lastHeartbeatAt: t.expose('lastHeartbeatAt', { type: 'DateTime', nullable: true, description: 'Last heartbeat.' }),
    lastCpuPct: t.exposeInt('lastCpuPct', { nullable: true, description: 'CPU use at the last heartbeat.' }),
    lastRamAvailableMb: t.exposeInt('lastRamAvailableMb', { nullable: true, description: 'Free memory at the last heartbeat.' }),
    aeRunning: t.exposeBoolean('aeRunning', { description: 'After Effects is running.' }),
    cacheUsedGb: t.exposeInt('cacheUsedGb', { description: 'Template cache size, GB.' }),
    cachedTemplateCount: t.exposeInt('cachedTemplateCount', { description: 'Templates in the cache.' }),
    lifetimeTaskCount: t.int({ description: 'Frame jobs done, ever.', resolve: (node) => Number(node.lifetimeTaskCount) }),
    lifetimeCrashCount: t.exposeInt('lifetimeCrashCount', { description: 'Crashes, ever.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { description: 'Failures in a row.' }),
    lastMaintenanceAt: t.expose('lastMaintenanceAt', { type: 'DateTime', nullable: true, description: 'Last maintenance.' }),
    nextMaintenanceAt: t.expose('nextMaintenanceAt', { type: 'DateTime', nullable: true, description: 'Next planned maintenance.' }),
    maintenanceReason: t.exposeString('maintenanceReason', { nullable: true, description: 'Why maintenance is planned.' }),
    currentJob: t.relation('currentJob', { type: RenderJobType, nullable: true, description: 'Job it is rendering.' }),
    health: t.field({
      type: NodeHealthType,
      description: 'Health at the last heartbeat.',
      resolve: (node) => ({
        recordedAt: node.lastHeartbeatAt, status: node.status, cpuPct: node.lastCpuPct, ramAvailableMb: node.lastRamAvailableMb,
        aeRunning: node.aeRunning, currentFrame: null, cacheUsedGb: node.cacheUsedGb,
      }),
    }),
    healthHistory: t.field({
      type: [NodeHealthType],
      description: 'Heartbeats between `from` and `to` (ISO-8601; default the last hour), oldest first, at most 2,000.',
      args: { from: t.arg.string({ required: false }), to: t.arg.string({ required: false }) },
      resolve: (node, { from, to }, ctx) => {
        const end = to ? new Date(to) : new Date();
        const start = from ? new Date(from) : new Date(end.getTime() - 3_600_000);
        if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badInput('from and to must be ISO-8601 date-times.');
        return ctx.db.nodeHealthLog.findMany({ where: { nodeId: node.id, recordedAt: { gte: start, lte: end } }, orderBy: { recordedAt: 'asc' }, take: 2000 });
      },
    }),
    crashes: t.relation('crashes', { description: 'Crashes, newest first (at most 100).', query: { orderBy: { crashedAt: 'desc' }, take: 100 } }),
    cachedTemplateMd5s: t.stringList({
      description: 'MD5s of the After Effects files in its cache.',
      resolve: async (node, _args, ctx) =>
        (await ctx.db.nodeTemplateCache.findMany({ where: { nodeId: node.id, lastAction: { in: ['Downloaded', 'Verified'] } }, select: { aepFileMd5: true } })).map((row) => row.aepFileMd5),
    }),
  }),
});

builder.asEntity(RenderNodeType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.node.load(id),
});

const NodeUpdateType = builder.prismaObject('NodeUpdate', {
  description: 'A release of the node agent software.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Update id.' }),
    updateNumber: t.exposeInt('updateNumber', { description: 'Release number.' }),
    updateFileName: t.exposeString('updateFileName', { description: 'Package file name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What changed.' }),
    targetAeVersion: t.exposeString('targetAeVersion', { nullable: true, description: 'After Effects version it targets.' }),
    inUpdateQueue: t.exposeBoolean('inUpdateQueue', { description: 'Queued for rollout.' }),
    createDate: t.expose('createDate', { type: 'DateTime', description: 'When it was published.' }),
    rolledOutToNodeIds: t.idList({
      description: 'Nodes it was rolled out to.',
      resolve: async (update, _args, ctx) => (await ctx.db.nodeUpdateRollout.findMany({ where: { updateId: update.id }, select: { nodeId: true } })).map((r) => r.nodeId),
    }),
  }),
});

builder.queryFields((t) => ({
  nodes: t.prismaField({
    type: [RenderNodeType],
    description: 'Render nodes, by priority then name (administrators).',
    args: { region: t.arg.string({ required: false }), status: t.arg.string({ required: false }) },
    resolve: (query, _root, { region, status }, ctx) => {
      if (status && !(status in NodeStatus)) throw badInput(`status must be one of ${Object.keys(NodeStatus).join(', ')}.`, 'status');
      const where: Prisma.RenderNodeWhereInput = { ...(region ? { region } : {}), ...(status ? { status: status as NodeStatus } : {}) };
      return ctx.db.renderNode.findMany({ ...query, where, orderBy: [{ priority: 'desc' }, { name: 'asc' }] });
    },
  }),
  node: t.prismaField({
    type: RenderNodeType,
    nullable: true,
    description: 'One render node (administrators).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.renderNode.findUnique({ ...query, where: { id: uuidArg(id) } }),
  }),
  nodeUpdates: t.prismaField({
    type: [NodeUpdateType],
    description: 'Node agent releases, newest first (administrators).',
    resolve: (query, _root, _args, ctx) => ctx.db.nodeUpdate.findMany({ ...query, orderBy: { updateNumber: 'desc' } }),
  }),
}));

