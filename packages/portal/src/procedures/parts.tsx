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
import { inLang, type ServicePoint } from './model';

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

/** Service points as text: name, kind, address, hours, accessibility, phone. */
export function PointList({
  points,
  labelledBy,
  headingLevel = 3,
}: {
  points: ServicePoint[];
  labelledBy: string;
  headingLevel?: 3 | 4;
}) {
  const { t, lang } = useProceduresI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="pr-points" aria-labelledby={labelledBy}>
      {points.map((p) => (
        <li key={p.id} className="pr-point">
          <Heading className="pr-point-name">{inLang(p.names, lang)}</Heading>
          <p className="pr-kind">{t(`procedures.kind.${p.kind}`)}</p>
          <dl className="pr-facts">
            <Fact term={t('procedures.point.address')}>{inLang(p.address, lang)}</Fact>
            <Fact term={t('procedures.point.hours')}>{p.hoursText[lang]}</Fact>
            {/* A seeded guess is not told to citizens (someone may rely on a ramp): staff check it first. */}
            {!p.toVerify.includes('accessibility') && (
              <Fact term={t('procedures.point.accessibility')}>{inLang(p.accessibility, lang)}</Fact>
            )}
            <Fact term={t('procedures.point.phone')}>
              {p.phone && (
                <a href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`}>
                  <bdi dir="ltr">{p.phone}</bdi>
                </a>
              )}
            </Fact>
          </dl>
        </li>
      ))}
    </ul>
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
