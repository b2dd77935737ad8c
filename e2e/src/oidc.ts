import { spawn } from 'node:child_process';
import path from 'node:path';

export interface OidcAccount {
  role: string;
  region: string | null;
  /** How long its access tokens last (600 s unless set). */
  tokenSeconds?: number;
  /** Whether its sign-ins also get a refresh token (rotated at each use). */
  refresh?: boolean;
}

export interface OidcProvider {
  issuer: string;
  jwksUrl: string;
  /** Everything the provider printed, for a failing test's message. */
  output: () => string;
  stop(): Promise<void>;
}

const SCRIPT = path.resolve(__dirname, 'oidc-provider.mjs');

/**
 * A real OpenID provider (oidc-provider, see oidc-provider.mjs) in a child
 * process on 127.0.0.1, port 0, with one public client and the given
 * accounts: the login typed on its sign-in page is the token's `sub`.
 */
export async function startOidcProvider(options: {
  clientId: string;
  audience: string;
  accounts: Record<string, OidcAccount>;
}): Promise<OidcProvider> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: {
      ...process.env,
      OIDC_CLIENT_ID: options.clientId,
      OIDC_AUDIENCE: options.audience,
      OIDC_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = await new Promise<{ issuer: string; jwksUrl: string }>((resolve, reject) => {
    let line = '';
    child.stdout.on('data', (chunk: Buffer) => {
      line += chunk.toString('utf8');
      const end = line.indexOf('\n');
      if (end >= 0) resolve(JSON.parse(line.slice(0, end)) as { issuer: string; jwksUrl: string });
    });
    child.once('exit', (code) =>
      reject(new Error(`the OpenID provider exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    ...started,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
