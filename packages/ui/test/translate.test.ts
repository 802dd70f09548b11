import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../src/i18n/catalog';
import { createTranslator } from '../src/i18n';

describe('t()', () => {
  it('picks each of the six Arabic plural forms', () => {
    const { t } = createTranslator('ar');
    const count = (n: number) => t('portal.staff.memberCount', { count: n });
    expect(count(0)).toBe('لا يوجد أي موظف'); // zero
    expect(count(1)).toBe('موظف واحد'); // one
    expect(count(2)).toBe('موظفان'); // two
    expect(count(3)).toBe('3 موظفين'); // few (3–10)
    expect(count(11)).toBe('11 موظفًا'); // many (11–99)
    expect(count(100)).toBe('100 موظف'); // other
  });

  it('writes Arabic figures with Latin digits', () => {
    const { formatNumber, t } = createTranslator('ar');
    expect(formatNumber(380787)).toMatch(/^380.787$/);
    expect(t('portal.home.departmentCount', { count: 8 })).toBe('8 مصالح');
  });

  it('formats French and Spanish plurals', () => {
    expect(createTranslator('fr').t('portal.staff.memberCount', { count: 2 })).toBe('2 membres');
    expect(createTranslator('es').t('portal.staff.memberCount', { count: 1 })).toBe('1 miembro');
  });

  it('sorts names in each language’s own order (Intl.Collator), not by code point', () => {
    const name = (s: string) => s;
    // By code point "Ávila" and "Écija" would come after "Zaragoza".
    expect(createTranslator('es').sortByName(['Zaragoza', 'Ávila', 'Rincón', 'Alcazarquivir'], name)).toEqual([
      'Alcazarquivir',
      'Ávila',
      'Rincón',
      'Zaragoza',
    ]);
    expect(createTranslator('fr').sortByName(['Tétouan', 'Écija', 'Fès', 'Asilah'], name)).toEqual([
      'Asilah',
      'Écija',
      'Fès',
      'Tétouan',
    ]);
    // Arabic: hamza forms of alif sort with alif (أصيلة before القصر الكبير before تطوان).
    expect(createTranslator('ar').sortByName(['تطوان', 'القصر الكبير', 'أصيلة', 'شفشاون'], name)).toEqual([
      'أصيلة',
      'القصر الكبير',
      'تطوان',
      'شفشاون',
    ]);
    const communes = [{ n: 'b' }, { n: 'a' }];
    expect(createTranslator('es').sortByName(communes, (c) => c.n)).toEqual([{ n: 'a' }, { n: 'b' }]);
    expect(communes).toEqual([{ n: 'b' }, { n: 'a' }]);
  });

  it('writes a map point one way only: hemispheres, no minus sign, a separator that is not the decimal mark', () => {
    const point = { lat: 35.57701, lon: -5.36476 };
    const nb = '\u00a0';
    expect(createTranslator('fr').formatCoordinates(point)).toBe(`35,57701°${nb}N · 5,36476°${nb}O`);
    expect(createTranslator('es').formatCoordinates(point)).toBe(`35,57701°${nb}N · 5,36476°${nb}O`);
    expect(createTranslator('ar').formatCoordinates(point)).toMatch(
      new RegExp(`^35.57701°${nb}شمالا، 5.36476°${nb}غربا$`),
    );
    expect(createTranslator('fr').formatCoordinates({ lat: -33.9, lon: 18.4 })).toBe(
      `33,90000°${nb}S · 18,40000°${nb}E`,
    );
  });

  it('shows the key and warns once when a message is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const empty: Catalog = { ar: {}, fr: {}, es: {} };
    const { t } = createTranslator('fr', empty);
    expect(t('portal.nav.home')).toBe('portal.nav.home');
    t('portal.nav.home');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('types keys against the Arabic catalog: a misspelt one fails `pnpm typecheck`', () => {
    const { t, has } = createTranslator('fr');
    // @ts-expect-error -- not a key of messages/portal/ar.ts (typecheck fails if this ever compiles)
    expect(t('portal.nav.hoem')).toBe('portal.nav.hoem');
    const built = `portal.nav.${'home'}` as string;
    // A key built at run time goes through `has`, which narrows it to a key.
    expect(has(built) ? t(built) : null).toBe('Accueil');
  });

  it('gives the direction of each language', () => {
    expect(createTranslator('ar').dir).toBe('rtl');
    expect(createTranslator('es').dir).toBe('ltr');
  });
});

describe('plain messages', () => {
  it('format to themselves exactly as IntlMessageFormat formats them, in every catalog', async () => {
    const { IntlMessageFormat } = await import('intl-messageformat');
    const { namespaces } = await import('../src/i18n/catalog');
    const { INTL_LOCALES, LANGUAGES } = await import('../src/i18n/languages');
    const { isPlainMessage } = await import('../src/i18n/translate');
    let plain = 0;
    for (const catalog of Object.values(namespaces))
      for (const lang of LANGUAGES)
        for (const source of Object.values(catalog[lang])) {
          if (!isPlainMessage(source)) continue;
          plain++;
          expect(String(new IntlMessageFormat(source, INTL_LOCALES[lang]).format())).toBe(source);
        }
    // Most messages take the shortcut (else it would not be worth having).
    expect(plain).toBeGreaterThan(1000);
  });

  it('leaves ICU quoting and arguments to IntlMessageFormat', async () => {
    const { isPlainMessage } = await import('../src/i18n/translate');
    expect(isPlainMessage("l'avis du citoyen")).toBe(true);
    expect(isPlainMessage("it''s")).toBe(false);
    expect(isPlainMessage("'{literal}'")).toBe(false);
    expect(isPlainMessage('{count} jours')).toBe(false);
    expect(isPlainMessage('<b>bold</b>')).toBe(false);
  });
});

describe('precompiled catalogs (what built apps ship)', () => {
  /** Values for every argument of a parsed message: numbers for plurals and numbers, words otherwise, tags kept. */
  function valuesFor(ast: MessageFormatElement[], values: Record<string, unknown> = {}) {
    for (const el of ast) {
      if (isPluralElement(el) || isNumberElement(el)) values[el.value] = 3;
      else if (isArgumentElement(el) || isSelectElement(el)) values[el.value] ??= 'x';
      else if (isDateElement(el) || isTimeElement(el)) values[el.value] = new Date(Date.UTC(2026, 11, 7));
      else if (isTagElement(el)) values[el.value] = (chunks: unknown[]) => `[${chunks.join('')}]`;
      if ('options' in el) for (const o of Object.values(el.options)) valuesFor(o.value, values);
      if (isTagElement(el)) valuesFor(el.children, values);
    }
    return values;
  }

  it('format every message of every catalog as its source does, after the trip through JSON', async () => {
    const { namespaces } = await import('../src/i18n/catalog');
    const { LANGUAGES } = await import('../src/i18n/languages');
    const { makeTranslator } = await import('../src/i18n/translate');
    const { compileCatalog } = await import('../src/vite');
    let parsed = 0;
    for (const catalog of Object.values(namespaces))
      for (const lang of LANGUAGES) {
        const source = catalog[lang];
        const shipped = JSON.parse(JSON.stringify(compileCatalog(source))) as Record<string, unknown>;
        const fromSource = makeTranslator(lang, source);
        const fromShipped = makeTranslator(lang, shipped as Record<string, string>);
        for (const [key, message] of Object.entries(shipped)) {
          if (typeof message === 'string') {
            expect(message).toBe(source[key]);
            continue;
          }
          parsed++;
          const values = valuesFor(message as MessageFormatElement[]) as Record<string, string>;
          const k = key as Parameters<typeof fromSource.t>[0];
          expect(fromShipped.t(k, values)).toBe(fromSource.t(k, values));
        }
      }
    expect(parsed).toBeGreaterThan(100);
  });

  it('turns a catalog module into JSON.parse of its parsed messages, and refuses a module that is not a catalog', async () => {
    const { precompiledCatalogs } = await import('../src/vite');
    const transform = precompiledCatalogs().transform as {
      handler: (code: string, id: string) => { code: string } | null;
    };
    const id = '/x/packages/ui/src/i18n/messages/demo/fr.ts';
    const out = transform.handler(
      "export default {\n  'demo.a': 'Bonjour',\n  'demo.n': '{n, plural, one {# jour} other {# jours}}',\n};\n",
      id,
    );
    const shipped = new Function(out!.code.replace('export default ', 'return '))() as Record<string, unknown>;
    expect(shipped['demo.a']).toBe('Bonjour');
    expect(Array.isArray(shipped['demo.n'])).toBe(true);
    expect(() => transform.handler("import x from './y';\nexport default { 'demo.a': x };\n", id)).toThrow(
      /not a plain catalog/,
    );
    expect(() => transform.handler("export default { 'demo.b': '{n, plural, one {x}' };\n", id)).toThrow(/demo\.b/);
    expect(transform.handler('export default 1;', '/x/src/other.ts')).toBeNull();
  });
});
