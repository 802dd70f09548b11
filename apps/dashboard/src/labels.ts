import { INTL_LOCALES, type I18nContextValue } from '@shabaka/ui';

/** A specific catalog message when one exists (figures, actions, roles), else the raw name. */
export function labelOr(i18n: Pick<I18nContextValue, 't' | 'has'>, key: string, fallback: string) {
  return i18n.has(key) ? i18n.t(key) : fallback;
}

/** A partner's country from its ISO 3166 code, named by the browser's Intl data; "INT" and the like are international. */
export function countryName(i18n: Pick<I18nContextValue, 't' | 'lang'>, code: string) {
  if (/^[A-Z]{2}$/.test(code)) {
    try {
      const name = new Intl.DisplayNames([INTL_LOCALES[i18n.lang]], { type: 'region' }).of(code);
      if (name && name !== code) return name;
    } catch {
      // no region data in this browser: fall through
    }
  }
  return i18n.t('dashboard.partners.international');
}
