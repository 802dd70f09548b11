import type { ComplaintStage } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useQueryClient, useSubscription, useTRPC } from '@shabaka/client/react';
import { CaseTrackForm } from '../cases/CaseTrackForm';
import { retryLookup } from '../cases/CaseTrackPage';
import { formatSecret } from '../cases/owner';
import type { CaseSpec } from '../cases/spec';
import { useComplaintsI18n } from './i18n';
import { isCode, normalizeCode } from './model';

export type Tracked = RouterOutputs['complaints']['track'];

/** The printable receipt, served at the site root (not under the portal's path); the secret proves the owner. */
export const receiptPdfHref = (code: string, secret: string | undefined) =>
  `/receipts/${encodeURIComponent(code)}.pdf${secret ? `?s=${encodeURIComponent(formatSecret(secret))}` : ''}`;

/** A complaint as the shared case screens see it; its tracking page is at the portal's root (receipts' QR codes). */
export const complaintCase: CaseSpec<Tracked> = {
  kind: 'complaint',
  normalizeCode,
  isCode,
  useTrack(code, secret, enabled) {
    const trpc = useTRPC();
    return useQuery(trpc.complaints.track.queryOptions({ code, secret }, { enabled, retry: retryLookup }));
  },
  useUpdates(code, enabled, announce) {
    const trpc = useTRPC();
    const queryClient = useQueryClient();
    const { t } = useComplaintsI18n();
    useSubscription(
      trpc.complaints.onUpdate.subscriptionOptions(
        { code },
        {
          enabled,
          onData: async (update) => {
            await queryClient.invalidateQueries(trpc.complaints.track.queryFilter({ code }));
            announce(
              t('complaints.track.live', {
                stage: t(`complaintsGlossary.stage.${update.data.stage as ComplaintStage}`),
              }),
            );
          },
        },
      ),
    );
  },
  receiptPdfHref,
  trackPath: (code) => `/track/${code}`,
};

/** "Follow a complaint": the tracking code leads to /track/<code>. */
export function TrackForm({ initial = '' }: { initial?: string }) {
  const { t } = useComplaintsI18n();
  return (
    <CaseTrackForm
      spec={complaintCase}
      className="cx-track-form"
      capitalize
      label={t('complaints.track.formLabel')}
      codeLabel={t('complaints.field.code')}
      codeHint={t('complaints.field.codeHint')}
      codeError={t('complaints.error.field.code')}
      submit={t('complaints.track.submit')}
      initialCode={initial}
    />
  );
}
