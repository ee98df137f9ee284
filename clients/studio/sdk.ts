// The studio's typed SDK: Apollo Client with automatic persisted queries over HTTP (the router
// knows every studio operation from the committed manifest, and learns any other on first use)
// and graphql-ws for subscriptions. Every call is typed by the generated TypedDocumentNodes.
import { map, type Observable } from 'rxjs';
import { createApolloSdkClient, typedCalls, type ApolloSdkOptions } from '../apollo.ts';
import {
  BrowseTemplatesDocument,
  LoginDocument,
  MeDocument,
  RenderProgressDocument,
  type BrowseTemplatesQueryVariables,
  type RenderProgressSubscription,
} from './generated/graphql.ts';

export * as operations from './generated/graphql.ts';
export { SdkError } from '../apollo.ts';

export interface StudioSdkOptions extends Omit<ApolloSdkOptions, 'token' | 'persistedQueries'> {
  /** Where the access token comes from (default: the one `signIn` got, kept in memory). */
  token?: ApolloSdkOptions['token'];
}

export function createStudioSdk(options: StudioSdkOptions) {
  let session: { accessToken: string; refreshToken: string } | undefined;
  const { apollo, ws } = createApolloSdkClient({ ...options, persistedQueries: true, token: options.token ?? (() => session?.accessToken) });
  const calls = typedCalls(apollo);
  return {
    apollo,
    ...calls,
    /** Signs in; later calls carry the access token (unless a token provider was given). */
    async signIn(email: string, password: string, totp?: string) {
      const { login } = await calls.mutate(LoginDocument, { email, password, totp });
      if (login.accessToken && login.refreshToken) session = { accessToken: login.accessToken, refreshToken: login.refreshToken };
      return login;
    },
    me: () => calls.query(MeDocument),
    templates: (variables: BrowseTemplatesQueryVariables = {}) => calls.query(BrowseTemplatesDocument, variables),
    /** Live progress of one render job, until its final step. */
    renderProgress: (jobId: string): Observable<RenderProgressSubscription['renderProgress']> =>
      calls.subscribe(RenderProgressDocument, { jobId }).pipe(map((data) => data.renderProgress)),
    async close() {
      apollo.stop();
      await ws.dispose();
    },
  };
}

export type StudioSdk = ReturnType<typeof createStudioSdk>;
