import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/ and dist/ both sit one level under apps/server, so the repo root is three levels up.
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const CITY_APP_PREFIX = '@shabaka/app-';

/** The built frontends: each city app (package @shabaka/app-<slug>), the dashboard, the generic portal. */
export function frontendDirs(root = repoRoot) {
  const apps = join(root, 'apps');
  const cityApps = new Map<string, string>();
  for (const dir of existsSync(apps) ? readdirSync(apps) : []) {
    const pkg = join(apps, dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name ?? '';
    const dist = join(apps, dir, 'dist');
    if (name.startsWith(CITY_APP_PREFIX) && existsSync(join(dist, 'index.html'))) {
      cityApps.set(name.slice(CITY_APP_PREFIX.length), dist);
    }
  }
  return {
    cityApps,
    dashboard: join(apps, 'dashboard', 'dist'),
    genericPortal: join(root, 'packages', 'portal', 'dist'),
  };
}
