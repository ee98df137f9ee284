// Hive Gateway (`hive-gateway supergraph -c bench/gateways/hive.config.ts`) over the same
// supergraph, with its defaults. Like the vanilla gateway, it adds the service header our
// subgraphs require and passes the caller's Authorization on: propagateHeaders, nothing else.
import { defineConfig } from '@graphql-hive/gateway';
import { SERVICE_HEADER, ServiceCredential } from '../../subgraphs/kit/auth.ts';

const credential = new ServiceCredential(process.env.SERVICE_SECRET!, 'router');

export const gatewayConfig = defineConfig({
  supergraph: process.env.SUPERGRAPH_PATH!,
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => ({
      [SERVICE_HEADER]: await credential.token(),
      authorization: request.headers.get('authorization'),
    }),
  },
});
