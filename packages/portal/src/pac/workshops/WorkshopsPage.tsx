import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { usePacI18n } from '../i18n';
import { inLanguage } from '../model';
import { whenText, type WorkshopItem } from './model';
import '../pac.css';
import './workshops.css';

/** /pac/workshops — the PAC's workshops and meetings: those to come (with places left), then those held or cancelled. */
export default function WorkshopsPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  usePageTitle(t('pacWorkshops.title'));
  const list = useQuery(trpc.pac.workshops.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac">{t('pac.back')}</Link>
      </p>
      <h1>{t('pacWorkshops.title')}</h1>
      <p>{t('pacWorkshops.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}
        empty={t('pacWorkshops.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(items) => {
          const upcoming = items.filter((w) => w.registrationOpen).reverse();
          const past = items.filter((w) => !w.registrationOpen);
          return (
            <>
              {upcoming.length > 0 && (
                <section aria-labelledby="pw-upcoming" className="shb-stack">
                  <h2 id="pw-upcoming">{t('pacWorkshops.upcoming')}</h2>
                  <ul className="pac-list">
                    {upcoming.map((w) => (
                      <li key={w.id}>
                        <Item w={w} />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {past.length > 0 && (
                <section aria-labelledby="pw-past" className="shb-stack">
                  <h2 id="pw-past">{t('pacWorkshops.past')}</h2>
                  <ul className="pac-list">
                    {past.map((w) => (
                      <li key={w.id}>
                        <Item w={w} />
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

/** One workshop's card: its kind, topic, time and place, then its places left, cancellation or attendance. */
export function Item({ w }: { w: WorkshopItem }) {
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  return (
    <Card
      title={
        <Link href={`/pac/workshops/${w.id}`}>
          <bdi>{inLanguage(w.title, lang)}</bdi>
        </Link>
      }
      headingLevel={3}
    >
      <p className="pw-meta">
        {t(`pacWorkshops.kind.${w.kind}`)} · <bdi>{inLanguage(w.topic, lang)}</bdi>
      </p>
      <p className="pw-meta">{whenText(i18n, w)}</p>
      <p className="pw-meta">
        <bdi>{inLanguage(w.place, lang)}</bdi>
      </p>
      {w.status === 'cancelled' ? (
        <p className="pw-meta">
          <strong>{t('pacWorkshops.cancelled', { reason: w.cancelReason ?? '' })}</strong>
        </p>
      ) : w.registrationOpen ? (
        <p className="pw-meta">{t('pacWorkshops.placesLeft', { n: w.placesLeft, capacity: w.capacity })}</p>
      ) : (
        w.attendance && (
          <p className="pw-meta">
            {w.attendance.womenShare !== null && t('pacWorkshops.attendance.share', { share: w.attendance.womenShare })}{' '}
            · {t('pacWorkshops.contributions.heading', { n: w.contributions })}
          </p>
        )
      )}
    </Card>
  );
}
