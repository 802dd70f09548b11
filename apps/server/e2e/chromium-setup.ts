import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the journeys find Chromium (harness.ts reads the same). */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Global setup of the browser journeys: makes sure Chromium is there before any of them
 * starts, so the README's one `pnpm test` passes on a fresh machine with only Node (as
 * .ci/run does). As root on Debian/Ubuntu it installs the distribution's package; anyone
 * else gets what to run instead of a launch error deep in the first journey.
 */
export default function setup() {
  const path = chromiumPath();
  if (existsSync(path)) return;
  const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => existsSync(p));
  const root = process.getuid?.() === 0;
  if (!process.env.CHROMIUM_PATH && root && apt) {
    console.log(
      'Chromium is missing: installing Debian’s package (apt-get install -y chromium) for the browser journeys…',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync(apt, ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(apt, ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(path)) return;
  }
  throw new Error(
    [
      `The browser journeys (apps/server/e2e) need Chromium, and there is none at ${path}.`,
      apt
        ? 'Install it with: sudo apt-get update && sudo apt-get install -y chromium'
        : 'Install Chromium (or Chrome) with your system’s package manager,',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run pnpm test again.',
    ].join('\n'),
  );
}
