// `pnpm i18n:split`: the catalogs of @shabaka/ui as one file per language per namespace
// (packages/ui/src/i18n/messages/<ns>/{ar,fr,es}.ts), each in its canonical shape: the
// Arabic file (the source language) declares its keys into `Catalogs` (types.ts), which types
// `t()`; the French and Spanish files `satisfies TranslationOf<typeof ar>` (exactly its keys).
// There is no index to regenerate: the browser finds the folders with `import.meta.glob`
// (namespaces.ts), Node reads them from disk (all.ts), so a new namespace is just a folder.
//
// Re-runnable and idempotent. An old-format file `messages/<ns>.ts` (`export const messages
// = { ar, fr, es }`, as branches written before the split still add) is folded into the
// new layout and deleted: its keys are added to `<ns>/<lang>.ts`, its values win (it is the
// newer edit), keys listed in `messages/moved.json` (old key → new key, e.g. a stage label
// folded into a glossary) are dropped. Run after merging such a branch; a second run
// changes nothing.
import { existsSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const LANGUAGES = ['ar', 'fr', 'es'];
const root = new URL('..', import.meta.url).pathname;
const messagesDir = join(root, 'packages/ui/src/i18n/messages');

const importTs = async (file) => import(`${pathToFileURL(file).href}?t=${Date.now()}`);
const movedFile = join(messagesDir, 'moved.json');
const moved = existsSync(movedFile) ? JSON.parse(readFileSync(movedFile, 'utf8')) : {};

async function write(file, code) {
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const formatted = await prettier.format(code, options);
  if (existsSync(file) && readFileSync(file, 'utf8') === formatted) return false;
  writeFileSync(file, formatted);
  return true;
}

/** The comment above `export` in a file (kept when the file is rewritten). */
function headerOf(source) {
  const i = source.search(/^export\s/m);
  const header = i > 0 ? source.slice(0, i) : '';
  return header
    .replace(/^import type .*\n/gm, '')
    .trim()
    .replace(/(.)$/s, '$1\n');
}

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/**
 * One language of one namespace. The Arabic file (the source language) adds its keys to
 * `Catalogs` (types.ts), which types `t()`'s keys; French and Spanish must have exactly its keys.
 */
function languageFile(ns, lang, header, entries) {
  const body = Object.entries(entries)
    .map(([k, v]) => `  ${quote(k)}: ${quote(v)},`)
    .join('\n');
  if (lang === 'ar') {
    return `${header}export default {\n${body}\n};\n\ndeclare module '../../types' {\n  interface Catalogs {\n    ${ns}: typeof import('./ar').default;\n  }\n}\n`;
  }
  const imports = `import type { TranslationOf } from '../../types';\nimport type ar from './ar';\n`;
  return `${imports}\n${header}export default {\n${body}\n} satisfies TranslationOf<typeof ar>;\n`;
}

let changed = 0;

// 1. Fold old-format files.
for (const name of readdirSync(messagesDir).sort()) {
  if (!name.endsWith('.ts')) continue;
  const ns = name.slice(0, -3);
  const file = join(messagesDir, name);
  const source = readFileSync(file, 'utf8');
  const { messages } = await importTs(file);
  if (!messages || !LANGUAGES.every((l) => typeof messages[l] === 'object')) {
    throw new Error(`${file}: not an old-format catalog (export const messages = { ar, fr, es })`);
  }
  const dir = join(messagesDir, ns);
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGUAGES) {
    const target = join(dir, `${lang}.ts`);
    let header = headerOf(source);
    let entries = {};
    if (existsSync(target)) {
      header = headerOf(readFileSync(target, 'utf8'));
      entries = { ...(await importTs(target)).default };
    }
    for (const [key, value] of Object.entries(messages[lang])) {
      if (key in moved) continue;
      entries[key] = value;
    }
    if (await write(target, languageFile(ns, lang, header, entries))) changed++;
  }
  rmSync(file);
  changed++;
  console.log(`folded messages/${name} into messages/${ns}/{${LANGUAGES.join(',')}}.ts`);
}

// 2. Drop moved keys that a fold may have left in new-format files.
const namespaces = readdirSync(messagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
for (const ns of namespaces) {
  for (const lang of LANGUAGES) {
    const target = join(messagesDir, ns, `${lang}.ts`);
    if (!existsSync(target)) throw new Error(`${target} is missing: every namespace has ${LANGUAGES.join(', ')}`);
    const entries = { ...(await importTs(target)).default };
    const stale = Object.keys(entries).filter((k) => k in moved);
    if (!stale.length) continue;
    for (const k of stale) delete entries[k];
    if (await write(target, languageFile(ns, lang, headerOf(readFileSync(target, 'utf8')), entries))) changed++;
  }
}

// 3. Every file in the canonical shape (languageFile), so types follow the Arabic file.
for (const ns of namespaces) {
  for (const lang of LANGUAGES) {
    const target = join(messagesDir, ns, `${lang}.ts`);
    const source = readFileSync(target, 'utf8');
    const entries = { ...(await importTs(target)).default };
    if (await write(target, languageFile(ns, lang, headerOf(source), entries))) changed++;
  }
}

console.log(changed ? `i18n:split: ${changed} file(s) written` : 'i18n:split: already split, nothing to do');
