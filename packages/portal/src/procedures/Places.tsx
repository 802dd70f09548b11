import { SERVICE_POINT_KINDS } from '@shabaka/db/enums';
import { useTRPC } from '@shabaka/client/react';
import { EmptyState, SelectField, Spinner } from '@shabaka/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { QueryError } from '../QueryError';
import { usePageTitle, usePortal } from '../config';
import { useProceduresI18n } from './i18n';
import { type ServicePointKind } from './model';
import { PointList, PointsMapBlock } from './parts';
import { describeError } from '../errors';

/** /procedures/places — the commune's offices, counters and annexes, on the map and as a list. */
export default function PlacesScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t } = i18n;
  usePageTitle(t('procedures.places.title'));
  const listId = useId();
  const [kind, setKind] = useState<ServicePointKind | ''>('');
  const points = useQuery({
    ...trpc.servicePoints.list.queryOptions({ commune: slug, ...(kind ? { kind } : {}) }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('procedures.back')}</Link>
      </p>
      <h1>{t('procedures.places.title')}</h1>
      <p>{t('procedures.places.intro')}</p>
      <SelectField
        label={t('procedures.places.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as ServicePointKind | '')}
      >
        <option value="">{t('procedures.places.allKinds')}</option>
        {SERVICE_POINT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`procedures.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      {points.isPending ? (
        <Spinner />
      ) : points.isError ? (
        <QueryError error={points.error} retry={points.refetch} message={describeError(points.error, i18n).message} />
      ) : (
        <>
          <PointsMapBlock points={points.data} listId={listId} />
          <h2 id={listId} aria-live="polite">
            {t('procedures.places.count', { count: points.data.length })}
          </h2>
          {points.data.length === 0 ? (
            <EmptyState title={t('procedures.places.empty')} />
          ) : (
            <PointList points={points.data} labelledBy={listId} />
          )}
        </>
      )}
    </div>
  );
}
