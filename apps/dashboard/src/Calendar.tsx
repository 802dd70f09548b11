import { LUNAR_HOLIDAY_CODES, isLunarHolidayCode, type LunarHolidayCode } from '@shabaka/db/enums';
import { fieldErrors, type RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, SelectField, Spinner, TextField, useI18n } from '@shabaka/ui';
import { useId, useState, type FormEvent } from 'react';
import { LoadError } from './LoadError';

type Year = RouterOutputs['calendar']['holidays'];
interface Row {
  key: number;
  date: string;
  code: LunarHolidayCode;
  ar: string;
  fr: string;
  es: string;
}

let nextKey = 0;
const toRow = (d: Year['days'][number]): Row => ({
  key: nextKey++,
  date: d.date,
  code: isLunarHolidayCode(d.code) ? d.code : 'other',
  ...d.name,
});

/**
 * The working-day calendar behind Law 31-13 deadlines. Fixed holidays are computed; the
 * moveable (lunar) ones depend on the moon sighting, so a network admin enters each year's
 * dates here, and every open request's deadline is recomputed on save.
 */
export default function Calendar({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const holidays = useQuery(trpc.calendar.holidays.queryOptions({ year }));

  return (
    <div className="dash-details">
      <h3>{t('dashboard.calendar.heading')}</h3>
      <p>{t('dashboard.calendar.intro')}</p>
      <SelectField
        label={t('dashboard.calendar.year')}
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
      >
        {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      {holidays.isPending ? (
        <Spinner />
      ) : holidays.isError ? (
        <LoadError retry={holidays.refetch} />
      ) : (
        <>
          <YearTable data={holidays.data} />
          {/* Keyed by year: switching years starts the form from that year's saved dates. */}
          {canEdit && <LunarForm key={year} data={holidays.data} />}
        </>
      )}
    </div>
  );
}

function YearTable({ data }: { data: Year }) {
  const { t, lang, formatDate } = useI18n();
  const captionId = useId();
  return (
    <>
      {data.toVerify && <Alert tone="warning">{t('dashboard.calendar.toVerify', { year: data.year })}</Alert>}
      <div className="shb-table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table className="shb-table dash-table" data-calendar-year={data.year}>
          <caption id={captionId}>{t('dashboard.calendar.caption', { year: data.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.calendar.col.date')}</th>
              <th scope="col">{t('dashboard.calendar.col.name')}</th>
              <th scope="col">{t('dashboard.calendar.col.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {data.days.map((d) => (
              <tr key={d.date} data-holiday={d.date}>
                <td>{formatDate(new Date(`${d.date}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' })}</td>
                <th scope="row">{d.name[lang]}</th>
                <td>{t(`dashboard.calendar.kind.${d.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function LunarForm({ data }: { data: Year }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => data.days.filter((d) => d.kind === 'lunar').map(toRow));
  const [confirmed, setConfirmed] = useState(!data.toVerify);
  const save = useMutation(
    trpc.calendar.setLunarHolidays.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.calendar.holidays.queryKey({ year: data.year }), saved),
    }),
  );
  const errors = save.error ? fieldErrors(save.error) : {};
  const errorAt = (path: string) => (errors[path] ? t('dashboard.calendar.error.field') : undefined);
  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      year: data.year,
      confirmed,
      days: rows.map((r) => ({ date: r.date, code: r.code, name: { ar: r.ar, fr: r.fr, es: r.es } })),
    });
  };
  const recomputed = save.data ? Object.values(save.data.effects).reduce((a, b) => a + b, 0) : 0;

  return (
    <form className="dash-calendar-form" onSubmit={submit} noValidate>
      <h4>{t('dashboard.calendar.editHeading', { year: data.year })}</h4>
      {save.isError && (
        <Alert tone="error">
          {Object.keys(errors).length > 0
            ? t('dashboard.calendar.error.invalid')
            : t('dashboard.calendar.error.generic')}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert tone="success">
          <span role="status">{t('dashboard.calendar.saved', { year: data.year, count: recomputed })}</span>
        </Alert>
      )}
      {rows.map((r, i) => (
        <fieldset key={r.key} className="dash-calendar-row">
          <legend>{t('dashboard.calendar.row', { n: i + 1 })}</legend>
          <TextField
            label={t('dashboard.calendar.col.date')}
            type="date"
            required
            value={r.date}
            error={errorAt(`days.${i}.date`)}
            onChange={(e) => update(r.key, { date: e.target.value })}
          />
          <SelectField
            label={t('dashboard.calendar.code')}
            value={r.code}
            onChange={(e) => update(r.key, { code: e.target.value as LunarHolidayCode })}
          >
            {LUNAR_HOLIDAY_CODES.map((c) => (
              <option key={c} value={c}>
                {t(`dashboard.calendar.code.${c}`)}
              </option>
            ))}
          </SelectField>
          {(['ar', 'fr', 'es'] as const).map((l) => (
            <TextField
              key={l}
              label={t(`dashboard.calendar.name.${l}`)}
              lang={l}
              dir={l === 'ar' ? 'rtl' : 'ltr'}
              required
              value={r[l]}
              error={errorAt(`days.${i}.name.${l}`)}
              onChange={(e) => update(r.key, { [l]: e.target.value })}
            />
          ))}
          <Button variant="secondary" onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}>
            {t('dashboard.calendar.remove', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <div className="shb-row">
        <Button
          variant="secondary"
          onClick={() =>
            setRows((all) => [...all, { key: nextKey++, date: '', code: 'other', ar: '', fr: '', es: '' }])
          }
        >
          {t('dashboard.calendar.add')}
        </Button>
      </div>
      <label className="dash-check">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
        {t('dashboard.calendar.confirmed')}
      </label>
      <Button type="submit" busy={save.isPending}>
        {t('dashboard.calendar.save')}
      </Button>
    </form>
  );
}
