import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Spinner } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { useProceduresI18n } from '../i18n';
import { fieldLabel, inLang } from '../model';
import { Details } from '../Procedure';
import { describeError } from '../../errors';

/** /staff/procedures/:code/versions/:n — the procedure as the commune offered it then, and going back to it. */
export default function VersionScreen({ code, version }: { code: string; version: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang, formatDate, formatList } = i18n;
  const v = useQuery(trpc.procedures.version.queryOptions({ commune: slug, code, version }));
  const revert = useMutation(trpc.procedures.revert.mutationOptions());
  const [done, setDone] = useState<number | null>(null);
  const title = t('procedures.desk.versionTitle', { version });
  usePageTitle(v.data ? `${title} · ${inLang(v.data.effective.names, lang)}` : title);

  async function goBack() {
    setDone(null);
    try {
      const r = await revert.mutateAsync({ commune: slug, code, version });
      await queryClient.invalidateQueries(trpc.procedures.pathFilter());
      setDone(r.version);
    } catch {
      // Shown below from `revert.error`.
    }
  }

  return (
    <section className="shb-stack">
      <p>
        <Link href={`/${code}`}>{t('procedures.desk.back')}</Link>
      </p>
      {v.isPending ? (
        <Spinner />
      ) : v.isError ? (
        <Alert tone="error">{describeError(v.error, i18n).message}</Alert>
      ) : (
        <>
          <ScreenHeading>
            {inLang(v.data.effective.names, lang)} — {title}
          </ScreenHeading>
          <p>
            {formatDate(v.data.at, { dateStyle: 'long', timeStyle: 'short' })} ·{' '}
            {v.data.actor?.name ?? t('procedures.desk.system')} · {t(`procedures.desk.source.${v.data.source}`)}
          </p>
          {v.data.changed.length > 0 && (
            <p>
              {t('procedures.pair', {
                label: t('procedures.desk.col.changed'),
                value: formatList(v.data.changed.map((f) => fieldLabel(i18n, f))),
              })}
            </p>
          )}
          <Details p={v.data.effective} audience="staff" />
          <div aria-live="polite">
            {done !== null && (
              <Alert tone="success">{t('procedures.desk.reverted', { from: version, version: done })}</Alert>
            )}
            {revert.isError && <Alert tone="error">{describeError(revert.error, i18n).message}</Alert>}
          </div>
          <div>
            <Button onClick={goBack} disabled={revert.isPending}>
              {t('procedures.desk.revert')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
