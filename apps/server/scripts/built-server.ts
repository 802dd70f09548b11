import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

/*
 * What the scripts that drive the built server from outside share (the crash tests, the abuse
 * run): starting `dist/main.js` on a free port and waiting for it, and firing concurrent
 * submissions while a condition decides when to kill it.
 */

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltServer {
  proc: ChildProcess;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
}

/** Starts the built server with `env` (plus its port and public URL) and waits until /healthz answers. */
export async function start(env: NodeJS.ProcessEnv): Promise<BuiltServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const proc = spawn(process.execPath, [join(serverDir, 'dist/main.js')], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', SHABAKA_PUBLIC_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  // Up to a minute: PGlite's recovery after a kill is slow on a loaded machine.
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { proc, url, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

/** Resolves once the process has exited (at once if it already has). */
export const exitOf = (proc: ChildProcess) =>
  new Promise((r) => (proc.exitCode !== null || proc.signalCode ? r(null) : proc.once('exit', r)));

/**
 * `total` submissions over `concurrency` parallel loops; `submit(i)` answers the tracking code
 * the server acknowledged. After each one, `after(acknowledged)` may kill the server: what it
 * refused or cut off is not acknowledged, so not owed.
 */
export async function submitConcurrently(opts: {
  total: number;
  concurrency: number;
  submit: (i: number) => Promise<string>;
  after: (acknowledged: readonly string[]) => void;
}) {
  const acknowledged: string[] = [];
  let sent = 0;
  const loop = async () => {
    while (sent < opts.total) {
      const i = sent++;
      try {
        acknowledged.push(await opts.submit(i));
      } catch {
        // Refused or cut off by the crash: not acknowledged.
      }
      opts.after(acknowledged);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  return { acknowledged, sent: Math.min(sent, opts.total) };
}
