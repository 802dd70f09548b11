import { useId } from 'react';
import { useBudgetI18n } from './i18n';

/** Centimes → dirhams for reading: whole dirhams in charts and sentences, centimes in the tables. */
export function useMad() {
  const { t, formatNumber } = useBudgetI18n();
  return {
    /** A rate in whole percent, in the reader's locale's writing; "not applicable" without one. */
    percent: (n: number | null) => (n === null ? t('budget.noRate') : formatNumber(n / 100, { style: 'percent' })),
    round: (c: number) => formatNumber(c / 100, { style: 'currency', currency: 'MAD', maximumFractionDigits: 0 }),
    exact: (c: number) => formatNumber(c / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

export interface Bar {
  key: string;
  label: string;
  /** What was planned (the amended forecast), in centimes. */
  planned: number;
  /** What was done (paid, or collected), in centimes. */
  done: number;
}

/**
 * A bar chart readable without colour: each planned amount is a hollow bar, what was done a hatched bar inside
 * it, and both amounts and the rate are written beside it in words; the legend says so. The bars are drawn in
 * the page's direction (logical sizes), so they grow from the right in Arabic.
 */
export function BarChart({ caption, bars, doneLabel }: { caption: string; bars: Bar[]; doneLabel: string }) {
  const { t, formatNumber } = useBudgetI18n();
  const mad = useMad();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => Math.max(b.planned, b.done)));
  const pct = (n: number) => `${Math.max(0, Math.min(100, (n / max) * 100))}%`;
  return (
    <figure className="bud-figure" aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <ul className="bud-legend">
        <li>
          <span className="bud-key bud-key--planned" aria-hidden="true" />
          {t('budget.chart.planned')}
        </li>
        <li>
          <span className="bud-key bud-key--done" aria-hidden="true" />
          {doneLabel}
        </li>
      </ul>
      <ul className="bud-bars">
        {bars.map((b) => {
          const r = b.planned > 0 ? Math.round((b.done / b.planned) * 100) : null;
          return (
            <li key={b.key}>
              <span className="bud-bar-label">{b.label}</span>
              <span className="bud-track" aria-hidden="true">
                <span className="bud-bar bud-bar--planned" style={{ inlineSize: pct(b.planned) }} />
                <span className="bud-bar bud-bar--done" style={{ inlineSize: pct(b.done) }} />
              </span>
              <span className="bud-bar-value">
                {r === null
                  ? t('budget.chart.valueNoRate', { done: mad.round(b.done), planned: mad.round(b.planned) })
                  : t('budget.chart.value', {
                      done: mad.round(b.done),
                      planned: mad.round(b.planned),
                      rate: formatNumber(r / 100, { style: 'percent' }),
                    })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
