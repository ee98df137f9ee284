/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new saved project from a template project. */
export type CreateSavedProjectInput = {
  /** Initial project-wide field values. */
  fieldValues?: unknown;
  /** Name of the saved project. */
  name: string;
  /** Preset to start from. */
  presetId?: string | number | null | undefined;
  /** The template project (variant) to customise. */
  projectId: string | number;
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


export const PartnerTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aspectRatio"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTemplatesQuery, PartnerTemplatesQueryVariables>;
export const PartnerCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSavedProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerCreateProjectMutation, PartnerCreateProjectMutationVariables>;
export const PartnerSubmitRenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubmitRender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"priorityQueue"}},{"kind":"Field","name":{"kind":"Name","value":"paidPriceMinor"}}]}}]}}]} as unknown as DocumentNode<PartnerSubmitRenderMutation, PartnerSubmitRenderMutationVariables>;
export const PartnerRenderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRenderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"renderProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failedMessage"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerRenderStatusQuery, PartnerRenderStatusQueryVariables>;
export const PartnerDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportDownloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PartnerDownloadQuery, PartnerDownloadQueryVariables>;
export const PartnerUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"renders"}},{"kind":"Field","name":{"kind":"Name","value":"renderSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequests"}}]}}]}}]} as unknown as DocumentNode<PartnerUsageQuery, PartnerUsageQueryVariables>;