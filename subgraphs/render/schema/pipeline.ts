// The render pipeline's operations, with the render contract's field names: submitting,
// cancelling and retrying renders, snapshots, exports and the administration of nodes. The work
// itself is in ../orchestrator; these resolvers check who may do what and translate.
import { builder } from '../builder.ts';
import { RenderJobType, QualityEnum, ResolutionEnum, PriceTypeEnum } from './render-job.ts';
import { RenderNodeType } from './render-node.ts';
import { SnapshotJobType } from './snapshot.ts';
import { uuidArg } from '../../kit/errors.ts';
import { issueCommand, registerNode, rolloutUpdate, updateNode } from '../orchestrator/nodes.ts';
import { ownedBy, type RenderContext } from '../context.ts';
import { cancel, retry, submit } from '../orchestrator/jobs.ts';
import { deleteExport, downloadLink, extendExport } from '../orchestrator/exports.ts';
import { generateSceneSnapshots, requestSnapshot } from '../orchestrator/snapshots.ts';
import { notFound, unauthenticated } from '../../kit/errors.ts';


const SubmitRenderInput = builder.inputType('SubmitRenderInput', {
  description: 'A render of a saved project (RenderJobCreate in the render contract).',
  fields: (t) => ({
    savedProjectId: t.id({ required: true }),
    quality: t.field({ type: QualityEnum, required: true }),
    resolution: t.field({ type: ResolutionEnum, required: true }),
    frameRate: t.int({ required: false, description: '24, 25, 30 or 60.' }),
    is60Fps: t.boolean({ required: false }),
    priceType: t.field({ type: PriceTypeEnum, required: false }),
    discountCode: t.string({ required: false }),
    supportFlatrender: t.boolean({ required: false }),
    tellMeWhenDone: t.boolean({ required: false }),
    preferredRegion: t.string({ required: false }),
  }),
});

const RequestSnapshotInput = builder.inputType('RequestSnapshotInput', {
  description: 'A single-frame snapshot of a scene of a saved project.',
  fields: (t) => ({
    savedProjectId: t.id({ required: true }),
    sceneKey: t.string({ required: true }),
    frameNumber: t.int({ required: true, description: '0 or more.' }),
  }),
});

const RegisterNodeInput = builder.inputType('RegisterNodeInput', {
  description: 'A new render node (RenderNodeCreate in the render contract).',
  fields: (t) => ({
    name: t.string({ required: true }),
    region: t.string({ required: true }),
    nodeIp: t.string({ required: true }),
    workerPort: t.int({ required: true }),
    currentAeVersion: t.string({ required: true }),
    ramGb: t.int({ required: false }),
    cpuCores: t.int({ required: false }),
    nodeKind: t.string({ required: false }),
    ownerUserId: t.id({ required: false }),
    priority: t.int({ required: false }),
  }),
});

const UpdateNodeInput = builder.inputType('UpdateNodeInput', {
  description: 'Changes to a render node; omitted fields stay as they are.',
  fields: (t) => ({
    priority: t.int({ required: false }),
    isActive: t.boolean({ required: false }),
    acceptsNewJobs: t.boolean({ required: false }),
    nodeKind: t.string({ required: false }),
    ownerUserId: t.id({ required: false }),
    nextMaintenanceAt: t.field({ type: 'DateTime', required: false }),
    maintenanceReason: t.string({ required: false }),
  }),
});

const CancelResult = builder.objectRef<{ cancelled: boolean; refundAmountMinor: bigint }>('CancelRenderResult').implement({
  description: 'Outcome of a cancellation.',
  fields: (t) => ({
    cancelled: t.exposeBoolean('cancelled', { description: 'The job was cancelled now.' }),
    refundAmountMinor: t.field({ type: 'BigInt', description: 'Amount refunded to the wallet.', resolve: (r) => r.refundAmountMinor }),
  }),
});

const SnapshotResult = builder.objectRef<{ snapshotId: string; status: string; imageUrl: string | null; thumbnailUrl: string | null; expiresAt: Date | null }>('SnapshotRequestResult').implement({
  description: 'A snapshot request: Cached at once when the same snapshot exists, else queued.',
  fields: (t) => ({
    snapshotId: t.exposeID('snapshotId', { description: 'Snapshot id.' }),
    status: t.exposeString('status', { description: 'Cached, Pending or Rendering.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'Image URL when cached.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Thumbnail URL when cached.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When the cached image expires.' }),
  }),
});

const ExtendResult = builder.objectRef<{ newAutoDeleteDate: Date }>('ExtendExportResult').implement({
  description: 'The export\'s new auto-delete date.',
  fields: (t) => ({ newAutoDeleteDate: t.expose('newAutoDeleteDate', { type: 'DateTime', description: 'New auto-delete date.' }) }),
});

const DownloadUrl = builder.objectRef<{ url: string; expiresAt: Date }>('DownloadUrl').implement({
  description: 'A short-lived signed link to download an export.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The link.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it stops working.' }),
  }),
});

const RegisteredNode = builder.objectRef<{ nodeId: string; nodeSecret: string }>('RegisteredNode').implement({
  description: 'A newly registered node and its HMAC secret (shown once).',
  fields: (t) => ({
    node: t.prismaField({ type: RenderNodeType, description: 'The node.', resolve: (query, r, _a, ctx) => ctx.db.renderNode.findUniqueOrThrow({ ...query, where: { id: r.nodeId } }) }),
    nodeSecret: t.exposeString('nodeSecret', { description: 'Secret for X-Node-Signature; store it now.' }),
  }),
});

async function ownExport(ctx: RenderContext, id: string) {
  const exported = await ctx.db.export.findFirst({ where: { id: uuidArg(id), ...ownedBy(ctx.caller) }, include: { files: true } });
  if (!exported) throw notFound('Export', id);
  return exported;
}

async function ownJob(ctx: RenderContext, id: string) {
  const job = await ctx.db.renderJob.findFirst({ where: { id: uuidArg(id), ...ownedBy(ctx.caller) } });
  if (!job) throw notFound('Render job', id);
  return job;
}

const issuer = (ctx: RenderContext) => (ctx.caller.kind === 'user' ? ctx.caller.userId : null);

async function command(ctx: RenderContext, id: string, kind: 'RestartNode' | 'ReleaseJob' | 'CloseAE'): Promise<boolean> {
  await issueCommand(ctx.db, uuidArg(id), kind, issuer(ctx));
  return true;
}

builder.queryFields((t) => ({
  exportDownloadUrl: t.field({
    type: DownloadUrl,
    description: 'A short-lived signed download link for one of your exports.',
    args: { id: t.arg.id({ required: true }), format: t.arg.string({ required: false, description: 'A format the export has (default: its main file).' }) },
    resolve: async (_root, { id, format }, ctx) => downloadLink(await ownExport(ctx, id), format),
  }),
}));

builder.mutationFields((t) => ({
  submitRender: t.field({
    type: RenderJobType,
    description: 'Prices a render of one of your saved projects, charges your wallet (INSUFFICIENT_BALANCE: nothing is queued) and queues it.',
    args: { input: t.arg({ type: SubmitRenderInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      return submit(ctx.db, ctx.peers, { userId: ctx.caller.userId, tenantId: ctx.caller.tenantId }, { ...input, savedProjectId: uuidArg(input.savedProjectId, 'savedProjectId') });
    },
  }),
  cancelRender: t.field({
    type: CancelResult,
    description: 'Cancels one of your renders that has not finished; what it cost is refunded, once.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: async (_root, { id, reason }, ctx) => cancel(ctx.db, ctx.peers, await ownJob(ctx, id), reason ?? null, issuer(ctx)),
  }),
  retryRender: t.field({
    type: RenderJobType,
    description: 'Renders a failed or cancelled job again with the same configuration (charged again).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => retry(ctx.db, ctx.peers, await ownJob(ctx, id)),
  }),
  requestSnapshot: t.field({
    type: SnapshotResult,
    description: 'One frame of a scene of your saved project as it is now: Cached at once when the same frame was rendered before, else queued.',
    args: { input: t.arg({ type: RequestSnapshotInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const snapshot = await requestSnapshot(ctx.db, ctx.peers, { userId: ctx.caller.userId, tenantId: ctx.caller.tenantId }, { ...input, savedProjectId: uuidArg(input.savedProjectId, 'savedProjectId') });
      const cached = snapshot.status === 'Cached';
      return { snapshotId: snapshot.id, status: snapshot.status, imageUrl: snapshot.imageUrl, thumbnailUrl: snapshot.thumbnailUrl, expiresAt: cached ? snapshot.expiresAt : null };
    },
  }),
  extendExport: t.field({
    type: ExtendResult,
    description: 'Keeps one of your exports 1 to 365 more days, charged to your wallet per day.',
    args: { id: t.arg.id({ required: true }), days: t.arg.int({ required: true }) },
    resolve: async (_root, { id, days }, ctx) => ({ newAutoDeleteDate: await extendExport(ctx.db, ctx.peers, await ownExport(ctx, id), days) }),
  }),
  deleteExport: t.boolean({
    description: 'Deletes one of your exports and its files.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteExport(ctx.db, await ownExport(ctx, id));
      return true;
    },
  }),
  generateSceneSnapshots: t.prismaField({
    type: [SnapshotJobType],
    description: 'Queues one preview-still job per scene of a project (administrators); scenes with one queued or running keep it.',
    args: { projectId: t.arg.id({ required: true }) },
    resolve: (_query, _root, { projectId }, ctx) => generateSceneSnapshots(ctx.db, ctx.peers, uuidArg(projectId, 'projectId'), issuer(ctx)),
  }),
  registerNode: t.field({
    type: RegisteredNode,
    description: 'Registers a render node (administrators). The secret it signs requests with is returned once.',
    args: { input: t.arg({ type: RegisterNodeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { node, secret } = await registerNode(ctx.db, { ...input, ownerUserId: input.ownerUserId ? uuidArg(input.ownerUserId, 'ownerUserId') : null });
      return { nodeId: node.id, nodeSecret: secret };
    },
  }),
  updateNode: t.prismaField({
    type: RenderNodeType,
    description: 'Changes a render node (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateNodeInput, required: true }) },
    resolve: (_query, _root, { id, input }, ctx) =>
      updateNode(ctx.db, uuidArg(id), { ...input, ownerUserId: input.ownerUserId ? uuidArg(input.ownerUserId, 'ownerUserId') : input.ownerUserId }),
  }),
  restartNode: t.boolean({ description: 'Reboots a node\'s operating system (administrators); delivered on its next heartbeat.', args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => command(ctx, id, 'RestartNode') }),
  releaseNode: t.boolean({ description: 'Releases a node from its current job (administrators).', args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => command(ctx, id, 'ReleaseJob') }),
  closeAe: t.boolean({ description: 'Force-closes After Effects on a node (administrators).', args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => command(ctx, id, 'CloseAE') }),
  rolloutNodeUpdate: t.boolean({
    description: 'Rolls a node-agent update out to the given nodes (administrators); each gets it on its next heartbeat.',
    args: { id: t.arg.id({ required: true }), nodeIds: t.arg.idList({ required: true }) },
    resolve: async (_root, { id, nodeIds }, ctx) => (await rolloutUpdate(ctx.db, uuidArg(id), nodeIds.map((n) => uuidArg(n, 'nodeIds')), issuer(ctx))) > 0,
  }),
}));

