import { useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card, SelectField } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { saveBlob } from '../download';
import { describeError } from '../errors';
import { useBudgetI18n } from './i18n';
import { codeOf, labelIn, rate, type BudgetLine, type PublicBudget } from './model';
import { BarChart, useMad } from './parts';

/**
 * /budget — the commune's budget in plain words: where the money comes from and where it goes, how much of it
 * was spent or collected, in charts readable without colour and in tables with the same figures; the data as a
 * Fiscal Data Package. Only versions the commune published are shown.
 */
export default function BudgetSection() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useBudgetI18n();
  const { t } = i18n;
  usePageTitle(t('budget.title'));
  const years = useQuery(trpc.budget.years.queryOptions({ commune: slug }));
  const [year, setYear] = useState<number | null>(null);
  const [version, setVersion] = useState<number | undefined>(undefined);
  return (
    <div className="shb-stack">
      <h1>{t('budget.title')}</h1>
      <p>{t('budget.intro')}</p>
      <Loaded
        query={years}
        describe={(e) => describeError(e, i18n, { section: 'budget' }).message}
        empty={t('budget.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(list) => {
          const chosen = year ?? list[0]!.year;
          return (
            <>
              <SelectField
                label={t('budget.year')}
                value={String(chosen)}
                onChange={(e) => {
                  setYear(Number(e.target.value));
                  setVersion(undefined);
                }}
              >
                {list.map((y) => (
                  <option key={y.year} value={y.year}>
                    {y.year}
                  </option>
                ))}
              </SelectField>
              <YearBudget year={chosen} version={version} onVersion={setVersion} />
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

function YearBudget({
  year,
  version,
  onVersion,
}: {
  year: number;
  version: number | undefined;
  onVersion: (v: number | undefined) => void;
}) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useBudgetI18n();
  const { t, formatDate } = i18n;
  const budget = useQuery(trpc.budget.get.queryOptions({ commune: slug, year, version }));
  return (
    <Loaded query={budget} describe={(e) => describeError(e, i18n, { section: 'budget' }).message}>
      {(b) => (
        <>
          {b.versions.length > 1 && (
            <SelectField
              label={t('budget.version')}
              value={String(b.version)}
              onChange={(e) => onVersion(Number(e.target.value))}
            >
              {b.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('budget.versionOption', {
                    version: v.version,
                    date: formatDate(v.publishedAt, { dateStyle: 'long' }),
                  })}
                </option>
              ))}
            </SelectField>
          )}
          <p className="bud-meta">
            {t('budget.published', {
              version: b.version,
              date: formatDate(b.publishedAt, { dateStyle: 'long' }),
            })}
          </p>
          <Summary budget={b} />
          <Explained />
          <Charts budget={b} />
          <Tables budget={b} />
          <Downloads year={year} version={b.version} />
        </>
      )}
    </Loaded>
  );
}

function Summary({ budget }: { budget: PublicBudget }) {
  const { t } = useBudgetI18n();
  const mad = useMad();
  const { expenditure: e, revenue: r } = budget.totals;
  const pct = mad.percent;
  return (
    <Card title={t('budget.summary.title', { year: budget.year })} headingLevel={2}>
      <dl className="bud-summary">
        <div>
          <dt>{t('budget.summary.revenueForecast')}</dt>
          <dd>{mad.round(r.forecast)}</dd>
        </div>
        <div>
          <dt>{t('budget.summary.collected')}</dt>
          <dd>
            {t('budget.summary.share', { amount: mad.round(r.collected), rate: pct(rate(r.collected, r.forecast)) })}
          </dd>
        </div>
        <div>
          <dt>{t('budget.summary.expenditureForecast')}</dt>
          <dd>{mad.round(e.forecast)}</dd>
        </div>
        <div>
          <dt>{t('budget.summary.committed')}</dt>
          <dd>
            {t('budget.summary.share', { amount: mad.round(e.committed), rate: pct(rate(e.committed, e.forecast)) })}
          </dd>
        </div>
        <div>
          <dt>{t('budget.summary.paid')}</dt>
          <dd>{t('budget.summary.share', { amount: mad.round(e.paid), rate: pct(rate(e.paid, e.forecast)) })}</dd>
        </div>
      </dl>
    </Card>
  );
}

/** The words a reader needs before the figures. */
function Explained() {
  const { t } = useBudgetI18n();
  return (
    <section className="shb-stack" aria-labelledby="bud-words">
      <h2 id="bud-words">{t('budget.words.title')}</h2>
      <dl className="bud-words">
        {(['revenue', 'expenditure', 'functioning', 'investment', 'committed', 'paid', 'rate'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`budget.words.${k}`)}</dt>
            <dd>{t(`budget.words.${k}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const byForecast = (a: BudgetLine, b: BudgetLine) => b.forecastAmended - a.forecastAmended;

function Charts({ budget }: { budget: PublicBudget }) {
  const { t, lang } = useBudgetI18n();
  const revenue = budget.lines.filter((l) => l.direction === 'revenue').sort(byForecast);
  const spending = budget.lines.filter((l) => l.direction === 'expenditure').sort(byForecast);
  const parts = (['functioning', 'investment'] as const).map((p) => ({
    key: p,
    label: t(`budget.part.${p}`),
    planned: budget.totals.expenditure.byPart[p].forecast,
    done: budget.totals.expenditure.byPart[p].paid,
  }));
  return (
    <>
      <section className="shb-stack" aria-labelledby="bud-from">
        <h2 id="bud-from">{t('budget.from.title')}</h2>
        <p>{t('budget.from.text')}</p>
        <BarChart
          caption={t('budget.from.caption', { year: budget.year })}
          doneLabel={t('budget.chart.collected')}
          bars={revenue.map((l) => ({
            key: `${l.part}-${codeOf(l)}`,
            label: labelIn(l.label, lang),
            planned: l.forecastAmended,
            done: l.collected ?? 0,
          }))}
        />
      </section>
      <section className="shb-stack" aria-labelledby="bud-to">
        <h2 id="bud-to">{t('budget.to.title')}</h2>
        <p>{t('budget.to.text')}</p>
        <BarChart
          caption={t('budget.to.partsCaption', { year: budget.year })}
          doneLabel={t('budget.chart.paid')}
          bars={parts}
        />
        <BarChart
          caption={t('budget.to.caption', { year: budget.year })}
          doneLabel={t('budget.chart.paid')}
          bars={spending.map((l) => ({
            key: `${l.part}-${codeOf(l)}`,
            label: labelIn(l.label, lang),
            planned: l.forecastAmended,
            done: l.paid ?? 0,
          }))}
        />
      </section>
    </>
  );
}

/** The same figures as the charts, every line, in tables with their headers (the charts' alternative). */
function Tables({ budget }: { budget: PublicBudget }) {
  const { t, lang } = useBudgetI18n();
  const mad = useMad();
  const pct = mad.percent;
  const table = (direction: 'revenue' | 'expenditure') => {
    const lines = budget.lines.filter((l) => l.direction === direction);
    const spending = direction === 'expenditure';
    return (
      <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={`bud-table-${direction}`}>
        <table className="bud-table">
          <caption id={`bud-table-${direction}`}>{t(`budget.table.${direction}`, { year: budget.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.table.line')}</th>
              <th scope="col">{t('budget.table.code')}</th>
              <th scope="col">{t('budget.table.part')}</th>
              <th scope="col">{t('budget.table.forecastInitial')}</th>
              <th scope="col">{t('budget.table.forecast')}</th>
              {spending ? (
                <>
                  <th scope="col">{t('budget.table.committed')}</th>
                  <th scope="col">{t('budget.table.paid')}</th>
                </>
              ) : (
                <th scope="col">{t('budget.table.collected')}</th>
              )}
              <th scope="col">{t('budget.table.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={`${l.part}-${codeOf(l)}`}>
                <th scope="row">{labelIn(l.label, lang)}</th>
                <td dir="ltr">{codeOf(l)}</td>
                <td>{t(`budget.part.${l.part}`)}</td>
                <td>{mad.exact(l.forecastInitial)}</td>
                <td>{mad.exact(l.forecastAmended)}</td>
                {spending ? (
                  <>
                    <td>{mad.exact(l.committed ?? 0)}</td>
                    <td>{mad.exact(l.paid ?? 0)}</td>
                  </>
                ) : (
                  <td>{mad.exact(l.collected ?? 0)}</td>
                )}
                <td>{pct(rate((spending ? l.paid : l.collected) ?? 0, l.forecastAmended))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };
  return (
    <section className="shb-stack" aria-labelledby="bud-tables">
      <h2 id="bud-tables">{t('budget.table.title')}</h2>
      <p>{t('budget.table.unit')}</p>
      {table('revenue')}
      {table('expenditure')}
    </section>
  );
}

function Downloads({ year, version }: { year: number; version: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { t } = useBudgetI18n();
  const fetchPackage = () =>
    queryClient.fetchQuery(trpc.budget.dataPackage.queryOptions({ commune: slug, year, version }));
  return (
    <section className="shb-stack" aria-labelledby="bud-data">
      <h2 id="bud-data">{t('budget.data.title')}</h2>
      <p>{t('budget.data.text')}</p>
      <p className="bud-actions">
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            const p = await fetchPackage();
            saveBlob(new Blob([p.csv], { type: 'text/csv;charset=utf-8' }), p.csvName);
          }}
        >
          {t('budget.data.csv')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            const p = await fetchPackage();
            saveBlob(new Blob([JSON.stringify(p.datapackage, null, 2)], { type: 'application/json' }), p.jsonName);
          }}
        >
          {t('budget.data.package')}
        </Button>
      </p>
    </section>
  );
}
