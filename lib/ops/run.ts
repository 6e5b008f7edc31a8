import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '@/prisma/tools/embedded-postgres';

// The machines have no internet: don't let Next try to send telemetry.
const base = { NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a project command to completion, inheriting the terminal; rejects on failure. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...base, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts a long-running project command (the web server) and returns it. */
export function start(command: string, args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...base, ...env } });
}

export const bin = (name: string) => `${projectRoot}/node_modules/.bin/${name}`;

/** The background job worker (lib/jobs) as a process of its own next to the web server. */
export function startJobWorkerProcess(env: Record<string, string | undefined>): ChildProcess {
  return start(process.execPath, ['--import', 'tsx', 'lib/jobs/worker-main.ts'], env);
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/**
 * Keeps a long-running server, its companions (the job worker) and what they depend on
 * together: Ctrl+C or SIGTERM stops them all and then cleans up (the database last); if the
 * server exits by itself, the same happens and its exit code is passed on.
 */
export function serveUntilStopped(
  server: ChildProcess,
  cleanUp: () => Promise<void>,
  { exitCodeIfServerDies = 1, companions = [] as ChildProcess[] } = {},
): void {
  const stopCompanions = async () => {
    for (const child of companions) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([Promise.all(companions.map(exited)), new Promise((r) => setTimeout(r, 12_000))]);
  };
  const stop = async () => {
    server.kill('SIGTERM');
    await stopCompanions();
    await cleanUp();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', async (code) => {
    await stopCompanions();
    await cleanUp();
    process.exit(code ?? exitCodeIfServerDies);
  });
}
