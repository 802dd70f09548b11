import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { lazy, useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { LazyMap } from '../../MapFallback';
import { usePacI18n } from '../i18n';
import { inLanguage } from '../model';
import { bandLabel, whenText, type Workshop } from './model';
import '../pac.css';
import './workshops.css';

const PlaceMap = lazy(() => import('./PlaceMap'));

/**
 * /pac/workshops/:id — one workshop: agenda, place and map, registration (a count, never names), then once held the
 * attendance by sex and age, the organisations present, the paper contributions without authors and the signed minutes.
 */
export default function WorkshopPage({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const workshop = useQuery(trpc.pac.workshops.detail.queryOptions({ commune: slug, id }));
  usePageTitle(workshop.data ? inLanguage(workshop.data.title, lang) : t('pacWorkshops.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac/workshops">{t('pacWorkshops.back')}</Link>
      </p>
      <Loaded query={workshop} describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}>
        {(w) => <Shown w={w} />}
      </Loaded>
    </div>
  );
}

function Shown({ w }: { w: Workshop }) {
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const place = inLanguage(w.place, lang);
  return (
    <>
      <h1>
        <bdi>{inLanguage(w.title, lang)}</bdi>
      </h1>
      <p className="pw-meta">
        {t(`pacWorkshops.kind.${w.kind}`)} · <bdi>{inLanguage(w.topic, lang)}</bdi>
      </p>
      <p className="pw-meta">{whenText(i18n, w)}</p>
      {w.status === 'cancelled' && (
        <Alert tone="warning">{t('pacWorkshops.cancelled', { reason: w.cancelReason ?? '' })}</Alert>
      )}
      <section aria-labelledby="pw-agenda" className="shb-stack">
        <h2 id="pw-agenda">{t('pacWorkshops.agenda')}</h2>
        <ol>
          {w.agenda.map((item, i) => (
            <li key={i}>
              <bdi>{inLanguage(item, lang)}</bdi>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="pw-where" className="shb-stack">
        <h2 id="pw-where">{t('pacWorkshops.where')}</h2>
        <p className="pw-meta">
          <strong>
            <bdi>{place}</bdi>
          </strong>
          {' — '}
          <bdi>{inLanguage(w.address, lang)}</bdi>
        </p>
        {w.position && (
          <>
            <LazyMap loading={t('pacWorkshops.map.loading')} unavailable={<p>{t('pacWorkshops.map.unavailable')}</p>}>
              <PlaceMap lat={w.position.lat} lon={w.position.lon} label={place} />
            </LazyMap>
            <p className="pw-meta">
              <a
                href={`https://www.openstreetmap.org/?mlat=${w.position.lat}&mlon=${w.position.lon}#map=17/${w.position.lat}/${w.position.lon}`}
              >
                {t('pacWorkshops.map.link')}
              </a>{' '}
              <bdi dir="ltr">
                {w.position.lat}, {w.position.lon}
              </bdi>
            </p>
          </>
        )}
      </section>
      {w.status !== 'cancelled' && <Registration w={w} />}
      {w.held && <Held w={w} />}
    </>
  );
}

/** Register once, or cancel one's own registration; the page says how many, never who. */
function Registration({ w }: { w: Workshop }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [said, setSaid] = useState<string | null>(null);
  const mine = useQuery({ ...trpc.pac.workshops.mine.queryOptions({ commune: slug }), enabled: !!me });
  const registered = mine.data?.includes(w.id) ?? false;
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.pac.workshops.pathFilter());
  };
  const register = useMutation(trpc.pac.workshops.register.mutationOptions({ onSuccess }));
  const unregister = useMutation(trpc.pac.workshops.unregister.mutationOptions({ onSuccess }));
  const failed = register.error ?? unregister.error;
  return (
    <section aria-labelledby="pw-register" className="shb-stack">
      <h2 id="pw-register">{t('pacWorkshops.register.heading')}</h2>
      <p>{t('pacWorkshops.register.count', { n: w.registered, capacity: w.capacity })}</p>
      <div role="status">
        {said && <Alert tone="success">{said}</Alert>}
        {failed && <Alert tone="error">{describeError(failed, i18n, { section: 'pacWorkshops' }).message}</Alert>}
      </div>
      {!w.registrationOpen ? (
        <p>{t('pacWorkshops.register.closed')}</p>
      ) : !me ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/pac/workshops/${w.id}`)}`}>
            {t('pacWorkshops.register.signIn')}
          </Link>
        </p>
      ) : registered ? (
        <>
          <p>{t('pacWorkshops.register.mine')}</p>
          <Button
            variant="secondary"
            busy={unregister.isPending}
            onClick={() =>
              unregister.mutate(
                { commune: slug, id: w.id },
                { onSuccess: () => setSaid(t('pacWorkshops.register.undone')) },
              )
            }
          >
            {t('pacWorkshops.register.cancel')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('pacWorkshops.placesLeft', { n: w.placesLeft, capacity: w.capacity })}</p>
          {w.placesLeft > 0 && (
            <Button
              busy={register.isPending}
              onClick={() =>
                register.mutate(
                  { commune: slug, id: w.id },
                  { onSuccess: () => setSaid(t('pacWorkshops.register.done')) },
                )
              }
            >
              {t('pacWorkshops.register.submit')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function Held({ w }: { w: Workshop }) {
  const i18n = usePacI18n();
  const { t, formatNumber } = i18n;
  const a = w.attendance;
  return (
    <>
      <section aria-labelledby="pw-attendance" className="shb-stack">
        <h2 id="pw-attendance">{t('pacWorkshops.attendance.heading')}</h2>
        {!a ? (
          <p>{t('pacWorkshops.attendance.none')}</p>
        ) : (
          <>
            {a.womenShare !== null && <p>{t('pacWorkshops.attendance.share', { share: a.womenShare })}</p>}
            <DataTable
              caption={t('pacWorkshops.attendance.caption')}
              columns={[
                t('pacWorkshops.attendance.age'),
                t('pacWorkshops.attendance.women'),
                t('pacWorkshops.attendance.men'),
                t('pacWorkshops.attendance.total'),
              ]}
            >
              {a.counts.map((c) => (
                <tr key={c.band}>
                  <th scope="row">{bandLabel(t, c)}</th>
                  <td>{formatNumber(c.women)}</td>
                  <td>{formatNumber(c.men)}</td>
                  <td>{formatNumber(c.women + c.men)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('pacWorkshops.attendance.all')}</th>
                <td>{formatNumber(a.women)}</td>
                <td>{formatNumber(a.men)}</td>
                <td>{formatNumber(a.total)}</td>
              </tr>
            </DataTable>
          </>
        )}
      </section>
      <section aria-labelledby="pw-organisations" className="shb-stack">
        <h2 id="pw-organisations">{t('pacWorkshops.organisations.heading')}</h2>
        {w.organisations.length === 0 ? (
          <p>{t('pacWorkshops.organisations.none')}</p>
        ) : (
          <ul>
            {w.organisations.map((o, i) => (
              <li key={i}>
                {o.associationId ? (
                  <Link href={`/associations/${o.associationId}`}>
                    <bdi>{o.name}</bdi>
                  </Link>
                ) : (
                  <bdi>{o.name}</bdi>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pw-contributions" className="shb-stack">
        <h2 id="pw-contributions">{t('pacWorkshops.contributions.heading', { n: w.contributions })}</h2>
        <p>{t('pacWorkshops.contributions.intro')}</p>
        {w.contributionLines.length === 0 ? (
          <p>{t('pacWorkshops.contributions.none')}</p>
        ) : (
          <ul className="pac-list">
            {w.contributionLines.map((l) => (
              <li key={l.id} className="pac-contribution">
                <p className="pac-text">
                  <bdi>{l.body}</bdi>
                </p>
                {l.theme && <p>{t('pacWorkshops.contributions.theme', { theme: l.theme })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pw-minutes" className="shb-stack">
        <h2 id="pw-minutes">{t('pacWorkshops.minutes.heading')}</h2>
        {!w.minutes ? (
          <p>{t('pacWorkshops.minutes.none')}</p>
        ) : (
          <>
            <p className="pac-text">
              <bdi>{w.minutes.text}</bdi>
            </p>
            <ul>
              <li>
                <a href={w.minutes.document.downloadPath}>{t('pacWorkshops.minutes.pdf')}</a>
              </li>
              <li>
                <a href={w.minutes.document.verifyPath}>
                  {t('pacWorkshops.minutes.verify', { code: w.minutes.document.code })}
                </a>
              </li>
            </ul>
          </>
        )}
      </section>
    </>
  );
}
