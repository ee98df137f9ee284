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

/** Which Color field recolours one fill of a preview. */
export type ColorSlotInput = {
  /** A Color field's key (null: the fill stays as it is). */
  fieldKey?: string | null | undefined;
  /** A fill of the preview, #rrggbb. */
  fill: string;
};

/** What was done after a crash. */
export type CrashRecoveryAction =
  | 'ReassignWork'
  | 'ResetAndRestart'
  | 'RestartNode';

/** A file to upload in parts. */
export type InitUploadInput = {
  /** One of your folders (null or "root": the root). */
  folderId?: string | number | null | undefined;
  /** Its type; must be an allowed one (the content is checked again at completeUpload). */
  mimeType: string;
  /** File name (no slashes or control characters, at most 255 characters). */
  name: string;
  /** Bytes per part, 1 KiB to 64 MiB (default 8 MiB). */
  partSize?: number | null | undefined;
  /** SHA-256 of the whole file (hex); completeUpload refuses other bytes. */
  sha256?: string | null | undefined;
  /** Exact size in bytes. */
  sizeBytes: number;
};

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

/** A named asset from a file you uploaded (initUpload … completeUpload). */
export type ProjectAssetInput = {
  /** One of your uploaded files. */
  fileId: string | number;
  /** Footage (video), image, audio or font: the file must be of that kind. */
  kind: AssetKind;
  /** Name the AE project references (1 to 200 characters, unique in the project). */
  name: string;
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

/** Pending (being traced), Traced or Failed. */
export type SvgPreviewStatus =
  | 'Failed'
  | 'Pending'
  | 'Traced';

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

export type AdminInitUploadMutationVariables = Exact<{
  input: InitUploadInput;
}>;


export type AdminInitUploadMutation = { initUpload: { id: string, partSize: number, partCount: number, uploadUrl: string | null, uploadToken: string | null, missingParts: Array<number>, expiresAt: string } };

export type AdminCompleteUploadMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type AdminCompleteUploadMutation = { completeUpload: { id: string, name: string, mimeType: string, sizeBytes: number, sha256: string | null } };

export type AttachProjectAeFileMutationVariables = Exact<{
  projectId: string | number;
  fileId: string | number;
  aeVersion?: string | null | undefined;
  mainComp?: string | null | undefined;
}>;


export type AttachProjectAeFileMutation = { attachProjectAeFile: { id: string, aeStatus: AeStatus, hasAeFile: boolean, aepFileUrl: string | null, aepFileMd5: string | null, aeVersion: string | null, mainComp: string | null, publishStatus: PublishStatus } };

export type PublishProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishProjectMutation = { publishProject: { id: string, publishStatus: PublishStatus, publishedAt: string | null } };

export type ProjectAssetsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectAssetsQuery = { projectAssets: Array<{ id: string, name: string, kind: AssetKind, fileName: string, url: string, mimeType: string | null, sizeBytes: number, md5: string | null, createdAt: string }> };

export type TraceSvgPreviewMutationVariables = Exact<{
  templateId: string | number;
  projectId?: string | number | null | undefined;
  fileId: string | number;
}>;


export type TraceSvgPreviewMutation = { traceSvgPreview: { id: string, status: SvgPreviewStatus } };

export type ProjectSvgPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectSvgPreviewQuery = { project: { id: string, svgPreview: { id: string, status: SvgPreviewStatus, svg: string | null, svgUrl: string | null, width: number | null, height: number | null, errorMessage: string | null, colorSlots: Array<{ fill: string, fieldKey: string | null }> } | null } | null };

export type SetSvgPreviewColorSlotsMutationVariables = Exact<{
  id: string | number;
  slots: Array<ColorSlotInput> | ColorSlotInput;
}>;


export type SetSvgPreviewColorSlotsMutation = { setSvgPreviewColorSlots: { id: string, colorSlots: Array<{ fill: string, fieldKey: string | null }> } };

export type DeleteSvgPreviewMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSvgPreviewMutation = { deleteSvgPreview: boolean };


export const AdminProjectsDocument = {"__meta__":{"hash":"sha256:b0a94359c10667a7f4b840b2fa120b6a404328c2873ec4b39b27226248b614d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminProjectsQuery, AdminProjectsQueryVariables>;
export const AddProjectAssetDocument = {"__meta__":{"hash":"sha256:497feca19879d694b9426873189fe85e11fa9df530e9068482fe8ddedce1e885"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddProjectAssetMutation, AddProjectAssetMutationVariables>;
export const DeleteProjectAssetDocument = {"__meta__":{"hash":"sha256:5d9b5161fc8818729cc4fd27f88612912f0f7c66cbf1d605c4eeacb3d0e584ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProjectAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProjectAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProjectAssetMutation, DeleteProjectAssetMutationVariables>;
export const GenerateSceneSnapshotsDocument = {"__meta__":{"hash":"sha256:dd9da2475a63844c85fc2f65ac02917a7a2b30ae4ec7cff8f795dd1acd317fc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSceneSnapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSceneSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GenerateSceneSnapshotsMutation, GenerateSceneSnapshotsMutationVariables>;
export const SceneSnapshotJobsDocument = {"__meta__":{"hash":"sha256:d0217929bad875ff03b6ea6fb2287f62c71929ac6588fc504a5356e35e54d039"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SceneSnapshotJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sceneSnapshotJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"scene"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SceneSnapshotJobsQuery, SceneSnapshotJobsQueryVariables>;
export const NodesDocument = {"__meta__":{"hash":"sha256:16c965a5d71ae5291fe444fddc793596402bac142c7d5679869302d6b937569c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"currentAeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsNewJobs"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"lastRamAvailableMb"}},{"kind":"Field","name":{"kind":"Name","value":"aeRunning"}},{"kind":"Field","name":{"kind":"Name","value":"cacheUsedGb"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTemplateCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeCrashCount"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"currentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeDetailDocument = {"__meta__":{"hash":"sha256:2ed534dd1e9055780cd064591bb543f348fbe3393442f30879a71fa96f1632bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"availableAeVersions"}},{"kind":"Field","name":{"kind":"Name","value":"cachedTemplateMd5s"}},{"kind":"Field","name":{"kind":"Name","value":"nextMaintenanceAt"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"ramAvailableMb"}},{"kind":"Field","name":{"kind":"Name","value":"aeRunning"}},{"kind":"Field","name":{"kind":"Name","value":"currentFrame"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cpuPct"}},{"kind":"Field","name":{"kind":"Name","value":"ramAvailableMb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"crashSignal"}},{"kind":"Field","name":{"kind":"Name","value":"autoRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryAction"}},{"kind":"Field","name":{"kind":"Name","value":"renderJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const RegisterNodeDocument = {"__meta__":{"hash":"sha256:4747fc9195cb9f7dc1b5e54fe231a1cb9d85b73d336d7741e9856529cd0e8ed4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeSecret"}}]}}]}}]} as unknown as DocumentNode<RegisterNodeMutation, RegisterNodeMutationVariables>;
export const UpdateNodeDocument = {"__meta__":{"hash":"sha256:29136c46147d1d990ad5931acbd5d4c2220ccc298084ae166f486fefb4617382"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsNewJobs"}}]}}]}}]} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const RestartNodeDocument = {"__meta__":{"hash":"sha256:15f30d17282b3aab56b1865b33db015d8ec2869947f1735b37986f4934362ef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestartNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restartNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RestartNodeMutation, RestartNodeMutationVariables>;
export const ReleaseNodeDocument = {"__meta__":{"hash":"sha256:6f44b12c4a3ef5c53a52a2d3667344dedf05d14661481c457ccf37e3104009f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReleaseNodeMutation, ReleaseNodeMutationVariables>;
export const CloseAeDocument = {"__meta__":{"hash":"sha256:707d8bb33ab8b5f394f277d2b6abe61f8b0a9421c5478e747177fdd72e59fa36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CloseAeMutation, CloseAeMutationVariables>;
export const NodeUpdatesDocument = {"__meta__":{"hash":"sha256:3f3121ebdfff1b292b99fb203030bb614adcf89bb1da957c0ad0b56e24f1a9cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updateFileName"}},{"kind":"Field","name":{"kind":"Name","value":"updateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetAeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"inUpdateQueue"}},{"kind":"Field","name":{"kind":"Name","value":"rolledOutToNodeIds"}}]}}]}}]} as unknown as DocumentNode<NodeUpdatesQuery, NodeUpdatesQueryVariables>;
export const RolloutNodeUpdateDocument = {"__meta__":{"hash":"sha256:3300c47e82b07a13c4f1ab3cc20dc897857527b838d573faff4c04981702ed01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolloutNodeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloutNodeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"nodeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeIds"}}}]}]}}]} as unknown as DocumentNode<RolloutNodeUpdateMutation, RolloutNodeUpdateMutationVariables>;
export const NodeStatusDocument = {"__meta__":{"hash":"sha256:0c18f83c7a16f8ae6ba5c6b74aba2db65acc7398db6826c08f79206e9b43d723"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NodeStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeStatusSubscription, NodeStatusSubscriptionVariables>;
export const TenantsDocument = {"__meta__":{"hash":"sha256:6e414de3d9d21f1de0c136b8ea64c70f0d4085754bf6ed94ba018e904b45bf6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const AdminInitUploadDocument = {"__meta__":{"hash":"sha256:d391ed3a68c86ffabb6ce30dd54128764ab368f00abf15f134fd4d71c3b48d19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInitUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partSize"}},{"kind":"Field","name":{"kind":"Name","value":"partCount"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadToken"}},{"kind":"Field","name":{"kind":"Name","value":"missingParts"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminInitUploadMutation, AdminInitUploadMutationVariables>;
export const AdminCompleteUploadDocument = {"__meta__":{"hash":"sha256:e0fb272b8fea5b44d17b8dacda9fc5cff4e1716cf2430449cb86c959d600e39b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<AdminCompleteUploadMutation, AdminCompleteUploadMutationVariables>;
export const AttachProjectAeFileDocument = {"__meta__":{"hash":"sha256:610f5dd46f4c7710e3614c3ffc6fcbdde2194a769cfec4c8fda0432e4a1f105d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachProjectAeFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aeVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mainComp"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachProjectAeFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"aeVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aeVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"mainComp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mainComp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}}]}}]}}]} as unknown as DocumentNode<AttachProjectAeFileMutation, AttachProjectAeFileMutationVariables>;
export const PublishProjectDocument = {"__meta__":{"hash":"sha256:5a46d55817590997e197229377de97c003b713359e4f977216b6fd3f1b015994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishProjectMutation, PublishProjectMutationVariables>;
export const ProjectAssetsDocument = {"__meta__":{"hash":"sha256:b7e1bb1d8b1fb32a30deb3e7c6c8eda0289e080bd7d42c35dc0cb4878a4a548c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"md5"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ProjectAssetsQuery, ProjectAssetsQueryVariables>;
export const TraceSvgPreviewDocument = {"__meta__":{"hash":"sha256:4119414090f2a44d20ba5cd6d7f7bb106e44b8eb97a84f12a9924961735e14ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TraceSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceSvgPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TraceSvgPreviewMutation, TraceSvgPreviewMutationVariables>;
export const ProjectSvgPreviewDocument = {"__meta__":{"hash":"sha256:35edb840a234417253b3005cf7c169ce2700867569de10cbff6df3b137399db7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"svgPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}},{"kind":"Field","name":{"kind":"Name","value":"svgUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"colorSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fill"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectSvgPreviewQuery, ProjectSvgPreviewQueryVariables>;
export const SetSvgPreviewColorSlotsDocument = {"__meta__":{"hash":"sha256:6f870cbea228b639a19aa400948f1f3744881e687325db75499f5b0459bcb690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSvgPreviewColorSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColorSlotInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSvgPreviewColorSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colorSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fill"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]} as unknown as DocumentNode<SetSvgPreviewColorSlotsMutation, SetSvgPreviewColorSlotsMutationVariables>;
export const DeleteSvgPreviewDocument = {"__meta__":{"hash":"sha256:aa05772c80dfa15f31fa31a66f345a30402145ac161b6a7a5b556d162e6c7b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSvgPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSvgPreviewMutation, DeleteSvgPreviewMutationVariables>;