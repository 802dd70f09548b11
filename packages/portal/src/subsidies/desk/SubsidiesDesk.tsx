import { SUBSIDY_STATES, type SubsidyState } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { ChoiceFilter, Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, useKitForm } from '../../forms/kit';
import { useSubsidiesI18n } from '../i18n';
import { inLanguage, type StaffSubsidy } from '../model';
import { EntryFacts, useMad } from '../parts';
import { ReportLine } from '../Reports';
import { GrantForm } from './GrantForm';
import { PlanForm } from './PlanForm';
import '../subsidies.css';

/** Staff's subsidies desk: record a council's subsidy, plan and sign each one, record payments, review reports. */
export default function SubsidiesDesk() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t, lang } = i18n;
  usePageTitle(t('subsidies.desk.title'));
  const [state, setState] = useState<SubsidyState | ''>('');
  const [said, setSaid] = useState('');
  const list = useQuery(trpc.subsidies.staffList.queryOptions({ commune: slug, state: state || undefined }));
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('subsidies.desk.title')}</ScreenHeading>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <ChoiceFilter
        label={t('subsidies.desk.filter')}
        any={t('subsidies.desk.all')}
        value={state}
        options={SUBSIDY_STATES.map((s) => ({ value: s, label: t(`subsidies.state.${s}`) }))}
        onChange={setState}
      />
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('subsidies.desk.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="sb-list">
            {data.map((s) => (
              <li key={s.id}>
                <details className="sb-details">
                  <summary>
                    <bdi>{inLanguage(s.project, lang)}</bdi> — <bdi>{inLanguage(s.association.names, lang)}</bdi> ·{' '}
                    {t(`subsidies.state.${s.state}`)}
                  </summary>
                  <Subsidy subsidy={s} onDone={setSaid} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <GrantForm onDone={setSaid} />
    </div>
  );
}

/** One subsidy on the desk: what the ledger says, its plan and internal references, and the next steps. */
function Subsidy({ subsidy: s, onDone }: { subsidy: StaffSubsidy; onDone: (said: string) => void }) {
  const { t, lang } = useSubsidiesI18n();
  const { can } = useMe();
  const paidAny = s.tranches.some((tr) => tr.paidOn);
  return (
    <div className="shb-stack">
      <EntryFacts entry={s} linkCall={false} />
      {s.deliverables.length > 0 && (
        <>
          <h3 className="sb-subheading">{t('subsidies.desk.deliverables')}</h3>
          <ul className="sb-lines">
            {s.deliverables.map((d, i) => (
              <li key={i}>
                <bdi>{inLanguage(d, lang)}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      {s.tranches
        .filter((tr) => tr.paymentRef)
        .map((tr) => (
          <p key={tr.n}>
            {t('subsidies.plan.tranche', { n: tr.n })} · {t('subsidies.desk.paymentRef', { ref: tr.paymentRef ?? '' })}
          </p>
        ))}
      {s.closeReason && <p>{t('subsidies.desk.closeReason', { reason: s.closeReason })}</p>}
      {s.reports.length > 0 && (
        <>
          <h3 className="sb-subheading">{t('subsidies.desk.reports')}</h3>
          <ul className="sb-list">
            {s.reports.map((r) => (
              <li key={r.id} className="shb-stack">
                <ReportLine report={r} />
                {r.state === 'filed' && <Review reportId={r.id} onDone={onDone} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {s.state === 'awarded' && <PlanForm subsidy={s} onDone={onDone} />}
      {s.state === 'awarded' && s.tranches.length > 0 && can('subsidies:sign') && <Sign subsidy={s} onDone={onDone} />}
      {s.state === 'signed' && can('subsidies:sign') && s.tranches.some((tr) => !tr.paidOn) && (
        <Pay subsidy={s} onDone={onDone} />
      )}
      {(s.state === 'awarded' || s.state === 'signed') && !paidAny && can('subsidies:sign') && (
        <Cancel subsidy={s} onDone={onDone} />
      )}
    </div>
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.subsidies.pathFilter());
}

function Sign({ subsidy, onDone }: { subsidy: StaffSubsidy; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const refresh = useRefresh();
  const [signed, setSigned] = useState<{ code: string; downloadPath: string } | null>(null);
  const sign = useMutation(
    trpc.subsidies.sign.mutationOptions({
      onSuccess: async (d) => {
        setSigned(d);
        onDone(i18n.t('subsidies.sign.done', { code: d.code }));
        await refresh();
      },
    }),
  );
  return (
    <div className="shb-stack">
      {sign.error && <Alert tone="error">{describeError(sign.error, i18n).message}</Alert>}
      <Button busy={sign.isPending} onClick={() => sign.mutate({ commune: slug, id: subsidy.id })}>
        {i18n.t('subsidies.sign.submit', { kind: subsidy.kind })}
      </Button>
      {signed && (
        <a href={signed.downloadPath} target="_blank" rel="noopener">
          {i18n.t('subsidies.sign.download')}
        </a>
      )}
    </div>
  );
}

function Pay({ subsidy, onDone }: { subsidy: StaffSubsidy; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t } = i18n;
  const mad = useMad();
  const refresh = useRefresh();
  const pay = useMutation(trpc.subsidies.pay.mutationOptions({ onSuccess: refresh }));
  const unpaid = subsidy.tranches.filter((tr) => !tr.paidOn);
  const { form, props } = useKitForm({
    defaultValues: { n: String(unpaid[0]?.n ?? 1), paidOn: '', paymentRef: '' },
    i18n,
    submit: async (v) => {
      await pay.mutateAsync({
        commune: slug,
        id: subsidy.id,
        n: Number(v.n),
        paidOn: v.paidOn,
        paymentRef: v.paymentRef,
      });
      onDone(t('subsidies.pay.done', { n: Number(v.n) }));
    },
  });
  return (
    <Card title={t('subsidies.pay.title')} headingLevel={3}>
      <KitForm {...props} busy={pay.isPending}>
        <form.AppField name="n">
          {(field) => (
            <field.SelectField label={t('subsidies.pay.n')}>
              {unpaid.map((tr) => (
                <option key={tr.n} value={tr.n}>
                  {t('subsidies.plan.tranche', { n: tr.n })} — {mad(tr.amountMad)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <form.AppField name="paidOn">
          {(field) => <field.TextField label={t('subsidies.pay.paidOn')} type="date" required />}
        </form.AppField>
        <form.AppField name="paymentRef">
          {(field) => (
            <field.TextField label={t('subsidies.pay.ref')} hint={t('subsidies.pay.refHint')} required maxLength={60} />
          )}
        </form.AppField>
        <Button type="submit" busy={pay.isPending}>
          {t('subsidies.pay.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}

function Review({ reportId, onDone }: { reportId: string; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t } = i18n;
  const refresh = useRefresh();
  const review = useMutation(trpc.subsidies.reviewReport.mutationOptions({ onSuccess: refresh }));
  const [decision, setDecision] = useState<'accept' | 'return'>('accept');
  const { form, props } = useKitForm({
    defaultValues: { note: '' },
    i18n,
    submit: async (v) => {
      const r = await review.mutateAsync({ commune: slug, reportId, decision, note: v.note || undefined });
      onDone(t('subsidies.review.done', { state: r.state }));
    },
  });
  return (
    <KitForm {...props} busy={review.isPending}>
      <form.AppField name="note">
        {(field) => <field.TextAreaField label={t('subsidies.review.note')} maxLength={500} />}
      </form.AppField>
      <div className="cx-row">
        <Button type="submit" busy={review.isPending && decision === 'accept'} onClick={() => setDecision('accept')}>
          {t('subsidies.review.accept')}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          busy={review.isPending && decision === 'return'}
          onClick={() => setDecision('return')}
        >
          {t('subsidies.review.return')}
        </Button>
      </div>
    </KitForm>
  );
}

function Cancel({ subsidy, onDone }: { subsidy: StaffSubsidy; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t } = i18n;
  const refresh = useRefresh();
  const cancel = useMutation(trpc.subsidies.cancel.mutationOptions({ onSuccess: refresh }));
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    submit: async (v) => {
      await cancel.mutateAsync({ commune: slug, id: subsidy.id, reason: v.reason });
      onDone(t('subsidies.cancel.done'));
    },
  });
  return (
    <details>
      <summary>{t('subsidies.cancel.title')}</summary>
      <KitForm {...props} busy={cancel.isPending}>
        <form.AppField name="reason">
          {(field) => <field.TextAreaField label={t('subsidies.cancel.reason')} required maxLength={500} />}
        </form.AppField>
        <Button type="submit" variant="secondary" busy={cancel.isPending}>
          {t('subsidies.cancel.submit')}
        </Button>
      </KitForm>
    </details>
  );
}
