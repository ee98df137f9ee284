// The baseline: a plain @apollo/gateway + @apollo/server with default settings over the same
// supergraph. The only change a user of our subgraphs must make is the data source's
// willSendRequest: it adds the service header the subgraphs require and passes the caller's
// Authorization on (without it no user query can work through any gateway).
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { SERVICE_HEADER, ServiceCredential } from '../../subgraphs/kit/auth.ts';

interface Context {
  authorization?: string;
}

const credential = new ServiceCredential(process.env.SERVICE_SECRET!, 'router');

class HeaderDataSource extends RemoteGraphQLDataSource<Context> {
  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>['willSendRequest']>>[0]) {
    request.http?.headers.set(SERVICE_HEADER, await credential.token());
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: await readFile(process.env.SUPERGRAPH_PATH!, 'utf8'),
  buildService: ({ url }) => new HeaderDataSource({ url }),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`vanilla gateway at ${url}`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
