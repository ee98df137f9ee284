// The operations the benchmark sends.

/** Render → studio → content: a page of renders with each saved project, its project and template. */
export const THREE_SUBGRAPHS = `query ThreeSubgraphs {
  renderJobs(first: 10) { edges { node { id name step
    savedProject { id name project { id name template { id title } } } } } }
}`;

/** Render alone: the same page without fields of other owners. */
export const ONE_SUBGRAPH = `query OneSubgraph {
  renderJobs(first: 10) { edges { node { id name step renderProgress quality resolution queuedAt } } }
}`;

/** The studio dashboard's MyRenders (clients/studio/operations/studio.graphql) with every nested field. */
export const MY_RENDERS = `query MyRenders($status: String, $first: Int, $after: String) {
  renderJobs(status: $status, first: $first, after: $after) {
    totalCount
    edges { node {
      id name step renderProgress quality resolution queuedAt completedAt failedMessage
      savedProject { id name project { template { title thumbnailUrl } } }
      user { id displayName }
      export { id sizeBytes autoDeleteDate }
    } }
  }
}`;

export const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
