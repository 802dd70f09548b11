import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Spinner, type Language } from '@shabaka/ui';
import { usePortal } from '../config';
import { describeError } from '../errors';
import { QueryError } from '../QueryError';
import { useAssociationsI18n } from './i18n';

export type PublicAssociation = RouterOutputs['associations']['detail'];
export type PrivateView = RouterOutputs['associations']['private'];
type Flags = PrivateView['flags'];

/** The record's dates, in the order they happen in an association's life (private page, desk form). */
export const DATE_FIELDS = [
  'constitutedOn',
  'declaredOn',
  'provisionalReceiptOn',
  'definitiveReceiptOn',
  'lastGeneralAssemblyOn',
  'bureauRenewedOn',
  'changesDeclaredOn',
] as const;

/**
 * The private view of an association (staff and verified representatives only), its name in the reader's language,
 * and what to show until it is there: a spinner, or why it is refused.
 */
export function usePrivateView(id: string) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const q = useQuery(trpc.associations.private.queryOptions({ commune: slug, id }, { retry: false }));
  const waiting = q.isPending ? (
    <Spinner />
  ) : q.isError ? (
    <QueryError
      error={q.error}
      retry={q.refetch}
      message={describeError(q.error, i18n, { section: 'associations' }).message}
    />
  ) : null;
  return { view: q.data, name: q.data ? nameOf(q.data.names, i18n.lang) : '', waiting };
}

/** An association's name in the reader's language: Arabic, else the French one (the registry keeps these two). */
export const nameOf = (names: { ar: string; fr: string }, lang: Language) => (lang === 'ar' ? names.ar : names.fr);

/** The name in the other language the registry keeps, marked with its language for screen readers. */
export function OtherName({ names }: { names: { ar: string; fr: string } }) {
  const { lang } = useAssociationsI18n();
  return lang === 'ar' ? (
    <p lang="fr" dir="ltr" className="as-other-name">
      {names.fr}
    </p>
  ) : (
    <p lang="ar" dir="rtl" className="as-other-name">
      {names.ar}
    </p>
  );
}

/** Sectors, seat, branches and public utility: what the directory and the public page say in a few lines. */
export function AssociationSummary({ a }: { a: Omit<PublicAssociation, 'object'> }) {
  const { t, formatList } = useAssociationsI18n();
  return (
    <ul className="as-facts">
      <li>
        {t('associations.sectors', { list: formatList(a.sectors.map((s) => t(`associationsGlossary.sector.${s}`))) })}
      </li>
      <li>
        {a.seatNeighbourhood ? t('associations.seat', { place: a.seatNeighbourhood }) : t('associations.seatOutside')}
      </li>
      {a.branches.length > 0 && <li>{t('associations.branches', { places: formatList(a.branches) })}</li>}
      {a.publicUtility && <li className="as-badge">{t('associations.publicUtility')}</li>}
    </ul>
  );
}

const FLAG_KEYS = [
  'eligibleToPetition',
  'changesToDeclare',
  'operatingByLaw',
  'documentsOutOfDate',
  'accountsDue',
] as const;

/** A flag's heading: eligibility says yes or no; a flag with a deadline says when it is past. */
function flagTitle(key: (typeof FLAG_KEYS)[number], flags: Flags, t: ReturnType<typeof useAssociationsI18n>['t']) {
  if (key === 'eligibleToPetition')
    return t(
      flags.eligibleToPetition.active
        ? 'associations.flag.eligibleToPetition.on'
        : 'associations.flag.eligibleToPetition.off',
    );
  if (key === 'changesToDeclare' && flags.changesToDeclare.overdue)
    return t('associations.flag.changesToDeclare.overdue');
  if (key === 'accountsDue' && flags.accountsDue.overdue) return t('associations.flag.accountsDue.overdue');
  return t(`associations.flag.${key}.on`);
}

/** The flags the server computed, each with the reasons it rests on (never typed by anyone). */
export function FlagList({ flags }: { flags: Flags }) {
  const { t, has, formatDate, lang } = useAssociationsI18n();
  const reasonText = (r: Flags['accountsDue']['reasons'][number]) => {
    if (r.code === 'document' && r.kind)
      return t('associations.reason.document', { kind: t(`associationsGlossary.document.${r.kind}`) });
    // Art. 32: the year as written (a number would be grouped: 2,025).
    if (r.code === 'subsidised' && r.year) return t('associations.reason.subsidised', { year: String(r.year) });
    if (r.code === 'report_overdue' && r.report)
      return t('associations.reason.report_overdue', {
        report: t(`associations.report.${r.report}`),
        project: r.project ? nameOf(r.project, lang) : '',
      });
    const key = `associations.reason.${r.code}`;
    return has(key) ? t(key) : r.code;
  };
  const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  return (
    <ul className="as-flags">
      {FLAG_KEYS.map((key) => {
        const flag = flags[key];
        const title = flagTitle(key, flags, t);
        if (key !== 'eligibleToPetition' && !flag.active) return null;
        return (
          <li key={key} className={`as-flag as-flag--${flag.active ? 'on' : 'off'}`}>
            <strong>{title}</strong>
            <ul>
              {flag.reasons.map((r, i) => (
                <li key={i}>
                  {reasonText(r)}
                  {' — '}
                  {t(r.ok ? 'associations.reason.met' : 'associations.reason.unmet')}
                  {r.date && <> ({t('associations.reason.date', { date: day(r.date) })})</>}
                  {r.until && <> ({t('associations.reason.until', { until: day(r.until) })})</>}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** A badge list of the active flags, for the desk's table. */
export function FlagBadges({ flags }: { flags: Flags }) {
  const { t } = useAssociationsI18n();
  const on = FLAG_KEYS.filter((k) => k !== 'eligibleToPetition' && flags[k].active);
  // Accounts owed for a subsidy are news only when a report is late; being subsidised is no warning.
  return (
    <>
      {flags.eligibleToPetition.active && (
        <span className="as-badge">{t('associations.flag.eligibleToPetition.on')}</span>
      )}
      {on.map((k) => (
        <span
          key={k}
          className={k === 'accountsDue' && !flags.accountsDue.overdue ? 'as-badge' : 'as-badge as-badge--warn'}
        >
          {flagTitle(k, flags, t)}
        </span>
      ))}
      {!flags.eligibleToPetition.active && on.length === 0 && t('associations.desk.flag.none')}
    </>
  );
}
