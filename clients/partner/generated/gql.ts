/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PartnerTemplates($first: Int, $after: String) {\n  templates(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        slug\n        title\n        projects {\n          id\n          aspectRatio\n          resolution\n        }\n      }\n    }\n  }\n}\n\nmutation PartnerCreateProject($input: CreateSavedProjectInput!) {\n  createSavedProject(input: $input) {\n    id\n  }\n}\n\nmutation PartnerSubmitRender($input: SubmitRenderInput!) {\n  submitRender(input: $input) {\n    id\n    step\n    priorityQueue\n    paidPriceMinor\n  }\n}\n\nquery PartnerRenderStatus($id: ID!) {\n  renderJob(id: $id) {\n    id\n    step\n    renderProgress\n    failedMessage\n    export {\n      id\n    }\n  }\n}\n\nquery PartnerDownload($id: ID!) {\n  exportDownloadUrl(id: $id) {\n    url\n    expiresAt\n  }\n}\n\nquery PartnerUsage($from: String!, $to: String!) {\n  tenantUsage(from: $from, to: $to) {\n    day\n    renders\n    renderSeconds\n    apiRequests\n  }\n}": typeof types.PartnerTemplatesDocument,
};
const documents: Documents = {
    "query PartnerTemplates($first: Int, $after: String) {\n  templates(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        slug\n        title\n        projects {\n          id\n          aspectRatio\n          resolution\n        }\n      }\n    }\n  }\n}\n\nmutation PartnerCreateProject($input: CreateSavedProjectInput!) {\n  createSavedProject(input: $input) {\n    id\n  }\n}\n\nmutation PartnerSubmitRender($input: SubmitRenderInput!) {\n  submitRender(input: $input) {\n    id\n    step\n    priorityQueue\n    paidPriceMinor\n  }\n}\n\nquery PartnerRenderStatus($id: ID!) {\n  renderJob(id: $id) {\n    id\n    step\n    renderProgress\n    failedMessage\n    export {\n      id\n    }\n  }\n}\n\nquery PartnerDownload($id: ID!) {\n  exportDownloadUrl(id: $id) {\n    url\n    expiresAt\n  }\n}\n\nquery PartnerUsage($from: String!, $to: String!) {\n  tenantUsage(from: $from, to: $to) {\n    day\n    renders\n    renderSeconds\n    apiRequests\n  }\n}": types.PartnerTemplatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerTemplates($first: Int, $after: String) {\n  templates(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        slug\n        title\n        projects {\n          id\n          aspectRatio\n          resolution\n        }\n      }\n    }\n  }\n}\n\nmutation PartnerCreateProject($input: CreateSavedProjectInput!) {\n  createSavedProject(input: $input) {\n    id\n  }\n}\n\nmutation PartnerSubmitRender($input: SubmitRenderInput!) {\n  submitRender(input: $input) {\n    id\n    step\n    priorityQueue\n    paidPriceMinor\n  }\n}\n\nquery PartnerRenderStatus($id: ID!) {\n  renderJob(id: $id) {\n    id\n    step\n    renderProgress\n    failedMessage\n    export {\n      id\n    }\n  }\n}\n\nquery PartnerDownload($id: ID!) {\n  exportDownloadUrl(id: $id) {\n    url\n    expiresAt\n  }\n}\n\nquery PartnerUsage($from: String!, $to: String!) {\n  tenantUsage(from: $from, to: $to) {\n    day\n    renders\n    renderSeconds\n    apiRequests\n  }\n}"): (typeof documents)["query PartnerTemplates($first: Int, $after: String) {\n  templates(first: $first, after: $after) {\n    totalCount\n    edges {\n      node {\n        id\n        slug\n        title\n        projects {\n          id\n          aspectRatio\n          resolution\n        }\n      }\n    }\n  }\n}\n\nmutation PartnerCreateProject($input: CreateSavedProjectInput!) {\n  createSavedProject(input: $input) {\n    id\n  }\n}\n\nmutation PartnerSubmitRender($input: SubmitRenderInput!) {\n  submitRender(input: $input) {\n    id\n    step\n    priorityQueue\n    paidPriceMinor\n  }\n}\n\nquery PartnerRenderStatus($id: ID!) {\n  renderJob(id: $id) {\n    id\n    step\n    renderProgress\n    failedMessage\n    export {\n      id\n    }\n  }\n}\n\nquery PartnerDownload($id: ID!) {\n  exportDownloadUrl(id: $id) {\n    url\n    expiresAt\n  }\n}\n\nquery PartnerUsage($from: String!, $to: String!) {\n  tenantUsage(from: $from, to: $to) {\n    day\n    renders\n    renderSeconds\n    apiRequests\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;