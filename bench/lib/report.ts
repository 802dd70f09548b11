import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './paths';

/** One line of the table: a figure, its same-run baseline and their ratio. */
export interface Row {
  suite: string;
  figure: string;
  db: string;
  measured: string;
  baseline: string;
  /** measured ÷ baseline, or baseline ÷ measured for times: always "higher is better" unless `ratioNote` says. */
  ratio: number | null;
  ratioText: string;
  goal: string;
  pass: boolean | null;
  /** Raw numbers (per-round values…), kept in the JSON only. */
  data?: Record<string, unknown>;
  at?: string;
}

export interface Environment {
  date: string;
  commit: string;
  node: string;
  cpu: string;
  cores: number;
  memory: string;
  postgres: string | null;
  flags: string;
}

export function environment(flags: string, postgres: string | null): Environment {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (uncommitted changes)';
  } catch {
    /* not a git checkout */
  }
  return {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    postgres,
    flags,
  };
}

const mark = (pass: boolean | null) => (pass === null ? '' : pass ? '✅ met' : '❌ missed');

function table(rows: Row[]): string {
  const head = ['Figure', 'Database', 'Measured', 'Baseline (same run)', 'Ratio', 'Goal', ''];
  const lines = [head, ...rows.map((r) => [r.figure, r.db, r.measured, r.baseline, r.ratioText, r.goal, mark(r.pass)])];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...lines.slice(1).map((l) => `| ${l.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');
}

/** Plain-text table for the terminal. */
export function printTable(rows: Row[]) {
  const head = ['Figure', 'DB', 'Measured', 'Baseline (same run)', 'Ratio', 'Goal', ''];
  const cells = [head, ...rows.map((r) => [r.figure, r.db, r.measured, r.baseline, r.ratioText, r.goal, mark(r.pass)])];
  const widths = head.map((_, i) => Math.max(...cells.map((c) => [...c[i]!].length)));
  const line = (c: string[]) => c.map((x, i) => x + ' '.repeat(widths[i]! - [...x].length)).join('  ');
  console.log('');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells.slice(1)) console.log(line(c));
  console.log('');
}

interface Stored {
  environment: Environment;
  rows: Row[];
  notes: Record<string, string[]>;
}

const SUITE_ORDER = ['api', 'intake', 'scale', 'bulletin', 'weight', 'cold', 'search', 'lighthouse', 'outbox'];

/**
 * Writes bench/results/run-<date>.json (this run) and merges it into latest.json, then
 * renders latest.md from the merge: running one suite refreshes its rows and keeps the
 * others, each row stamped with the run it comes from.
 */
export function writeResults(env: Environment, rows: Row[], notes: Record<string, string[]>) {
  mkdirSync(resultsDir, { recursive: true });
  const stamped = rows.map((r) => ({ ...r, at: env.date }));
  writeFileSync(
    join(resultsDir, `run-${env.date.replace(/[:.]/g, '-')}.json`),
    JSON.stringify({ environment: env, rows: stamped, notes }, null, 2),
  );

  const latestJson = join(resultsDir, 'latest.json');
  let previous: Stored | null = null;
  if (existsSync(latestJson)) {
    try {
      previous = JSON.parse(readFileSync(latestJson, 'utf8')) as Stored;
    } catch {
      previous = null;
    }
  }
  const ran = new Set(rows.map((r) => r.suite));
  const merged = [...(previous?.rows ?? []).filter((r) => !ran.has(r.suite)), ...stamped];
  merged.sort((a, b) => SUITE_ORDER.indexOf(a.suite) - SUITE_ORDER.indexOf(b.suite));
  const mergedNotes = { ...(previous?.notes ?? {}), ...notes };
  for (const s of Object.keys(mergedNotes)) if (!merged.some((r) => r.suite === s)) delete mergedNotes[s];
  writeFileSync(latestJson, JSON.stringify({ environment: env, rows: merged, notes: mergedNotes }, null, 2));

  const runs = [...new Set(merged.map((r) => r.at))];
  const md = [
    '# Benchmark results',
    '',
    'Written by `pnpm bench` (see the Benchmarks section of the README for what each figure means).',
    'Every ratio compares Shabaka with a baseline measured in the same run on the same machine;',
    'absolute numbers depend on the machine, the ratios much less.',
    '',
    `- Machine: ${env.cpu}, ${env.cores} cores, ${env.memory}; Node ${env.node}${env.postgres ? `; ${env.postgres}` : ''}`,
    `- Code: ${env.commit}`,
    `- Last run: ${env.date} (\`${env.flags || 'pnpm bench'}\`)${runs.length > 1 ? `; rows from earlier runs keep their own date below` : ''}`,
    '',
    table(merged),
    '',
    ...SUITE_ORDER.filter((s) => mergedNotes[s]?.length).flatMap((s) => [
      `**${SUITE_TITLES[s] ?? s}**`,
      '',
      ...mergedNotes[s]!.map((n) => `- ${n}`),
      '',
    ]),
    ...(runs.length > 1
      ? [
          'Rows by run:',
          '',
          ...runs.map(
            (at) => `- ${at}: ${[...new Set(merged.filter((r) => r.at === at).map((r) => r.suite))].join(', ')}`,
          ),
          '',
        ]
      : []),
  ].join('\n');
  writeFileSync(join(resultsDir, 'latest.md'), md);
}

export const SUITE_TITLES: Record<string, string> = {
  api: '1. API overhead',
  intake: '2. Intake',
  scale: '3. Network figures at scale',
  bulletin: '3b. Yearly bulletins (issue 16)',
  weight: '4. Frontend weight',
  cold: '5. Cold start',
  search: '6. Procedure search (issue 4)',
  lighthouse: '7. Lighthouse on a phone (issue 12)',
  outbox: '8. Outbox (issue 13)',
};
