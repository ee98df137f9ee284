/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows the admin project list; every condition given must hold. */
export type AdminProjectsFilter = {
  /** true: deleted (archived) projects only. Otherwise they are left out. */
  archived?: boolean | null | undefined;
  /** 16:9, 9:16, 1:1 or 4:5. */
  aspectRatio?: string | null | undefined;
  /** Whether the After Effects file is there. */
  hasAeFile?: boolean | null | undefined;
  /** true: published only; false: drafts and unpublished only. */
  published?: boolean | null | undefined;
  /** Only this template's projects. */
  templateId?: string | number | null | undefined;
};

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

/** A blog post; on update, omitted fields stay as they are. */
export type BlogPostInput = {
  /** Markdown; required on create. */
  body?: string | null | undefined;
  coverImageUrl?: string | null | undefined;
  /** Required on create. */
  locale?: Locale | null | undefined;
  seoDescription?: string | null | undefined;
  seoTitle?: string | null | undefined;
  /** Required on create; lowercase words joined by hyphens, unique per locale. */
  slug?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Required on create. */
  title?: string | null | undefined;
};

/** A character; on update, omitted fields stay as they are. */
export type CharacterInput = {
  /** An object: gender, style, recolourable parts. */
  attributes?: unknown;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  /** Required on create. */
  name?: string | null | undefined;
  order?: number | null | undefined;
  /** Required on create; lowercase words joined by hyphens, unique. */
  slug?: string | null | undefined;
  /** http(s) URL. */
  thumbnailUrl?: string | null | undefined;
};

/** Draft, published (public) or archived. */
export type CmsStatus =
  | 'Archived'
  | 'Draft'
  | 'Published';

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

/** A new project (a renderable variant) of a template; it starts as a draft without an AE file. */
export type CreateProjectInput = {
  /** 16:9, 9:16, 1:1 or 4:5; width and height must fit it. */
  aspectRatio: string;
  /** Full length in seconds, more than 0 and at most 3600 (render needs it). */
  durationSec?: number | null | undefined;
  /** Native frames per second: 24, 25, 30, 50 or 60. Default 30. */
  frameRate?: number | null | undefined;
  /** Native height in pixels, 16 to 8192. */
  height: number;
  /** Variant label, 1 to 200 characters. Default: the template name and the aspect ratio. */
  name?: string | null | undefined;
  /** Position among the template's projects, 0 to 10000. Default: after the last. */
  order?: number | null | undefined;
  /** http(s) URL of the preview video (null clears it). */
  previewVideoUrl?: string | null | undefined;
  /** http(s) URL of the thumbnail (null clears it). */
  thumbnailUrl?: string | null | undefined;
  /** Native width in pixels, 16 to 8192. */
  width: number;
};

/** A new scene of a project. */
export type CreateSceneInput = {
  /** AE composition of the scene. */
  compName?: string | null | undefined;
  /** Length in seconds (more than 0, at most 3600). */
  durationSec: number;
  /** Editable fields. */
  fields?: Array<SceneFieldInput> | null | undefined;
  /** Designer-provided still (http(s) URL). */
  imageUrl?: string | null | undefined;
  /** Cannot be left out in the studio (default false). */
  isRequired?: boolean | null | undefined;
  /** Position (default: last). */
  order?: number | null | undefined;
  /** Stable key: lowercase letters, digits, _ and -; unique in the project; cannot change. */
  sceneKey: string;
  title: string;
};

/** A new template; it starts as a draft. */
export type CreateTemplateInput = {
  /** A category id (null: none). */
  categoryId?: string | number | null | undefined;
  /** Long description (5000 characters at most; null clears it). */
  description?: string | null | undefined;
  /** Shown first in the studio. */
  isFeatured?: boolean | null | undefined;
  /** Display title, 1 to 200 characters. */
  name: string;
  /** http(s) URL of the preview video (null clears it). */
  previewVideoUrl?: string | null | undefined;
  /** Base render price in minor units, 0 (free) or more. */
  priceMinor?: number | null | undefined;
  /** URL name: lowercase letters and digits in words joined by hyphens, unique in the tenant. Made from the name when omitted. */
  slug?: string | null | undefined;
  /** The tenant whose private catalog it joins; the platform catalog when omitted. */
  tenantId?: string | number | null | undefined;
  /** http(s) URL of the thumbnail (null clears it). */
  thumbnailUrl?: string | null | undefined;
};

/** Limits on a field's value; each applies to the field types named. */
export type FieldConstraintsInput = {
  /** Image and Video: expected aspect ratio, like 1:1. */
  aspectRatio?: string | null | undefined;
  /** Text: most characters, 1-10000. */
  maxLength?: number | null | undefined;
  /** Image and Video: accepted MIME types. */
  mimeTypes?: Array<string> | null | undefined;
  /** Color: the only colours allowed (#rrggbb). */
  palette?: Array<string> | null | undefined;
};

/** What a field takes: text, an image or video, a colour, a character. */
export type FieldType =
  | 'Character'
  | 'Color'
  | 'Image'
  | 'Text'
  | 'Video';

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

/** Language of CMS content: fa (Persian) or en (English). */
export type Locale =
  | 'en'
  | 'fa';

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

/** A page; on update, omitted fields stay as they are. */
export type PageInput = {
  /** Markdown; required on create. */
  body?: string | null | undefined;
  /** Required on create. */
  locale?: Locale | null | undefined;
  seoDescription?: string | null | undefined;
  seoTitle?: string | null | undefined;
  /** Required on create; lowercase words joined by hyphens, unique per locale. */
  slug?: string | null | undefined;
  /** Required on create. */
  title?: string | null | undefined;
};

/** A preset; on update, omitted fields stay as they are and the owner cannot change. */
export type PresetInput = {
  /** The character whose parts it sets (create only). */
  characterId?: string | number | null | undefined;
  /** Make it the project's default (the previous default stops being one). */
  isDefault?: boolean | null | undefined;
  /** Required on create. */
  name?: string | null | undefined;
  order?: number | null | undefined;
  /** The project whose fields it sets (create only). */
  projectId?: string | number | null | undefined;
  thumbnailUrl?: string | null | undefined;
  /** Required on create. */
  type?: PresetType | null | undefined;
  /** Field key to value: every key must be a field of the project (INVALID_FIELD). */
  values?: unknown;
};

/** What a preset sets: colours, texts, a character or a style. */
export type PresetType =
  | 'Character'
  | 'Color'
  | 'Style'
  | 'Text';

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

/** An editable field of a scene. */
export type SceneFieldInput = {
  constraints?: FieldConstraintsInput | null | undefined;
  /** Value used when the user gives none; must fit the field. */
  defaultValue?: unknown;
  /** Lowercase letters, digits and _ (unique in the scene). */
  key: string;
  /** Label shown in the studio. */
  label: string;
  /** AE layer it replaces. */
  layerName: string;
  /** Position in the form (default: position in the list). */
  order?: number | null | undefined;
  /** Must have a value before rendering (default false). */
  required?: boolean | null | undefined;
  type: FieldType;
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

/** Changes to a project; omitted fields stay as they are. The AE file itself changes with attachProjectAeFile. */
export type UpdateProjectInput = {
  /** After Effects version the file needs (null clears it). */
  aeVersion?: string | null | undefined;
  /** 16:9, 9:16, 1:1 or 4:5; width and height must fit it. */
  aspectRatio?: string | null | undefined;
  /** Full length in seconds, more than 0 and at most 3600 (render needs it). Null clears it. */
  durationSec?: number | null | undefined;
  /** Native frames per second: 24, 25, 30, 50 or 60. */
  frameRate?: number | null | undefined;
  /** Native height in pixels, 16 to 8192. */
  height?: number | null | undefined;
  /** Composition to render (null clears it). */
  mainComp?: string | null | undefined;
  /** Variant label, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Position among the template's projects, 0 to 10000. */
  order?: number | null | undefined;
  /** http(s) URL of the preview video (null clears it). */
  previewVideoUrl?: string | null | undefined;
  /** http(s) URL of the thumbnail (null clears it). */
  thumbnailUrl?: string | null | undefined;
  /** Native width in pixels, 16 to 8192. */
  width?: number | null | undefined;
};

/** Changes to a scene; omitted fields stay as they are. */
export type UpdateSceneInput = {
  compName?: string | null | undefined;
  durationSec?: number | null | undefined;
  /** The whole field list: fields kept by key keep their ids, others are removed. */
  fields?: Array<SceneFieldInput> | null | undefined;
  imageUrl?: string | null | undefined;
  isRequired?: boolean | null | undefined;
  order?: number | null | undefined;
  title?: string | null | undefined;
};

/** Changes to a template; omitted fields stay as they are. */
export type UpdateTemplateInput = {
  /** A category id (null: none). */
  categoryId?: string | number | null | undefined;
  /** Long description (5000 characters at most; null clears it). */
  description?: string | null | undefined;
  /** Shown first in the studio. */
  isFeatured?: boolean | null | undefined;
  /** Display title, 1 to 200 characters. */
  name?: string | null | undefined;
  /** http(s) URL of the preview video (null clears it). */
  previewVideoUrl?: string | null | undefined;
  /** Base render price in minor units, 0 (free) or more. */
  priceMinor?: number | null | undefined;
  /** A new URL name, unique in the tenant (old links stop working). */
  slug?: string | null | undefined;
  /** http(s) URL of the thumbnail (null clears it). */
  thumbnailUrl?: string | null | undefined;
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

export type AdminTemplatePartsFragment = { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, category: { id: string, slug: string, name: string } | null };

export type AdminProjectPartsFragment = { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { categories: Array<{ id: string, slug: string, name: string }> };

export type AdminTemplatesQueryVariables = Exact<{
  search?: string | null | undefined;
  categorySlug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminTemplatesQuery = { templates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, projects: Array<{ id: string, name: string, aspectRatio: string, publishStatus: PublishStatus }>, category: { id: string, slug: string, name: string } | null } }> } };

export type AdminTemplateQueryVariables = Exact<{
  slug: string;
}>;


export type AdminTemplateQuery = { template: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, projects: Array<{ id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } }>, category: { id: string, slug: string, name: string } | null } | null };

export type CreateTemplateMutationVariables = Exact<{
  input: CreateTemplateInput;
}>;


export type CreateTemplateMutation = { createTemplate: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, category: { id: string, slug: string, name: string } | null } };

export type UpdateTemplateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTemplateInput;
}>;


export type UpdateTemplateMutation = { updateTemplate: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, category: { id: string, slug: string, name: string } | null } };

export type DeleteTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTemplateMutation = { deleteTemplate: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, projects: Array<{ id: string }>, category: { id: string, slug: string, name: string } | null } };

export type RestoreTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreTemplateMutation = { restoreTemplate: { id: string, slug: string, title: string, description: string | null, thumbnailUrl: string | null, previewVideoUrl: string | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, isFeatured: boolean, priceMinor: number, createdAt: string, projects: Array<{ id: string, publishStatus: PublishStatus, archivedAt: string | null }>, category: { id: string, slug: string, name: string } | null } };

export type PublishTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishTemplateMutation = { publishTemplate: { id: string, publishStatus: PublishStatus, publishedAt: string | null } };

export type UnpublishTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishTemplateMutation = { unpublishTemplate: { id: string, publishStatus: PublishStatus, publishedAt: string | null } };

export type AdminProjectSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: AdminProjectsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminProjectSearchQuery = { adminProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } }> } };

export type AdminProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProjectQuery = { project: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, aepFileDownload: { url: string, expiresAt: string } | null, scenes: Array<{ id: string, sceneKey: string, title: string, order: number, durationSec: number, compName: string | null, imageUrl: string | null, isRequired: boolean, fields: Array<{ id: string, key: string, type: FieldType, label: string, layerName: string, defaultValue: unknown, required: boolean, order: number, constraints: { maxLength: number | null, palette: Array<string> | null, mimeTypes: Array<string> | null, aspectRatio: string | null } }> }>, characters: Array<{ id: string, slug: string, name: string }>, presets: Array<{ id: string, name: string, type: PresetType, values: unknown, isDefault: boolean, order: number, character: { id: string } | null }>, assets: Array<{ id: string, name: string, kind: AssetKind, fileName: string, mimeType: string | null, sizeBytes: number, md5: string | null, download: { url: string, expiresAt: string } | null }>, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } | null };

export type CreateProjectMutationVariables = Exact<{
  templateId: string | number;
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } };

export type DeleteProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProjectMutation = { deleteProject: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } };

export type RestoreProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreProjectMutation = { restoreProject: { id: string, name: string, aspectRatio: string, width: number, height: number, resolution: string, frameRate: number, durationSec: number | null, order: number, thumbnailUrl: string | null, previewVideoUrl: string | null, aeStatus: AeStatus, hasAeFile: boolean, aeVersion: string | null, mainComp: string | null, aepFileMd5: string | null, aepFileSizeBytes: number | null, publishStatus: PublishStatus, publishedAt: string | null, archivedAt: string | null, template: { id: string, slug: string, title: string, publishStatus: PublishStatus, archivedAt: string | null } } };

export type UnpublishProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishProjectMutation = { unpublishProject: { id: string, publishStatus: PublishStatus, publishedAt: string | null } };

export type CreateSceneMutationVariables = Exact<{
  projectId: string | number;
  input: CreateSceneInput;
}>;


export type CreateSceneMutation = { createScene: { id: string, sceneKey: string, title: string, order: number, durationSec: number, isRequired: boolean, fields: Array<{ id: string, key: string, type: FieldType, label: string, layerName: string, defaultValue: unknown, required: boolean, order: number, constraints: { maxLength: number | null, palette: Array<string> | null } }> } };

export type UpdateSceneMutationVariables = Exact<{
  id: string | number;
  input: UpdateSceneInput;
}>;


export type UpdateSceneMutation = { updateScene: { id: string, sceneKey: string, title: string, order: number, durationSec: number, isRequired: boolean, fields: Array<{ id: string, key: string, type: FieldType, label: string, layerName: string, defaultValue: unknown, required: boolean, order: number, constraints: { maxLength: number | null, palette: Array<string> | null } }> } };

export type ReorderScenesMutationVariables = Exact<{
  projectId: string | number;
  sceneIds: Array<string | number> | string | number;
}>;


export type ReorderScenesMutation = { reorderScenes: Array<{ id: string, sceneKey: string, order: number }> };

export type DeleteSceneMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSceneMutation = { deleteScene: boolean };

export type AdminCharactersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCharactersQuery = { characters: Array<{ id: string, slug: string, name: string, description: string | null, thumbnailUrl: string | null, attributes: unknown, order: number, isActive: boolean }> };

export type CreateCharacterMutationVariables = Exact<{
  input: CharacterInput;
}>;


export type CreateCharacterMutation = { createCharacter: { id: string, slug: string, name: string, isActive: boolean, order: number } };

export type UpdateCharacterMutationVariables = Exact<{
  id: string | number;
  input: CharacterInput;
}>;


export type UpdateCharacterMutation = { updateCharacter: { id: string, slug: string, name: string, isActive: boolean, order: number } };

export type DeleteCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCharacterMutation = { deleteCharacter: boolean };

export type SetProjectCharactersMutationVariables = Exact<{
  projectId: string | number;
  characterIds: Array<string | number> | string | number;
}>;


export type SetProjectCharactersMutation = { setProjectCharacters: { id: string, characters: Array<{ id: string, slug: string }> } };

export type CreatePresetMutationVariables = Exact<{
  input: PresetInput;
}>;


export type CreatePresetMutation = { createPreset: { id: string, name: string, type: PresetType, values: unknown, isDefault: boolean, order: number, character: { id: string } | null } };

export type UpdatePresetMutationVariables = Exact<{
  id: string | number;
  input: PresetInput;
}>;


export type UpdatePresetMutation = { updatePreset: { id: string, name: string, type: PresetType, values: unknown, isDefault: boolean, order: number } };

export type DeletePresetMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePresetMutation = { deletePreset: boolean };

export type AdminBlogPostPartsFragment = { id: string, locale: Locale, slug: string, title: string, summary: string | null, body: string, coverImageUrl: string | null, tags: Array<string>, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string };

export type AdminPagePartsFragment = { id: string, locale: Locale, slug: string, title: string, body: string, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string };

export type AdminBlogPostsQueryVariables = Exact<{
  locale?: Locale | null | undefined;
  status?: CmsStatus | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminBlogPostsQuery = { adminBlogPosts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, locale: Locale, slug: string, title: string, summary: string | null, body: string, coverImageUrl: string | null, tags: Array<string>, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string } }> } };

export type CreateBlogPostMutationVariables = Exact<{
  input: BlogPostInput;
}>;


export type CreateBlogPostMutation = { createBlogPost: { id: string, locale: Locale, slug: string, title: string, summary: string | null, body: string, coverImageUrl: string | null, tags: Array<string>, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string } };

export type UpdateBlogPostMutationVariables = Exact<{
  id: string | number;
  input: BlogPostInput;
}>;


export type UpdateBlogPostMutation = { updateBlogPost: { id: string, locale: Locale, slug: string, title: string, summary: string | null, body: string, coverImageUrl: string | null, tags: Array<string>, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string } };

export type SetBlogPostStatusMutationVariables = Exact<{
  id: string | number;
  status: CmsStatus;
}>;


export type SetBlogPostStatusMutation = { setBlogPostStatus: { id: string, status: CmsStatus, publishedAt: string | null } };

export type DeleteBlogPostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteBlogPostMutation = { deleteBlogPost: boolean };

export type AdminPagesQueryVariables = Exact<{
  locale: Locale;
  status?: CmsStatus | null | undefined;
}>;


export type AdminPagesQuery = { pages: Array<{ id: string, locale: Locale, slug: string, title: string, body: string, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string }> };

export type CreatePageMutationVariables = Exact<{
  input: PageInput;
}>;


export type CreatePageMutation = { createPage: { id: string, locale: Locale, slug: string, title: string, body: string, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string } };

export type UpdatePageMutationVariables = Exact<{
  id: string | number;
  input: PageInput;
}>;


export type UpdatePageMutation = { updatePage: { id: string, locale: Locale, slug: string, title: string, body: string, status: CmsStatus, seoTitle: string | null, seoDescription: string | null, publishedAt: string | null, updatedAt: string } };

export type SetPageStatusMutationVariables = Exact<{
  id: string | number;
  status: CmsStatus;
}>;


export type SetPageStatusMutation = { setPageStatus: { id: string, status: CmsStatus, publishedAt: string | null } };

export type DeletePageMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePageMutation = { deletePage: boolean };

export type PublicBlogPostsQueryVariables = Exact<{
  locale: Locale;
  tag?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PublicBlogPostsQuery = { blogPosts: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string | null, tags: Array<string>, publishedAt: string | null } }> } };

export type PublicBlogPostQueryVariables = Exact<{
  locale: Locale;
  slug: string;
}>;


export type PublicBlogPostQuery = { blogPost: { id: string, title: string, body: string, status: CmsStatus } | null };

export type PublicPageQueryVariables = Exact<{
  locale: Locale;
  slug: string;
}>;


export type PublicPageQuery = { page: { id: string, title: string, body: string, status: CmsStatus } | null };

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

export const AdminTemplatePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminTemplatePartsFragment, unknown>;
export const AdminProjectPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminProjectPartsFragment, unknown>;
export const AdminBlogPostPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminBlogPostParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminBlogPostPartsFragment, unknown>;
export const AdminPagePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminPagePartsFragment, unknown>;
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
export const AdminCategoriesDocument = {"__meta__":{"hash":"sha256:bec605aff405175d1389e38243e997f87d47e0914cff487875a68ab77fdc8866"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const AdminTemplatesDocument = {"__meta__":{"hash":"sha256:9f6198920a8a2e6ae3fa1aa5cb18b0cab95f4f91beb773430331c49a410624f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categorySlug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"categorySlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categorySlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminTemplatesQuery, AdminTemplatesQueryVariables>;
export const AdminTemplateDocument = {"__meta__":{"hash":"sha256:2a8d47cebd1c4e59bbb03fa6b0d48c5531f4a811d462f66b67ae78a91ede4938"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminTemplateQuery, AdminTemplateQueryVariables>;
export const CreateTemplateDocument = {"__meta__":{"hash":"sha256:a931b49376e3aa772a979cbb075b27d282da9d58623c35c577aea897f2f102dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const UpdateTemplateDocument = {"__meta__":{"hash":"sha256:7bab323da01535465b8300528274637e24984ae09aab10795349115c716a1ddd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateTemplateMutation, UpdateTemplateMutationVariables>;
export const DeleteTemplateDocument = {"__meta__":{"hash":"sha256:30ac0ee6a6a769c1247369ee37e025e18cce67c93f602026a31ede1e118b81a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteTemplateMutation, DeleteTemplateMutationVariables>;
export const RestoreTemplateDocument = {"__meta__":{"hash":"sha256:5a1171babe20c2ba01d002154afdc87e94ee8d136e456a7bd7e16fbc96b5da93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTemplateParts"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTemplateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFeatured"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RestoreTemplateMutation, RestoreTemplateMutationVariables>;
export const PublishTemplateDocument = {"__meta__":{"hash":"sha256:3c7633a8429b3b40f010a6f2e48f8b4cdaf5c8c6023a39d1cdbefbc74e83624c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishTemplateMutation, PublishTemplateMutationVariables>;
export const UnpublishTemplateDocument = {"__meta__":{"hash":"sha256:6272e27f22fb9cd605a63634df2e2f750694eae550ddfe9242a5b45dabd211b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<UnpublishTemplateMutation, UnpublishTemplateMutationVariables>;
export const AdminProjectSearchDocument = {"__meta__":{"hash":"sha256:1aa5314dcee0325e51867145a2045a2ade52b6d88232ab71a43d17450ddd9c94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProjectSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminProjectsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminProjectSearchQuery, AdminProjectSearchQueryVariables>;
export const AdminProjectDocument = {"__meta__":{"hash":"sha256:b26f3067d00cfd6f171b3ee51d1eb9777f50a1690f1a50aee9c965c300e8d839"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileDownload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"compName"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"layerName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"palette"}},{"kind":"Field","name":{"kind":"Name","value":"mimeTypes"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"characters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"md5"}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminProjectQuery, AdminProjectQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"sha256:54894746abc84e42e7cba4770a8e39b6ecf4d1470beaf53545cccdd8bbefcae6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"sha256:8b5143340c401bcef2b5b1f1d08166a176cf6cee26ecb63526fd7263d46e4e59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const DeleteProjectDocument = {"__meta__":{"hash":"sha256:f3f6874480556830482edb605e11b76e32b5db424ed8ec6651b212d8caac622a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const RestoreProjectDocument = {"__meta__":{"hash":"sha256:2d50b56eace28bc795f55caf27b46bf228e2bb3da810bf1b3f673f274e2377af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewVideoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreProjectMutation, RestoreProjectMutationVariables>;
export const UnpublishProjectDocument = {"__meta__":{"hash":"sha256:e16d5f0c1733145f5ddadf34b90f2dac1d9f77b41544d96089d1aff283207413"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<UnpublishProjectMutation, UnpublishProjectMutationVariables>;
export const CreateSceneDocument = {"__meta__":{"hash":"sha256:5bbc00e9e9aa33726a0afd44103b87418de72732524625db1f96ef90f3a640cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSceneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"layerName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"palette"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSceneMutation, CreateSceneMutationVariables>;
export const UpdateSceneDocument = {"__meta__":{"hash":"sha256:05196140d9e55a5b046e40fcec1a23aad46bb4b149537d56e0a3e1214e355ae1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSceneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"durationSec"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"layerName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"constraints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"palette"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSceneMutation, UpdateSceneMutationVariables>;
export const ReorderScenesDocument = {"__meta__":{"hash":"sha256:0f7760420f67490c4e15b60aa9ad3f8c820126c133d8e1e6067590d39f7bd34d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderScenes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sceneIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderScenes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sceneIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sceneIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sceneKey"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]} as unknown as DocumentNode<ReorderScenesMutation, ReorderScenesMutationVariables>;
export const DeleteSceneDocument = {"__meta__":{"hash":"sha256:9abb3f97a1371751fe7dd3f00dca03648c3156608cebb5ee36099d14d3c7972a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScene"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScene"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSceneMutation, DeleteSceneMutationVariables>;
export const AdminCharactersDocument = {"__meta__":{"hash":"sha256:a3dd62866967ebc229a53c0673964ced97f76c4db871bf1c92a923e2795b575f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCharacters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<AdminCharactersQuery, AdminCharactersQueryVariables>;
export const CreateCharacterDocument = {"__meta__":{"hash":"sha256:84006080a681a9e12b6222eb082c174c9acb9da58be1651adda5ce2a131fd8a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharacterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]} as unknown as DocumentNode<CreateCharacterMutation, CreateCharacterMutationVariables>;
export const UpdateCharacterDocument = {"__meta__":{"hash":"sha256:03e25bac84bf385ae61af1413a4094a7535c6fd546847e95bc89976f2cfc4522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharacterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]} as unknown as DocumentNode<UpdateCharacterMutation, UpdateCharacterMutationVariables>;
export const DeleteCharacterDocument = {"__meta__":{"hash":"sha256:1d2833d97c115bed5d09bb2f549f33f38d7fc631f29cb46d0aecc147e72c3998"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCharacterMutation, DeleteCharacterMutationVariables>;
export const SetProjectCharactersDocument = {"__meta__":{"hash":"sha256:341e7ff7b32683192b25b9fcd33cfba4dd902cd5000541a3d7b9d9225aa79c49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectCharacters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"characterIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectCharacters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"characterIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"characterIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"characters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<SetProjectCharactersMutation, SetProjectCharactersMutationVariables>;
export const CreatePresetDocument = {"__meta__":{"hash":"sha256:66eba2794d5357fba15a364584090a95052714f6cd3d54bb7b7ab6c2241080c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"character"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePresetMutation, CreatePresetMutationVariables>;
export const UpdatePresetDocument = {"__meta__":{"hash":"sha256:cd731cf99bfb122e6ac560342dc8b4208ece60b6a067999727003083ad58af54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]} as unknown as DocumentNode<UpdatePresetMutation, UpdatePresetMutationVariables>;
export const DeletePresetDocument = {"__meta__":{"hash":"sha256:f4f61e92b442d812aaf8b1e8c9e96899b90c64b1d0c673c83bc1cfd90f185707"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePresetMutation, DeletePresetMutationVariables>;
export const AdminBlogPostsDocument = {"__meta__":{"hash":"sha256:0df325c1bd5f8d4ab9478ee017454961040ccb1cb780b7a07cb0a7451bef7c75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBlogPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CmsStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminBlogPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminBlogPostParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminBlogPostParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminBlogPostsQuery, AdminBlogPostsQueryVariables>;
export const CreateBlogPostDocument = {"__meta__":{"hash":"sha256:190ad00358ed4d3208803ebe9c86543eb7ae94d9489bd3eb49163a00e7488cfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBlogPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminBlogPostParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminBlogPostParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateBlogPostMutation, CreateBlogPostMutationVariables>;
export const UpdateBlogPostDocument = {"__meta__":{"hash":"sha256:ba9d572a15370eb06fdc8f441d548692519fdace878bd991aba99e33db725b87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBlogPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminBlogPostParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminBlogPostParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlogPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateBlogPostMutation, UpdateBlogPostMutationVariables>;
export const SetBlogPostStatusDocument = {"__meta__":{"hash":"sha256:5d6890d5adf5c64a59a41e795beadda34108b2cd03268bc552845317699d1338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBlogPostStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CmsStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBlogPostStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<SetBlogPostStatusMutation, SetBlogPostStatusMutationVariables>;
export const DeleteBlogPostDocument = {"__meta__":{"hash":"sha256:6d91dc682eae5c3ebc415df089e8c5c29d5e9d60f192046d3074928890e4331e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBlogPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBlogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBlogPostMutation, DeleteBlogPostMutationVariables>;
export const AdminPagesDocument = {"__meta__":{"hash":"sha256:f2a712a140dc4788814a463ea0debe51c11ed53493c6d5b069706766c19f4e4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CmsStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPageParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminPagesQuery, AdminPagesQueryVariables>;
export const CreatePageDocument = {"__meta__":{"hash":"sha256:f6f51ce155134ef7777ab6b11f5a6696a068265bc12ae7f9b829249560dc5d8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPageParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePageMutation, CreatePageMutationVariables>;
export const UpdatePageDocument = {"__meta__":{"hash":"sha256:71ff9f1c8eb7d0fac9b46580c4e1a3149a320720c8aa4a9ee46971f9709cfdeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPageParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seoDescription"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdatePageMutation, UpdatePageMutationVariables>;
export const SetPageStatusDocument = {"__meta__":{"hash":"sha256:59ccbea2fb76c5f7e45666b6471030aa34ed9c5644e60ee970aa4030d6e9879d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPageStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CmsStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPageStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<SetPageStatusMutation, SetPageStatusMutationVariables>;
export const DeletePageDocument = {"__meta__":{"hash":"sha256:30e7b89a0ea080d7776e363011031010f14e4d4fa8432894a0733030810b6e26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePageMutation, DeletePageMutationVariables>;
export const PublicBlogPostsDocument = {"__meta__":{"hash":"sha256:37a844922c54a46d464b098c7a24d9315b8b15d7c24e4e4a907845e682e6b1b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicBlogPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicBlogPostsQuery, PublicBlogPostsQueryVariables>;
export const PublicBlogPostDocument = {"__meta__":{"hash":"sha256:155cb7dee21b65d73aba277b5b7344ac9f587686385e2c904105b7a77bfed366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicBlogPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blogPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublicBlogPostQuery, PublicBlogPostQueryVariables>;
export const PublicPageDocument = {"__meta__":{"hash":"sha256:c69428918e8e5cdbb161c087794536ba0db38f3614f9317fdf3dddda4c076647"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublicPageQuery, PublicPageQueryVariables>;
export const AdminInitUploadDocument = {"__meta__":{"hash":"sha256:d391ed3a68c86ffabb6ce30dd54128764ab368f00abf15f134fd4d71c3b48d19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInitUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InitUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partSize"}},{"kind":"Field","name":{"kind":"Name","value":"partCount"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadToken"}},{"kind":"Field","name":{"kind":"Name","value":"missingParts"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminInitUploadMutation, AdminInitUploadMutationVariables>;
export const AdminCompleteUploadDocument = {"__meta__":{"hash":"sha256:e0fb272b8fea5b44d17b8dacda9fc5cff4e1716cf2430449cb86c959d600e39b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<AdminCompleteUploadMutation, AdminCompleteUploadMutationVariables>;
export const AttachProjectAeFileDocument = {"__meta__":{"hash":"sha256:610f5dd46f4c7710e3614c3ffc6fcbdde2194a769cfec4c8fda0432e4a1f105d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachProjectAeFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aeVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mainComp"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachProjectAeFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"aeVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aeVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"mainComp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mainComp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hasAeFile"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aepFileMd5"}},{"kind":"Field","name":{"kind":"Name","value":"aeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"mainComp"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}}]}}]}}]} as unknown as DocumentNode<AttachProjectAeFileMutation, AttachProjectAeFileMutationVariables>;
export const PublishProjectDocument = {"__meta__":{"hash":"sha256:5a46d55817590997e197229377de97c003b713359e4f977216b6fd3f1b015994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishProjectMutation, PublishProjectMutationVariables>;
export const ProjectAssetsDocument = {"__meta__":{"hash":"sha256:b7e1bb1d8b1fb32a30deb3e7c6c8eda0289e080bd7d42c35dc0cb4878a4a548c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"md5"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ProjectAssetsQuery, ProjectAssetsQueryVariables>;
export const TraceSvgPreviewDocument = {"__meta__":{"hash":"sha256:4119414090f2a44d20ba5cd6d7f7bb106e44b8eb97a84f12a9924961735e14ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TraceSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceSvgPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TraceSvgPreviewMutation, TraceSvgPreviewMutationVariables>;
export const ProjectSvgPreviewDocument = {"__meta__":{"hash":"sha256:35edb840a234417253b3005cf7c169ce2700867569de10cbff6df3b137399db7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"svgPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}},{"kind":"Field","name":{"kind":"Name","value":"svgUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"colorSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fill"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectSvgPreviewQuery, ProjectSvgPreviewQueryVariables>;
export const SetSvgPreviewColorSlotsDocument = {"__meta__":{"hash":"sha256:6f870cbea228b639a19aa400948f1f3744881e687325db75499f5b0459bcb690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSvgPreviewColorSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColorSlotInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSvgPreviewColorSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"colorSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fill"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}}]}}]}}]}}]} as unknown as DocumentNode<SetSvgPreviewColorSlotsMutation, SetSvgPreviewColorSlotsMutationVariables>;
export const DeleteSvgPreviewDocument = {"__meta__":{"hash":"sha256:aa05772c80dfa15f31fa31a66f345a30402145ac161b6a7a5b556d162e6c7b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSvgPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSvgPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSvgPreviewMutation, DeleteSvgPreviewMutationVariables>;