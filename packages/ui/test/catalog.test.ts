import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../src/i18n/catalog';
import { INTL_LOCALES, LANGUAGE_NAMES, LANGUAGES } from '../src/i18n/languages';
import { loaders, NAMESPACES } from '../src/i18n/namespaces';

const ARABIC_PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Walks a parsed ICU message and yields the option keys of every plural in it. */
type Element = { type: number; pluralType?: string; options?: Record<string, { value: Element[] }> };
function* pluralOptions(elements: Element[]): Generator<string[]> {
  for (const el of elements) {
    if (!el.options) continue;
    if (el.pluralType === 'cardinal') yield Object.keys(el.options);
    for (const option of Object.values(el.options)) yield* pluralOptions(option.value);
  }
}

describe.each(Object.entries(namespaces))('catalog namespace "%s"', (namespace, messages) => {
  it('has the same keys in every language', () => {
    const all = new Set(LANGUAGES.flatMap((lang) => Object.keys(messages[lang])));
    for (const lang of LANGUAGES) {
      const keys = new Set(Object.keys(messages[lang]));
      expect({ lang, missing: [...all].filter((k) => !keys.has(k)) }).toEqual({ lang, missing: [] });
    }
  });

  it(`prefixes every key with "${namespace}."`, () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(messages[lang]).filter((k) => !k.startsWith(`${namespace}.`))).toEqual([]);
    }
  });

  it.each(LANGUAGES)('parses every %s message as ICU MessageFormat', (lang) => {
    const broken: string[] = [];
    for (const [key, source] of Object.entries(messages[lang])) {
      try {
        new IntlMessageFormat(source, INTL_LOCALES[lang]);
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every Arabic plural all six forms', () => {
    const incomplete: string[] = [];
    for (const [key, source] of Object.entries(messages.ar)) {
      const ast = new IntlMessageFormat(source, INTL_LOCALES.ar).getAst() as unknown as Element[];
      for (const options of pluralOptions(ast)) {
        const missing = ARABIC_PLURAL_FORMS.filter((form) => !options.includes(form));
        if (missing.length) incomplete.push(`${key}: missing ${missing.join(', ')}`);
      }
    }
    expect(incomplete).toEqual([]);
  });
});

describe('catalog layout (one file per language per namespace)', () => {
  const dir = new URL('../src/i18n/messages/', import.meta.url);

  it('has no old-format file left and indexes every folder (else run `pnpm i18n:split`)', () => {
    const entries = readdirSync(dir, { withFileTypes: true });
    expect(entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => e.name)).toEqual([]);
    const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...NAMESPACES].sort()).toEqual(folders.sort());
    expect(Object.keys(namespaces).sort()).toEqual(folders.sort());
  });

  it('loads one language of one namespace per loader', async () => {
    const module = await loaders.common.fr();
    expect(module.default).toEqual(namespaces.common.fr);
  });

  it('names each language in itself as its catalog does', () => {
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang]).toBe(namespaces.common[lang]['common.languageName']);
  });
});

describe('catalog namespaces together', () => {
  it('never define the same key twice', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [namespace, messages] of Object.entries(namespaces)) {
      for (const key of Object.keys(messages.ar)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} in ${other} and ${namespace}`);
        seen.set(key, namespace);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('styles.css', () => {
  it('uses logical properties only, so rtl and ltr share one stylesheet', () => {
    const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // Physical sides and sizes; `overflow-x` stays allowed (`overflow-inline` is not in Chromium yet).
    const physical =
      /(^|[\s;{])((margin|padding|border|inset)-(left|right|top|bottom)[\w-]*|left|right|top|bottom|width|height|min-width|max-width|min-height|max-height|float|clear)\s*:/gm;
    const textAlign = /text-align\s*:\s*(left|right)/g;
    expect([...css.matchAll(physical)].map((m) => m[0].trim())).toEqual([]);
    expect([...css.matchAll(textAlign)].map((m) => m[0])).toEqual([]);
  });
});

/**
 * Citizens are addressed in the plural of politeness (أنتم: قدّموا، يمكنكم) on every page they
 * read, never in the singular (أنت: قدّم، يمكنك), and not both on one page. The staff desk's
 * instructions (desk, staffGlossary, documents' issuing form) speak to an agent and may use
 * the singular. These are the singular forms that crept in before; the test keeps them out.
 */
const CITIZEN_NAMESPACES = [
  'common',
  'portal',
  'complaints',
  'complaintsGlossary',
  'cases',
  'information',
  'procedures',
  'dashboard',
  'landing',
  'verify',
  'server',
] as const;
const SINGULAR =
  /(?<!\p{L})[وفبل]?(يمكنك|لديك|حسابك|طلبك|شكايتك|رقمك|بريدك|هاتفك|عنوانك|اسمك|اتصالك|أدخل|اختر|اكتب|أرسل|تأكد|انقر|اضغط|احتفظ|انتظر|أعد|تريد|اطّلع)(?!\p{L})/u;

describe('the citizens’ register', () => {
  it.each(CITIZEN_NAMESPACES)('"%s" addresses the reader in the plural in Arabic', (ns) => {
    const singular = Object.entries(namespaces[ns].ar).filter(([, text]) => SINGULAR.test(text));
    expect(singular).toEqual([]);
  });

  it('catches the singular it is meant to catch', () => {
    expect(SINGULAR.test('اختر المرحلة')).toBe(true);
    expect(SINGULAR.test('وحسابك لا يملك')).toBe(true);
    expect(SINGULAR.test('اختاروا المرحلة ويمكنكم')).toBe(false);
  });
});
