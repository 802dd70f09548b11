import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths';
import type { Row } from '../lib/report';
import { fmt, fmtKB } from '../lib/stats';
import { firstLoad } from '../lib/weight';
import type { SuiteContext } from './context';

/** A portal's first load: at most this much gzipped JavaScript (KB = 1,024 bytes). */
export const PORTAL_JS_BUDGET = 120 * 1024;

/** The built apps: each city app (package @shabaka/app-<slug>), the generic portal, the dashboard. */
export function builtApps() {
  const apps: { label: string; dist: string; portal: boolean }[] = [];
  for (const dir of readdirSync(join(repoRoot, 'apps')).sort()) {
    const pkg = join(repoRoot, 'apps', dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name ?? '';
    if (name.startsWith('@shabaka/app-'))
      apps.push({
        label: `portal /${name.slice('@shabaka/app-'.length)}/`,
        dist: join(repoRoot, 'apps', dir, 'dist'),
        portal: true,
      });
  }
  apps.push({ label: 'generic portal (packages/portal)', dist: join(repoRoot, 'packages/portal/dist'), portal: true });
  apps.push({ label: 'dashboard', dist: join(repoRoot, 'apps/dashboard/dist'), portal: false });
  return apps;
}

/**
 * 4. Frontend weight: gzipped JS and CSS of each app's first load, from the built files.
 * Sizes are deterministic, so the "baseline" is the budget itself (and the raw size).
 */
export async function weightSuite(ctx: SuiteContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const app of builtApps()) {
    if (!existsSync(join(app.dist, 'index.html'))) {
      ctx.log(`  ${app.label}: not built (${app.dist}/index.html missing)`);
      continue;
    }
    const f = firstLoad(app.dist);
    const use = f.jsGzip / PORTAL_JS_BUDGET;
    rows.push({
      suite: 'weight',
      figure: `First-load weight: ${app.label}`,
      db: '—',
      measured: `JS ${fmtKB(f.jsGzip)} gz (${f.js.length} files), CSS ${fmtKB(f.cssGzip)} gz`,
      baseline: app.portal
        ? `budget 120 KB gz JS (raw JS ${fmtKB(f.jsBytes)})`
        : `portal budget, for scale (raw JS ${fmtKB(f.jsBytes)})`,
      ratio: use,
      ratioText: `${fmt(use * 100, 0)}% of budget`,
      goal: app.portal ? '≤ 120 KB JS' : 'reported',
      pass: app.portal ? f.jsGzip <= PORTAL_JS_BUDGET : null,
      data: {
        ...f,
        js: f.js.map((p) => p.slice(repoRoot.length + 1)),
        css: f.css.map((p) => p.slice(repoRoot.length + 1)),
      },
    });
  }
  ctx.note(
    'weight',
    'Measured from the built files: the module script(s) of each `dist/index.html`, its `modulepreload` links and their static ' +
      'imports (transitively), and its stylesheets; lazy chunks are not counted. gzip: node:zlib level 9; 1 KB = 1,024 bytes. ' +
      'The same budget fails `apps/server/e2e/budget.e2e.ts` for any portal over 120 KB.',
  );
  return rows;
}
