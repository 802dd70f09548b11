import { INTL_LOCALES, type I18nContextValue } from '@shabaka/ui';

/** A specific catalog message when one exists (figures, actions, roles), else the raw name. */
export function labelOr(i18n: Pick<I18nContextValue, 't' | 'has'>, key: string, fallback: string) {
  return i18n.has(key) ? i18n.t(key) : fallback;
}

/**
 * Figures that are not counts (medians, percentages): a network total would be meaningless,
 * and a commune without one (no complaint resolved yet) has no value rather than 0.
 */
export const isCount = (name: string) => !/(Hours|Pct|Share|Median|Rate)/.test(name);

/** A figure from `network.overview` by its name: percentages as such, durations with one decimal. */
export function formatFigure(i18n: Pick<I18nContextValue, 'formatNumber'>, name: string, value: number) {
  if (name.endsWith('Pct')) return i18n.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
  if (name.includes('Hours')) return i18n.formatNumber(value, { maximumFractionDigits: 1 });
  return i18n.formatNumber(value);
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
