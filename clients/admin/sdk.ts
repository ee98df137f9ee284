// The admin panel's typed SDK: Apollo Client over HTTP (queries, mutations) and graphql-ws
// (nodeStatusChanged), with the administrator's token from a provider.
import { createApolloSdkClient, typedCalls, type ApolloSdkOptions } from '../apollo.ts';
import { NodesDocument, NodeStatusDocument, TenantsDocument, type NodesQueryVariables } from './generated/graphql.ts';

export * as operations from './generated/graphql.ts';
export { SdkError } from '../apollo.ts';

export type AdminSdkOptions = Omit<ApolloSdkOptions, 'persistedQueries'>;

export function createAdminSdk(options: AdminSdkOptions) {
  const { apollo, ws } = createApolloSdkClient(options);
  const calls = typedCalls(apollo);
  return {
    apollo,
    ...calls,
    nodes: (variables: NodesQueryVariables = {}) => calls.query(NodesDocument, variables).then((data) => data.nodes),
    tenants: () => calls.query(TenantsDocument).then((data) => data.tenants),
    /** Every status change of every render node. */
    nodeStatus: () => calls.subscribe(NodeStatusDocument),
    async close() {
      apollo.stop();
      await ws.dispose();
    },
  };
}

export type AdminSdk = ReturnType<typeof createAdminSdk>;
