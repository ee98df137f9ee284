/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** State of the project's After Effects file. */
export type AeStatus =
  | 'Error'
  | 'Missing'
  | 'Ready'
  | 'Uploaded';

/** Kind of a named project asset. */
export type AssetKind =
  | 'Audio'
  | 'Font'
  | 'Footage'
  | 'Image';

/** What was done after a crash. */
export type CrashRecoveryAction =
  | 'ReassignWork'
  | 'ResetAndRestart'
  | 'RestartNode';

/** Shared, dedicated or snapshot node. */
export type NodeKind =
  | 'Dedicated'
  | 'Shared'
  | 'Snapshot';

/** What a node is doing. */
export type NodeStatus =
  | 'Busy'
  | 'Error'
  | 'Maintenance'
  | 'Offline'
  | 'Online'
  | 'Updating';

/** A named asset file already stored (its URL). */
export type ProjectAssetInput = {
  /** Original file name. */
  fileName: string;
  /** Footage, image, audio or font. */
  kind: AssetKind;
  /** MIME type. */
  mimeType?: string | null | undefined;
  /** Name the AE project references. */
  name: string;
  /** Size in bytes. */
  sizeBytes: number;
  /** Where the file is stored. */
  url: string;
};

/** Whether users can see it. */
export type PublishStatus =
  | 'Draft'
  | 'Published'
  | 'Unpublished';

/** A new render node (RenderNodeCreate in the render contract). */
export type RegisterNodeInput = {
  cpuCores?: number | null | undefined;
  currentAeVersion: string;
  name: string;
  nodeIp: string;
  nodeKind?: string | null | undefined;
  ownerUserId?: string | number | null | undefined;
  priority?: number | null | undefined;
  ramGb?: number | null | undefined;
  region: string;
  workerPort: number;
};

/** queued, running, done or error. */
export type SnapshotJobStatus =
  | 'done'
  | 'error'
  | 'queued'
  | 'running';

/** Changes to a render node; omitted fields stay as they are. */
export type UpdateNodeInput = {
  acceptsNewJobs?: boolean | null | undefined;
  isActive?: boolean | null | undefined;
  maintenanceReason?: string | null | undefined;
  nextMaintenanceAt?: string | null | undefined;
  nodeKind?: string | null | undefined;
  ownerUserId?: string | number | null | undefined;
  priority?: number | null | undefined;
};

export type AdminProjectsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminProjectsQuery = { adminProjects: { totalCount: number, edges: Array<{ node: { id: string, thumbnailUrl: string | null, aspectRatio: string, resolution: string, aeStatus: AeStatus, publishStatus: PublishStatus, template: { title: string, slug: string }, assets: Array<{ id: string, name: string, kind: AssetKind }> } }> } };

export type AddProjectAssetMutationVariables = Exact<{
  projectId: string | number;
  input: ProjectAssetInput;
}>;


export type AddProjectAssetMutation = { addProjectAsset: { id: string, name: string, kind: AssetKind } };

export type DeleteProjectAssetMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProjectAssetMutation = { deleteProjectAsset: boolean };

export type GenerateSceneSnapshotsMutationVariables = Exact<{
  projectId: string | number;
}>;


export type GenerateSceneSnapshotsMutation = { generateSceneSnapshots: Array<{ id: string, sceneKey: string, status: SnapshotJobStatus }> };

export type SceneSnapshotJobsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type SceneSnapshotJobsQuery = { sceneSnapshotJobs: Array<{ id: string, status: SnapshotJobStatus, imageUrl: string | null, scene: { id: string, sceneKey: string, title: string, snapshot: { imageUrl: string | null } | null } }> };

export type NodesQueryVariables = Exact<{
  region?: string | null | undefined;
  status?: string | null | undefined;
}>;


export type NodesQuery = { nodes: Array<{ id: string, name: string, region: string, status: NodeStatus, nodeKind: NodeKind, currentAeVersion: string, priority: number, isActive: boolean, acceptsNewJobs: boolean, lastHeartbeatAt: string | null, lastCpuPct: number | null, lastRamAvailableMb: number | null, aeRunning: boolean, cacheUsedGb: number, cachedTemplateCount: number, lifetimeTaskCount: number, lifetimeCrashCount: number, consecutiveFailures: number, currentJob: { id: string, name: string, user: { email: string | null } } | null }> };

export type NodeDetailQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type NodeDetailQuery = { node: { id: string, name: string, availableAeVersions: Array<string>, cachedTemplateMd5s: Array<string>, nextMaintenanceAt: string | null, health: { recordedAt: string | null, status: NodeStatus, cpuPct: number | null, ramAvailableMb: number | null, aeRunning: boolean, currentFrame: number | null }, healthHistory: Array<{ recordedAt: string | null, cpuPct: number | null, ramAvailableMb: number | null }>, crashes: Array<{ id: string, crashedAt: string, crashSignal: string, autoRecovered: boolean, recoveryAction: CrashRecoveryAction | null, renderJob: { id: string } | null }> } | null };

export type RegisterNodeMutationVariables = Exact<{
  input: RegisterNodeInput;
}>;


export type RegisterNodeMutation = { registerNode: { nodeSecret: string, node: { id: string, name: string } } };

export type UpdateNodeMutationVariables = Exact<{
  id: string | number;
  input: UpdateNodeInput;
}>;


export type UpdateNodeMutation = { updateNode: { id: string, priority: number, isActive: boolean, acceptsNewJobs: boolean } };

export type RestartNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RestartNodeMutation = { restartNode: boolean };

export type ReleaseNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseNodeMutation = { releaseNode: boolean };

export type CloseAeMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseAeMutation = { closeAe: boolean };

export type NodeUpdatesQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeUpdatesQuery = { nodeUpdates: Array<{ id: string, updateFileName: string, updateNumber: number, targetAeVersion: string | null, inUpdateQueue: boolean, rolledOutToNodeIds: Array<string> }> };

export type RolloutNodeUpdateMutationVariables = Exact<{
  id: string | number;
  nodeIds: Array<string | number> | string | number;
}>;


export type RolloutNodeUpdateMutation = { rolloutNodeUpdate: boolean };

export type NodeStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NodeStatusSubscription = { nodeStatusChanged: { id: string, status: NodeStatus, lastHeartbeatAt: string | null, currentJob: { id: string } | null } };

export type TenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantsQuery = { tenants: Array<{ id: string, name: string, branding: { primaryColor: string | null, logoUrl: string | null } | null, apiKeys: Array<{ id: string, prefix: string, lastUsedAt: string | null }> }> };


export const AdminProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminProjectsQuery, AdminProjectsQueryVariables>;
export const AddProjectAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddProjectAssetMutation, AddProjectAssetMutationVariables>;
export const DeleteProjectAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProjectAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProjectAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProjectAssetMutation, DeleteProjectAssetMutationVariables>;
export const GenerateSceneSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSceneSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSceneSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GenerateSceneSnapshotsMutation, GenerateSceneSnapshotsMutationVariables>;
export const SceneSnapshotJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SceneSnapshotJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sceneSnapshotJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scene"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SceneSnapshotJobsQuery, SceneSnapshotJobsQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"currentAeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsNewJobs"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"lastRamAvailableMb"}},{"kind":"Field","name":{"kind":"Name","value":"aeRunning"}},{"kind":"Field","name":{"kind":"Name","value":"cacheUsedGb"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTemplateCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeCrashCount"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"currentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availableAeVersions"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTemplateMd5s"}},{"kind":"Field","name":{"kind":"Name","value":"nextMaintenanceAt"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"ramAvailableMb"}},{"kind":"Field","name":{"kind":"Name","value":"aeRunning"}},{"kind":"Field","name":{"kind":"Name","value":"currentFrame"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"ramAvailableMb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"crashSignal"}},{"kind":"Field","name":{"kind":"Name","value":"autoRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAction"}},{"kind":"Field","name":{"kind":"Name","value":"renderJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const RegisterNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeSecret"}}]}}]}}]} as unknown as DocumentNode<RegisterNodeMutation, RegisterNodeMutationVariables>;
export const UpdateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsNewJobs"}}]}}]}}]} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const RestartNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestartNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restartNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RestartNodeMutation, RestartNodeMutationVariables>;
export const ReleaseNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReleaseNodeMutation, ReleaseNodeMutationVariables>;
export const CloseAeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CloseAeMutation, CloseAeMutationVariables>;
export const NodeUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updateFileName"}},{"kind":"Field","name":{"kind":"Name","value":"updateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetAeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"inUpdateQueue"}},{"kind":"Field","name":{"kind":"Name","value":"rolledOutToNodeIds"}}]}}]}}]} as unknown as DocumentNode<NodeUpdatesQuery, NodeUpdatesQueryVariables>;
export const RolloutNodeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolloutNodeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloutNodeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"nodeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}}}]}]}}]} as unknown as DocumentNode<RolloutNodeUpdateMutation, RolloutNodeUpdateMutationVariables>;
export const NodeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NodeStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeStatusSubscription, NodeStatusSubscriptionVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;