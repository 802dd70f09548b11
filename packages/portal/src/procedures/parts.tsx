import { useTRPC } from '@shabaka/client/react';
import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { EmptyState } from '@shabaka/ui';
import { usePortal } from '../config';
import { errorCode, describeError } from '../errors';
import { QueryError } from '../QueryError';
import { LazyMap } from '../MapFallback';
import { COMMUNE_ZOOM, FALLBACK_CENTER } from '../complaints/mapConfig';
import { useProceduresI18n } from './i18n';
import { formatHours, inLang, phoneHref, type ServicePoint } from './model';

const PointsMap = lazy(() => import('./map/PointsMap'));

/** The map of some service points, centred on the commune; the list (`listId`) always follows it. */
export function PointsMapBlock({ points, listId }: { points: ServicePoint[]; listId: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = useProceduresI18n();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const center = commune.data
    ? { lat: commune.data.lat, lon: commune.data.lon }
    : commune.isError
      ? FALLBACK_CENTER
      : null;
  if (!center) return null;
  return (
    <LazyMap
      loading={t('procedures.map.loading')}
      unavailable={<p className="pr-note">{t('procedures.map.unavailable')}</p>}
    >
      <PointsMap points={points} center={center} zoom={COMMUNE_ZOOM} listId={listId} />
    </LazyMap>
  );
}

/**
 * Service points as text: name, kind, then only what staff have filled in (street address,
 * how to get there, hours in the page's language, accessibility, phone to call). A field
 * nobody filled is left out rather than said to be unknown; a seeded guess never reaches
 * this list (the API leaves it out of public points).
 */
export function PointList({
  points,
  labelledBy,
  headingLevel = 3,
}: {
  points: ServicePoint[];
  labelledBy: string;
  headingLevel?: 3 | 4;
}) {
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="pr-points" aria-labelledby={labelledBy}>
      {points.map((p) => (
        <li key={p.id} className="pr-point" data-point={p.code}>
          <Heading className="pr-point-name">{inLang(p.names, lang)}</Heading>
          <p className="pr-kind">{t(`procedures.kind.${p.kind}`)}</p>
          <dl className="pr-facts">
            <Fact term={t('procedures.point.address')}>{inLang(p.address, lang)}</Fact>
            <Fact term={t('procedures.point.directions')}>{inLang(p.directions, lang)}</Fact>
            <Fact term={t('procedures.point.hours')}>{p.hours.length > 0 && formatHours(p.hours, i18n)}</Fact>
            <Fact term={t('procedures.point.accessibility')}>{inLang(p.accessibility, lang)}</Fact>
            <Fact term={t('procedures.point.phone')}>{p.phone && <PhoneLink point={p} />}</Fact>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** A number to call: left to right in every language, dialled in its international form. */
export function PhoneLink({ point }: { point: Pick<ServicePoint, 'phone' | 'phoneE164'> }) {
  if (!point.phone) return null;
  return (
    <a href={phoneHref(point)} dir="ltr" className="pr-phone">
      <bdi>{point.phone}</bdi>
    </a>
  );
}

/** A term and its value in a <dl>; nothing when there is no value. */
export function Fact({ term, children, note }: { term: ReactNode; children: ReactNode; note?: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div className="pr-fact">
      <dt>
        {term}
        {note}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A procedure page that did not load: "no such procedure" for an unknown (or malformed) code,
 * otherwise the reason and a retry; `back` (the way out) stays above either.
 */
export function ProcedureLoadError({ back, error, retry }: { back: ReactNode; error: unknown; retry: () => unknown }) {
  const i18n = useProceduresI18n();
  const code = errorCode(error);
  return (
    <div className="shb-stack">
      {back}
      {code === 'NOT_FOUND' || code === 'BAD_REQUEST' ? (
        <EmptyState title={i18n.t('procedures.notFound')} />
      ) : (
        <QueryError error={error} retry={retry} message={describeError(error, i18n).message} />
      )}
    </div>
  );
}
