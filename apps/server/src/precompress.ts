import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESS_THRESHOLD } from './compression';
import { frontendDirs } from './paths';

/** Built files a browser fetches as text (source maps are not served to citizens). */
const TEXT_FILE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

interface Twins {
  br: Buffer;
  gz: Buffer;
}

export interface PrecompressReport {
  files: number;
  raw: number;
  br: number;
  gz: number;
}

function* filesIn(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path);
    else if (entry.isFile() && TEXT_FILE.test(entry.name)) yield path;
  }
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip level 9) next to every
 * text file of a built frontend worth compressing, for @fastify/static's `preCompressed`:
 * the server then sends a compressed asset without compressing it per request, and at a
 * quality too slow to reach on the fly. A twin that would not be smaller is not written.
 * `memo` shares the work between apps: the city builds hold many identical chunks; twins
 * newer than their file are kept (a server-only rebuild does not compress everything again).
 */
export function precompressDir(dir: string, memo = new Map<string, Twins>()): PrecompressReport {
  const report: PrecompressReport = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of filesIn(dir)) {
    const { size, mtimeMs } = statSync(file);
    if (size < COMPRESS_THRESHOLD) continue;
    const br = statSync(`${file}.br`, { throwIfNoEntry: false });
    const gz = statSync(`${file}.gz`, { throwIfNoEntry: false });
    if (br && gz && br.mtimeMs >= mtimeMs && gz.mtimeMs >= mtimeMs) {
      report.files++;
      report.raw += size;
      report.br += br.size;
      report.gz += gz.size;
      continue;
    }
    const raw = readFileSync(file);
    const key = createHash('sha256').update(raw).digest('hex');
    let twins = memo.get(key);
    if (!twins) {
      twins = {
        br: brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gz: gzipSync(raw, { level: 9 }),
      };
      memo.set(key, twins);
    }
    report.files++;
    report.raw += raw.length;
    report.br += Math.min(twins.br.length, raw.length);
    report.gz += Math.min(twins.gz.length, raw.length);
    if (twins.br.length < raw.length) writeFileSync(`${file}.br`, twins.br);
    if (twins.gz.length < raw.length) writeFileSync(`${file}.gz`, twins.gz);
  }
  return report;
}

/** Every built frontend the server hosts (city apps, dashboard, generic portal): run by build.mjs. */
export function precompressFrontends(root?: string): PrecompressReport {
  const d = frontendDirs(root);
  const memo = new Map<string, Twins>();
  const total: PrecompressReport = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const dir of [...d.cityApps.values(), d.dashboard, d.genericPortal]) {
    if (!existsSync(join(dir, 'index.html'))) continue;
    const r = precompressDir(dir, memo);
    for (const k of Object.keys(total) as (keyof PrecompressReport)[]) total[k] += r[k];
  }
  return total;
}
