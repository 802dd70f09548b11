import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * What copy, search and screen readers get from our PDFs, read by poppler's pdftotext
 * (Debian: poppler-utils; .ci/run installs it). Poppler marks right-to-left runs with
 * embedding controls (U+202A–U+202C): they are dropped before comparing.
 */
export function pdfText(pdf: Uint8Array, name = 'document'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-pdf-text-'));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  let out: string;
  try {
    out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`pdftotext (poppler-utils) is needed for this test: ${(err as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out
    .replace(/[\u202A-\u202E]/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
