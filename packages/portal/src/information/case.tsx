import type { InformationRequestState } from '@shabaka/db/enums';
import { useQuery, useQueryClient, useSubscription, useTRPC } from '@shabaka/client/react';
import { CaseTrackForm } from '../cases/CaseTrackForm';
import { retryLookup } from '../cases/CaseTrackPage';
import type { CaseSpec } from '../cases/spec';
import { useInformationI18n } from './i18n';
import { isCode, normalizeCode, receiptPdfHref, type Tracked } from './model';

/** An information request as the shared case screens see it (routes relative to /information). */
export const informationCase: CaseSpec<Tracked> = {
  kind: 'information',
  normalizeCode,
  isCode,
  useTrack(code, secret, enabled) {
    const trpc = useTRPC();
    return useQuery(trpc.informationRequests.track.queryOptions({ code, secret }, { enabled, retry: retryLookup }));
  },
  useUpdates(code, enabled, announce) {
    const trpc = useTRPC();
    const queryClient = useQueryClient();
    const { t } = useInformationI18n();
    useSubscription(
      trpc.informationRequests.onUpdate.subscriptionOptions(
        { code },
        {
          enabled,
          onData: async (update) => {
            await queryClient.invalidateQueries(trpc.informationRequests.track.queryFilter({ code }));
            announce(
              update.data.state
                ? t('information.track.live', {
                    state: t(`information.state.${update.data.state as InformationRequestState}`),
                  })
                : '',
            );
          },
        },
      ),
    );
  },
  receiptPdfHref,
  trackPath: (code) => `/track/${code}`,
};

/** "Follow a request": code (and, to see the texts, the receipt's secret) → its tracking page. */
export function TrackForm({
  initialCode = '',
  onTracked,
}: {
  initialCode?: string;
  onTracked?: (code: string, secret: string) => boolean;
}) {
  const { t } = useInformationI18n();
  return (
    <CaseTrackForm
      spec={informationCase}
      secret
      label={t('information.track.formLabel')}
      codeLabel={t('information.field.code')}
      codeHint={t('information.field.codeHint')}
      codeError={t('information.error.field.code')}
      submit={t('information.track.submit')}
      initialCode={initialCode}
      onTracked={onTracked}
    />
  );
}
