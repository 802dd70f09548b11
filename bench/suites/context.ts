import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, seedReferenceData } from '@shabaka/db';
import type { BenchArgs } from '../lib/args';
import { resultsDir } from '../lib/paths';
import type { Row } from '../lib/report';
import { seedComplaints } from '../seed';

export type DbKind = 'pg' | 'pglite';
export const DB_LABEL: Record<DbKind, string> = { pg: 'PostgreSQL', pglite: 'PGlite' };

export interface SuiteContext {
  args: BenchArgs;
  /** Rounds per figure (each round measures subject and baseline back to back, order alternating). */
  rounds: number;
  /** Seconds of measured load per side and round; warm-up runs before each. */
  seconds: number;
  warmupSeconds: number;
  /** autocannon connections for throughput figures (same for subject and baseline). */
  connections: number;
  /** Databases this run uses where a suite runs on both. */
  dbs: DbKind[];
  notes: Record<string, string[]>;
  note(suite: string, text: string): void;
  log(text: string): void;
  /** Where --cpu-prof writes profiles of the server processes, or undefined. */
  profileDir(name: string): string | undefined;
  tempDir(label: string): string;
  /** A PGlite server data directory (…/pglite inside) holding `count` complaints, made once per run. */
  pgliteDataDir(count: number): Promise<string>;
  cleanup(): Promise<void>;
}

export type Suite = (ctx: SuiteContext) => Promise<Row[]>;

export function createContext(args: BenchArgs, dbs: DbKind[], log: (t: string) => void): SuiteContext {
  const temps: string[] = [];
  const dataDirs = new Map<number, Promise<string>>();
  const notes: Record<string, string[]> = {};
  const ctx: SuiteContext = {
    args,
    rounds: args.rounds ?? (args.quick ? 3 : 5),
    seconds: args.seconds ?? (args.quick ? 3 : 4),
    warmupSeconds: args.quick ? 1 : 2,
    connections: 32,
    dbs,
    notes,
    note(suite, text) {
      (notes[suite] ??= []).push(text);
    },
    log,
    profileDir: (name) => (args.cpuProf ? join(resultsDir, 'profiles', name) : undefined),
    tempDir(label) {
      const dir = mkdtempSync(join(tmpdir(), `shabaka-bench-${label}-`));
      temps.push(dir);
      return dir;
    },
    pgliteDataDir(count) {
      let p = dataDirs.get(count);
      if (!p) {
        p = (async () => {
          const dir = ctx.tempDir(`pglite-${count}`);
          const handle = await createDb({ dataDir: join(dir, 'pglite'), migrate: true });
          try {
            await seedReferenceData(handle.db);
            const r = await seedComplaints(handle.db, { count });
            log(`  loaded ${count.toLocaleString('en')} complaints into PGlite in ${(r.ms / 1000).toFixed(1)} s`);
          } finally {
            await handle.close();
          }
          return dir;
        })();
        dataDirs.set(count, p);
      }
      return p;
    },
    async cleanup() {
      for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
  return ctx;
}

/** Runs `fn` for each round with the side order alternating, so drift hits both sides alike. */
export async function interleaved<T>(rounds: number, subject: () => Promise<T>, baseline: () => Promise<T>) {
  const s: T[] = [];
  const b: T[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      s.push(await subject());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      s.push(await subject());
    }
  }
  return { subject: s, baseline: b };
}

/** One side of a comparison: something to open (a process, a pool), warm up, measure, close. */
export interface Side<H, T> {
  open(): Promise<H>;
  warm(h: H): Promise<void>;
  measure(h: H): Promise<T>;
  close(h: H): Promise<void>;
}

/**
 * Measures `rounds` rounds of each side. `shared` (PostgreSQL): both sides stay open and
 * rounds alternate S B, B S… Otherwise (PGlite belongs to one process at a time) sides
 * take turns in blocks S B B S, each block opening its side, warming it up (PGlite's
 * WebAssembly needs it) and measuring half the rounds.
 */
export async function compareSides<HS, HB, T>(
  rounds: number,
  shared: boolean,
  subject: Side<HS, T>,
  baseline: Side<HB, T>,
) {
  if (shared) {
    const hs = await subject.open();
    const hb = await baseline.open().catch(async (e) => {
      await subject.close(hs);
      throw e;
    });
    try {
      await subject.warm(hs);
      await baseline.warm(hb);
      return await interleaved(
        rounds,
        () => subject.measure(hs),
        () => baseline.measure(hb),
      );
    } finally {
      await subject.close(hs);
      await baseline.close(hb);
    }
  }
  const out = { subject: [] as T[], baseline: [] as T[] };
  const block = async <H>(side: Side<H, T>, n: number, into: T[]) => {
    const h = await side.open();
    try {
      await side.warm(h);
      for (let i = 0; i < n; i++) into.push(await side.measure(h));
    } finally {
      await side.close(h);
    }
  };
  const first = Math.ceil(rounds / 2);
  await block(subject, first, out.subject);
  await block(baseline, first, out.baseline);
  await block(baseline, rounds - first, out.baseline);
  await block(subject, rounds - first, out.subject);
  return out;
}
