import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { benchDir, repoRoot } from './paths';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** One GET to 127.0.0.1; resolves with the status (0 when the connection is refused). */
export function probe(port: number, path: string, timeoutMs = 1000): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

export interface Child {
  proc: ChildProcess;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Starts a Node program with env, bound to 127.0.0.1:port; `stop()` sends SIGTERM and waits. */
export function startNode(
  args: string[],
  env: Record<string, string | undefined>,
  port: number,
  opts: { cpuProf?: string } = {},
): Child {
  const nodeArgs = [...args];
  if (opts.cpuProf) {
    mkdirSync(opts.cpuProf, { recursive: true });
    nodeArgs.unshift('--cpu-prof', `--cpu-prof-dir=${opts.cpuProf}`);
  }
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete fullEnv[k];
  const proc = spawn(process.execPath, nodeArgs, { env: fullEnv, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  let out = '';
  proc.stdout!.on('data', (d) => (out = (out + d).slice(-20_000)));
  proc.stderr!.on('data', (d) => (out = (out + d).slice(-20_000)));
  proc.once('exit', () => children.delete(proc));
  return {
    proc,
    port,
    output: () => out,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `path` until it answers 200; bounded by `timeoutMs`. Returns ms from `since`. */
export async function waitHealthy(
  child: Child,
  path: string,
  since: number,
  timeoutMs = 60_000,
  intervalMs = 5,
): Promise<number> {
  const deadline = since + timeoutMs;
  for (;;) {
    if (child.proc.exitCode !== null) throw new Error(`process exited (${child.proc.exitCode}):\n${child.output()}`);
    if ((await probe(child.port, path)) === 200) return performance.now() - since;
    if (performance.now() > deadline) throw new Error(`no 200 from ${path} within ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** One secret per bench run (the server needs one in production on PostgreSQL). */
const SECRET = randomBytes(32).toString('base64');

/** The environment of the built server on `port`. */
export function serverEnv(
  env: { databaseUrl?: string | undefined; dataDir?: string | undefined; rateLimits?: boolean },
  port: number,
) {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SHABAKA_PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: env.databaseUrl,
    SHABAKA_DATA_DIR: env.dataDir,
    SHABAKA_DEMO: undefined,
    SHABAKA_SECRET: process.env.SHABAKA_SECRET ?? SECRET,
    SHABAKA_RATE_LIMITS: env.rateLimits === false ? 'off' : undefined,
  };
}

export const SERVER_MAIN = join(repoRoot, 'apps/server/dist/main.js');

/** The built server, as an operator starts it (node apps/server/dist/main.js), once /healthz answers. */
export async function startServer(
  env: { databaseUrl?: string; dataDir?: string; rateLimits?: boolean },
  opts: { cpuProf?: string } = {},
) {
  const port = await freePort();
  const child = startNode([SERVER_MAIN], serverEnv(env, port), port, opts);
  await waitHealthy(child, '/healthz', performance.now(), 120_000, 50);
  return child;
}

/** A program under bench/ run through tsx (baselines that import workspace TypeScript). */
export function startBenchScript(
  file: string,
  env: Record<string, string | undefined>,
  port: number,
  opts: { cpuProf?: string } = {},
) {
  return startNode(['--import', 'tsx', join(benchDir, file)], { ...env, PORT: String(port) }, port, opts);
}

/** Kills whatever children are still running (exit paths). */
export function killChildren() {
  for (const c of children) c.kill('SIGKILL');
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
