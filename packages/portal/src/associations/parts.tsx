import type { RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';
import { useAssociationsI18n } from './i18n';

export type PublicAssociation = RouterOutputs['associations']['detail'];
export type PrivateView = RouterOutputs['associations']['private'];
type Flags = PrivateView['flags'];

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

const FLAG_KEYS = ['eligibleToPetition', 'changesToDeclare', 'operatingByLaw', 'documentsOutOfDate'] as const;

/** The flags the server computed, each with the reasons it rests on (never typed by anyone). */
export function FlagList({ flags }: { flags: Flags }) {
  const { t, has, formatDate } = useAssociationsI18n();
  const reasonText = (code: string) => {
    const key = `associations.reason.${code}`;
    return has(key) ? t(key) : code;
  };
  const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  return (
    <ul className="as-flags">
      {FLAG_KEYS.map((key) => {
        const flag = flags[key];
        const title =
          key === 'eligibleToPetition'
            ? t(flag.active ? 'associations.flag.eligibleToPetition.on' : 'associations.flag.eligibleToPetition.off')
            : key === 'changesToDeclare' && flags.changesToDeclare.overdue
              ? t('associations.flag.changesToDeclare.overdue')
              : t(`associations.flag.${key}.on`);
        if (key !== 'eligibleToPetition' && !flag.active) return null;
        return (
          <li key={key} className={`as-flag as-flag--${flag.active ? 'on' : 'off'}`}>
            <strong>{title}</strong>
            <ul>
              {flag.reasons.map((r, i) => (
                <li key={i}>
                  {r.code === 'document' && r.kind
                    ? t('associations.reason.document', { kind: t(`associationsGlossary.document.${r.kind}`) })
                    : reasonText(r.code)}
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
  return (
    <>
      {flags.eligibleToPetition.active && (
        <span className="as-badge">{t('associations.flag.eligibleToPetition.on')}</span>
      )}
      {on.map((k) => (
        <span key={k} className="as-badge as-badge--warn">
          {t(`associations.flag.${k as 'operatingByLaw'}.on`)}
        </span>
      ))}
      {!flags.eligibleToPetition.active && on.length === 0 && t('associations.desk.flag.none')}
    </>
  );
}
