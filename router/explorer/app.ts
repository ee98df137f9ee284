// The admin explorer in the browser: a sign-in form for platform administrators, then GraphiQL on
// the router's /graphql (HTTP for queries and mutations, graphql-ws for subscriptions). Bundled
// with everything it needs by scripts/build-explorer.ts: it loads nothing from outside the router.
import { createElement as h, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';
import './explorer.css';

/** Monaco runs its language services in workers, built beside this bundle (same origin: CSP worker-src 'self'). */
const WORKERS: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(new URL(`assets/${WORKERS[label] ?? 'editor.worker.js'}`, EXPLORER_BASE)),
};

const EXPLORER_BASE = new URL('/explorer/', location.origin);
const GRAPHQL_URL = new URL('/graphql', location.origin);
const TOKEN_KEY = 'flatrender.explorer.token';
const NOT_ADMIN = 'This explorer is for platform administrators only. Sign in with an administrator account.';

const LOGIN = `mutation ExplorerSignIn($email: String!, $password: String!, $totp: String) {
  login(email: $email, password: $password, totp: $totp) { accessToken mfaRequired user { email role } }
}`;

interface Session {
  token: string;
  email: string;
}

/** The session kept for this tab only (sessionStorage), while its token has not expired. */
function storedSession(): Session | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null') as Session | null;
    if (!stored) return undefined;
    const { exp } = JSON.parse(atob(stored.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return exp && exp * 1000 > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState<string>();
  const [needsCode, setNeedsCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const reply = await graphql<{ login: { accessToken: string | null; mfaRequired: boolean; user: { email: string; role: string } | null } }>(LOGIN, {
        email: form.get('email'),
        password: form.get('password'),
        totp: form.get('totp') || undefined,
      });
      const login = reply.data?.login;
      if (!login) return setError(reply.errors?.[0]?.message ?? 'Sign-in failed.');
      if (login.mfaRequired) return setNeedsCode(true);
      if (!login.accessToken || login.user?.role !== 'Admin') {
        // Not kept: end the session that sign-in just opened.
        if (login.accessToken) await graphql('mutation { logout }', {}, login.accessToken).catch(() => undefined);
        return setError(NOT_ADMIN);
      }
      onSignedIn({ token: login.accessToken, email: login.user.email });
    } catch {
      setError('The router could not be reached.');
    } finally {
      setBusy(false);
    }
  };
  return h('main', { className: 'fr-signin' },
    h('form', { onSubmit: submit, 'aria-label': 'Sign in' },
      h('h1', null, 'FlatRender explorer'),
      h('p', null, 'Platform administrators only.'),
      h('label', null, 'Email', h('input', { name: 'email', type: 'email', autoComplete: 'username', required: true })),
      h('label', null, 'Password', h('input', { name: 'password', type: 'password', autoComplete: 'current-password', required: true })),
      needsCode ? h('label', null, 'Authenticator or backup code', h('input', { name: 'totp', autoComplete: 'one-time-code', required: true })) : null,
      h('button', { type: 'submit', disabled: busy }, 'Sign in'),
      error ? h('p', { role: 'alert', className: 'fr-error' }, error) : null,
    ),
  );
}

function Explorer({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const [fetcher] = useState(() => {
    const authorization = `Bearer ${session.token}`;
    const wsUrl = new URL(GRAPHQL_URL);
    wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
    return createGraphiQLFetcher({
      url: GRAPHQL_URL.href,
      headers: { authorization },
      wsClient: createClient({ url: wsUrl.href, connectionParams: { authorization }, lazy: true }),
    });
  });
  const params = new URLSearchParams(location.search);
  return h('div', { className: 'fr-explorer' },
    h('header', null, h('span', null, `Signed in as ${session.email}`), h('button', { type: 'button', onClick: onSignOut }, 'Sign out')),
    h(GraphiQL, {
      fetcher,
      initialQuery: params.get('query') ?? undefined,
      initialVariables: params.get('variables') ?? undefined,
      defaultQuery: '# FlatRender supergraph: the Docs panel lists every type and field.\n{ nodes { id name status } }\n',
      isHeadersEditorEnabled: false,
    }),
  );
}

function App() {
  const [session, setSession] = useState(storedSession);
  if (!session) {
    return h(SignIn, {
      onSignedIn: (signedIn: Session) => {
        sessionStorage.setItem(TOKEN_KEY, JSON.stringify(signedIn));
        setSession(signedIn);
      },
    });
  }
  return h(Explorer, {
    session,
    onSignOut: () => {
      sessionStorage.removeItem(TOKEN_KEY);
      setSession(undefined);
    },
  });
}

createRoot(document.getElementById('explorer')!).render(h(App));
