/**
 * The SDK outside the monorepo (issue 12 §8), as a commune's developer meets it: `pnpm pack` builds and packs
 * @shabaka/client; a fresh project in the system's temporary directory, far from the workspace, installs the
 * tarball with plain npm; a script calling public procedures typechecks (and the same script with a typo in an
 * input field does not), then runs against the built server (apps/server/dist/main.js) on a fresh data directory.
 */
import { API_VERSION } from '@shabaka/api/version';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverMain = join(here, '../../apps/server/dist/main.js');
/** The consumer's compiler, pinned like the workspace's (pnpm-workspace.yaml catalog). */
const TYPESCRIPT = '5.9.3';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** Runs a command to its end (bounded), whatever its exit code. */
const run = (command: string, args: string[], cwd: string, timeout: number, env = process.env) =>
  new Promise<Run>((resolve, reject) => {
    execFile(command, args, { cwd, timeout, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(new Error(`${command} ${args.join(' ')}: ${error.message}`));
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
const ok = (r: Run, what: string) => {
  if (r.code !== 0) throw new Error(`${what} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** tsc's errors as `file: TSxxxx message` (first line of each), files relative to the project. */
const tscErrors = (r: Run) =>
  r.stdout
    .split('\n')
    .map((line) => /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line))
    .filter((m) => m !== null)
    .map(([, file, code, message]) => ({ file: file!, code: code!, message: message! }));
/**
 * tRPC's own declarations do not compile with `skipLibCheck: false` unless a project has @types/node and
 * @types/ws (trpc/trpc#6136): errors there are theirs. Ours and the script's must be none.
 */
const notTRPC = (errors: ReturnType<typeof tscErrors>) =>
  errors.filter((e) => !e.file.startsWith('node_modules/@trpc/'));

/** The commune's script: public procedures, a typed output, a typed error reason. `{{input}}` is the search input. */
const SCRIPT = `import { API_VERSION, createShabakaClient, errorReason, type RouterOutputs } from '@shabaka/client';

const shabaka = createShabakaClient({ url: '{{url}}' });

const found = await shabaka.procedures.search.query({{input}});
const communes: RouterOutputs['communes']['list'] = await shabaka.communes.list.query();
// @ts-expect-error A slug is a string: outputs are typed (this line fails to compile if they were any).
const slug: number = communes[0]!.slug;
const unknown = await shabaka.communes.get.query({ commune: 'atlantis' }).then(() => 'found', errorReason);

console.log(JSON.stringify({ API_VERSION, slug, results: found.results.map((r) => r.code), communes: communes.map((c) => c.slug), unknown }));
`;
const GOOD_INPUT = `{ commune: 'tetouan', q: 'certificat de residance' }`;
const TYPO_INPUT = `{ comune: 'tetouan', q: 'certificat de residance' }`;

describe('@shabaka/client packed and installed in a commune project', () => {
  let work: string;
  let project: string;
  let tarball: string;
  let url: string;
  let server: ChildProcess | undefined;
  let serverOutput = '';
  const timings: Record<string, number> = {};
  const timed = async <T>(what: string, f: () => Promise<T>) => {
    const t = Date.now();
    try {
      return await f();
    } finally {
      timings[what] = Math.round((Date.now() - t) / 100) / 10;
    }
  };

  /** The built server on a free port and a fresh embedded database, as an operator starts it. */
  async function startServer() {
    if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: build the server first (turbo runs it).`);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHABAKA_DATA_DIR: join(work, 'data'),
      SHABAKA_PUBLIC_URL: url,
    };
    delete env.DATABASE_URL;
    server = spawn(process.execPath, [serverMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => (serverOutput += d));
    server.stderr!.on('data', (d) => (serverOutput += d));
    return async () => {
      for (let i = 0; ; i++) {
        if (server!.exitCode !== null) throw new Error(`server exited:\n${serverOutput}`);
        const up = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        // First boot creates, migrates and seeds PGlite: seconds when idle, far more on a loaded 2-core machine.
        if (i > 900) throw new Error(`server did not start:\n${serverOutput}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shabaka-sdk-'));
    project = join(work, 'commune-page');
    mkdirSync(project);
    // The server boots (migrations, seed) while the package builds and installs.
    const serverUp = await startServer();

    const packed = join(work, 'packed');
    await timed('pnpm pack', async () =>
      ok(await run('pnpm', ['pack', '--pack-destination', packed], here, 480_000), 'pnpm pack'),
    );
    const [file] = readdirSync(packed);
    tarball = join(packed, file!);

    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'commune-page', private: true, type: 'module' }),
    );
    // A project as a commune starts one: strict, Node's ESM resolution, libraries checked too; no @types/node
    // (a browser page's settings), so the package must not need it.
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          skipLibCheck: false,
          outDir: 'out',
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.typo.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, include: ['typo'] }),
    );
    mkdirSync(join(project, 'src'));
    mkdirSync(join(project, 'typo'));
    const script = (input: string) => SCRIPT.replace('{{url}}', url).replace('{{input}}', input);
    writeFileSync(join(project, 'src/main.ts'), script(GOOD_INPUT));
    writeFileSync(join(project, 'typo/main.ts'), script(TYPO_INPUT));

    await timed('npm install', async () =>
      ok(
        await run(
          'npm',
          ['install', '--no-audit', '--no-fund', '--save-exact', tarball, `typescript@${TYPESCRIPT}`],
          project,
          300_000,
        ),
        'npm install',
      ),
    );
    await timed('server boot (after install)', serverUp);
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    if (work) rmSync(work, { recursive: true, force: true });
    console.log('packed SDK test, seconds:', timings);
  });

  const tsc = (config: string) =>
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', config], project, 180_000);

  it("is packed under the API's version, with its built files and pinned dependencies only", () => {
    expect(tarball.endsWith(`shabaka-client-${API_VERSION}.tgz`)).toBe(true);
    const installed = join(project, 'node_modules/@shabaka/client');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.version).toBe(API_VERSION);
    expect(manifest.private).toBeUndefined();
    for (const version of Object.values<string>(manifest.dependencies)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readdirSync(installed).sort()).toEqual(
      ['README.md', 'chunks', 'index.d.ts', 'index.js', 'package.json', 'react.d.ts', 'react.js', 'router.d.ts'].sort(),
    );
    // No server code, no workspace package, no server library, in the code or the types.
    for (const file of readdirSync(installed, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(js|ts)$/.test(f),
    )) {
      const text = readFileSync(join(installed, file), 'utf8');
      expect(text, file).not.toMatch(/@shabaka\/(api|db|ui)|from ['"](kysely|@electric-sql|fastify|pg|zod|sharp)/);
    }
  });

  it('typechecks a script calling public procedures, with every library checked', async () => {
    const r = await timed('tsc (script)', () => tsc('tsconfig.json'));
    expect(notTRPC(tscErrors(r)), r.stdout).toEqual([]);
    expect(existsSync(join(project, 'out/main.js'))).toBe(true);
  });

  it('refuses the script with a typo in an input field, naming the field', async () => {
    const r = await timed('tsc (typo)', () => tsc('tsconfig.typo.json'));
    const errors = notTRPC(tscErrors(r));
    expect(r.code).not.toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('typo/main.ts');
    expect(errors[0]!.message).toContain("'comune' does not exist");
    expect(errors[0]!.message).toContain("Did you mean to write 'commune'?");
  });

  it('runs against the built server and gets its real answers', async () => {
    const r = await timed('script run', async () =>
      ok(await run(process.execPath, [join(project, 'out/main.js')], project, 60_000), 'the script'),
    );
    const answer = JSON.parse(r.stdout);
    expect(answer.API_VERSION).toBe(API_VERSION);
    // The README's example: a typo still finds the residence certificate, first.
    expect(answer.results[0]).toBe('residence-certificate');
    expect(answer.communes).toEqual(
      expect.arrayContaining(['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq']),
    );
    expect(answer.unknown).toBe('unknown_commune');
  });
});
