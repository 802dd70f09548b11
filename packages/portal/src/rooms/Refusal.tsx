import { Alert } from '@shabaka/ui';
import { describeError } from '../errors';
import { useRoomsI18n } from './i18n';
import { clashOf } from './model';

/** A refused request or decision: the clash named (title and times) when it is one, else the reason's text. */
export function Refusal({ error }: { error: unknown }) {
  const i18n = useRoomsI18n();
  const { t, formatDate } = i18n;
  if (!error) return null;
  const clash = clashOf(error);
  const when = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Alert tone="error">
      {clash
        ? t('rooms.request.clash', { title: clash.title, from: when(clash.startsAt), to: when(clash.endsAt) })
        : describeError(error, i18n).message}
    </Alert>
  );
}
