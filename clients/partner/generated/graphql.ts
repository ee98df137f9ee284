/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new saved project from a template project. */
export type CreateSavedProjectInput = {
  /** Initial project-wide field values; keys must be fields of the project (INVALID_FIELD). */
  fieldValues?: unknown;
  /** Background music track. */
  musicTrackId?: string | number | null | undefined;
  /** 0-100. */
  musicVolume?: number | null | undefined;
  /** Name of the saved project. */
  name: string;
  /** Preset of the project to start from (default: the project's default preset). */
  presetId?: string | number | null | undefined;
  /** The template project (variant) to customise. */
  projectId: string | number;
  /** Scenes in order (default: all of the project's). */
  scenes?: Array<SavedProjectSceneInput> | null | undefined;
  /** Voiceover track. */
  voiceoverTrackId?: string | number | null | undefined;
  /** 0-100. */
  voiceoverVolume?: number | null | undefined;
};

/** Where a render job is in its life. */
export type JobStep =
  | 'Cancelled'
  | 'Completed'
  | 'Encoding'
  | 'Failed'
  | 'Preparing'
  | 'Queued'
  | 'Rendering'
  | 'Repairing'
  | 'Replicating'
  | 'Uploading'
  | 'Validating';

/** How a render is paid for. */
export type PriceType =
  | 'Cash'
  | 'Free'
  | 'Plan'
  | 'Preview'
  | 'Reseller'
  | 'Snapshot';

/** Queue a job waits in. */
export type PriorityQueue =
  | 'High'
  | 'Low'
  | 'Normal';

/** Render quality. */
export type Quality =
  | 'Full'
  | 'High'
  | 'Lossless'
  | 'Low'
  | 'Medium';

/** Output resolution. */
export type Resolution =
  | 'FourK'
  | 'FullHD'
  | 'HD'
  | 'TwoK';

/** A chosen scene, with values for its own fields; the list order is the video order. */
export type SavedProjectSceneInput = {
  /** Field key to value; keys must be this scene's fields (INVALID_FIELD). */
  fieldValues?: unknown;
  /** A scene of the saved project's project (INVALID_SCENE otherwise). */
  sceneId: string | number;
};

/** A render of a saved project (RenderJobCreate in the render contract). */
export type SubmitRenderInput = {
  discountCode?: string | null | undefined;
  /** 24, 25, 30 or 60. */
  frameRate?: number | null | undefined;
  is60Fps?: boolean | null | undefined;
  preferredRegion?: string | null | undefined;
  priceType?: PriceType | null | undefined;
  quality: Quality;
  resolution: Resolution;
  savedProjectId: string | number;
  supportFlatrender?: boolean | null | undefined;
  tellMeWhenDone?: boolean | null | undefined;
};

export type PartnerTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerTemplatesQuery = { templates: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, projects: Array<{ id: string, aspectRatio: string, resolution: string }> } }> } };

export type PartnerCreateProjectMutationVariables = Exact<{
  input: CreateSavedProjectInput;
}>;


export type PartnerCreateProjectMutation = { createSavedProject: { id: string } };

export type PartnerSubmitRenderMutationVariables = Exact<{
  input: SubmitRenderInput;
}>;


export type PartnerSubmitRenderMutation = { submitRender: { id: string, step: JobStep, priorityQueue: PriorityQueue, paidPriceMinor: number } };

export type PartnerRenderStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerRenderStatusQuery = { renderJob: { id: string, step: JobStep, renderProgress: number, failedMessage: string | null, export: { id: string } | null } | null };

export type PartnerDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerDownloadQuery = { exportDownloadUrl: { url: string, expiresAt: string } };

export type PartnerUsageQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PartnerUsageQuery = { tenantUsage: Array<{ day: string, renders: number, renderSeconds: number, apiRequests: number }> };


export const PartnerTemplatesDocument = {"__meta__":{"hash":"sha256:4cd8f5fbe3bbb6f0c4a377ec344a98d074791f29d76e275fb688ed25c53e050e"}} as unknown as DocumentNode<PartnerTemplatesQuery, PartnerTemplatesQueryVariables>;
export const PartnerCreateProjectDocument = {"__meta__":{"hash":"sha256:5930465bb49aba24ffe68505e6d94ddd904454012d6003a7435c8c4c1bcb9528"}} as unknown as DocumentNode<PartnerCreateProjectMutation, PartnerCreateProjectMutationVariables>;
export const PartnerSubmitRenderDocument = {"__meta__":{"hash":"sha256:0bbebe6e67c5ff06da23be0165831ae935275cb76daa05aa7d37b5dd985607d4"}} as unknown as DocumentNode<PartnerSubmitRenderMutation, PartnerSubmitRenderMutationVariables>;
export const PartnerRenderStatusDocument = {"__meta__":{"hash":"sha256:0253d6d8e7f775c552194ba7a98c90fd6abb428eb32dcd4949f320f554d97eec"}} as unknown as DocumentNode<PartnerRenderStatusQuery, PartnerRenderStatusQueryVariables>;
export const PartnerDownloadDocument = {"__meta__":{"hash":"sha256:41a0f1f967d43ff2f51ff36bbdaa712193300528e87d6275edaa678973184410"}} as unknown as DocumentNode<PartnerDownloadQuery, PartnerDownloadQueryVariables>;
export const PartnerUsageDocument = {"__meta__":{"hash":"sha256:0483a4ce61a64959518d0f5ec0be4e476e2d1a0e33d6e12ad4148e6ec7a62271"}} as unknown as DocumentNode<PartnerUsageQuery, PartnerUsageQueryVariables>;