/**
 * Summary of a V8 .cpuprofile (from `pnpm bench -- <suite> --cpu-prof`): the share of
 * samples that were idle, in GC, and the functions with the most self time, plus the
 * heaviest packages (by file path) — enough to see where a server's time goes.
 *
 * pnpm bench -- profile bench/results/profiles/intake-pg-server/CPU…cpuprofile [--count 25] [--seconds <skip the first N s>]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function summarize(file: string, top = 25, skipSeconds = 0) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // Samples after the first `skipSeconds` (start-up: module loading, migrations) only.
  let clock = 0;
  p.samples.forEach((id, i) => {
    clock += p.timeDeltas[i] ?? 0;
    if (clock >= skipSeconds * 1e6) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    const short = url
      .replace(/^file:\/\//, '')
      .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
      .replace(/.*\/work\/main\//, '');
    const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    fn.set(key, (fn.get(key) ?? 0) + t);
    const m = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const group = m
      ? m[1]!
      : url.startsWith('node:')
        ? 'node:internal'
        : url
          ? url.includes('/dist/')
            ? 'server bundle'
            : short.split('/').slice(0, 2).join('/')
          : `(${functionName})`;
    pkg.set(group, (pkg.get(group) ?? 0) + t);
  }
  const pct = (t: number) => `${((t / total) * 100).toFixed(1).padStart(5)}% ${(t / 1000).toFixed(0).padStart(6)} ms`;
  // Inclusive time per function name (a frame counted once per sample even when recursive).
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      const name = cf.functionName || '(anonymous)';
      const k = `${name} ${cf.url.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/.*\/work\/main\//, '')}:${cf.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  console.log('\nBy package / area:');
  for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(t)}  ${k}`);
  console.log('\nBy function (self time):');
  for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
  console.log('\nBy function (inclusive time):');
  for (const [k, t] of [...incl]
    .filter(([k]) => !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(`  ${pct(t)}  ${k}`);
}
