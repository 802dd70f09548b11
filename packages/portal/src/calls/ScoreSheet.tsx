import { callConflictInput, callScoreInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { useCallsI18n } from './i18n';
import { inLanguage, saveFile, useMad, type Sheet, type SheetDossier } from './model';
import './calls.css';

/**
 * /calls/:id/committee — a committee member's sheet: each admissible dossier with its documents, the
 * member's own marks per criterion, and the declaration of a conflict of interest (which ends their
 * scoring of that dossier). Other members' marks are never shown here.
 */
export default function ScoreSheet({ params }: { params: { id: string } }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang } = i18n;
  const sheet = useQuery(trpc.calls.dossiers.queryOptions({ commune: slug, callId: params.id }));
  usePageTitle(t('calls.committee.title'));
  return (
    <div className="shb-stack">
      <Link href="/account">{t('calls.committee.back')}</Link>
      <h1>{t('calls.committee.title')}</h1>
      <Loaded query={sheet} describe={(e) => describeError(e, i18n, { section: 'calls' }).message}>
        {(s) => (
          <>
            <p>
              <bdi>{inLanguage(s.call.title, lang)}</bdi>
            </p>
            <p>{t('calls.committee.intro', { scale: s.call.scale })}</p>
            {s.dossiers.length === 0 ? (
              <p>{t('calls.committee.empty')}</p>
            ) : (
              <ul className="cl-list">
                {s.dossiers.map((d) => (
                  <li key={d.id}>
                    <Dossier sheet={s} dossier={d} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </div>
  );
}

function Dossier({ sheet, dossier: d }: { sheet: Sheet; dossier: SheetDossier }) {
  const { t, lang, formatNumber } = useCallsI18n();
  const mad = useMad();
  const open = sheet.call.state === 'open' && d.state === 'admissible';
  return (
    <Card title={<bdi>{inLanguage(d.project, lang)}</bdi>} headingLevel={2}>
      <p>
        <bdi>{inLanguage(d.association.names, lang)}</bdi> · <bdi dir="ltr">{d.code}</bdi> ·{' '}
        {t('calls.committee.asked', { amount: mad(d.requestedMad) })}
      </p>
      <p className="cl-summary">
        <bdi>{d.summary}</bdi>
      </p>
      <Documents applicationId={d.id} />
      {d.conflict ? (
        <p role="note">{t('calls.committee.conflicted', { note: d.conflict.note })}</p>
      ) : (
        <>
          {d.myMarks && <p>{t('calls.committee.myTotal', { total: formatNumber(d.myMarks.total) })}</p>}
          {open && <MarksForm sheet={sheet} dossier={d} />}
          {open && <ConflictForm dossier={d} />}
        </>
      )}
    </Card>
  );
}

/** The dossier's documents, fetched when asked (they are only for staff, the association and the committee). */
function Documents({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { t, lang } = useCallsI18n();
  const dossier = useQuery(trpc.calls.application.queryOptions({ commune: slug, id: applicationId }));
  const [busy, setBusy] = useState<string | null>(null);
  const docs = dossier.data?.documents ?? [];
  if (docs.length === 0) return null;
  const label = (item: string) => {
    const x = dossier.data?.call.checklist.find((c) => c.key === item);
    return x ? inLanguage(x.label, lang) : item;
  };
  const get = async (item: string) => {
    setBusy(item);
    try {
      const f = await queryClient.fetchQuery(trpc.calls.document.queryOptions({ commune: slug, applicationId, item }));
      saveFile(f, item);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="cl-row">
      {docs.map((d) => (
        <Button key={d.item} variant="secondary" busy={busy === d.item} onClick={() => void get(d.item)}>
          {t('calls.committee.document', { name: label(d.item) })}
        </Button>
      ))}
    </div>
  );
}

type Marks = Record<string, string>;

function MarksForm({ sheet, dossier: d }: { sheet: Sheet; dossier: SheetDossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang, formatNumber } = i18n;
  const [said, setSaid] = useState('');
  const score = useMutation(
    trpc.calls.score.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()) }),
  );
  const toInput = (v: { marks: Marks; comment: string }) => ({
    applicationId: d.id,
    marks: Object.fromEntries(Object.entries(v.marks).map(([k, m]) => [k, m.trim() === '' ? NaN : Number(m)] as const)),
    comment: v.comment.trim() || undefined,
  });
  const { form, props } = useKitForm({
    defaultValues: {
      marks: Object.fromEntries(
        sheet.call.criteria.map((c) => [c.key, d.myMarks ? String(d.myMarks.marks[c.key] ?? '') : '']),
      ) as Marks,
      comment: d.myMarks?.comment ?? '',
    },
    i18n,
    check: schemaCheck(callScoreInput, toInput, i18n, { section: 'calls' }),
    submit: async (v) => {
      setSaid('');
      const r = await score.mutateAsync({ commune: slug, ...toInput(v) });
      setSaid(t('calls.committee.saved', { total: formatNumber(r.total) }));
    },
    describe: { section: 'calls' },
  });
  return (
    <KitForm {...props} busy={score.isPending}>
      <h3 className="cl-subheading">{t('calls.committee.marks')}</h3>
      <div className="cl-row">
        {sheet.call.criteria.map((c) => (
          <form.AppField key={c.key} name={`marks.${c.key}`}>
            {(field) => (
              <field.TextField
                label={t('calls.committee.mark', {
                  criterion: inLanguage(c.label, lang),
                  weight: formatNumber(c.weight),
                  scale: sheet.call.scale,
                })}
                inputMode="numeric"
                required
              />
            )}
          </form.AppField>
        ))}
      </div>
      <form.AppField name="comment">
        {(field) => <field.TextAreaField label={t('calls.committee.comment')} maxLength={1000} />}
      </form.AppField>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Button type="submit" busy={score.isPending}>
        {t('calls.committee.save')}
      </Button>
    </KitForm>
  );
}

/** Declares a conflict of interest on the dossier: from then on the member does not score it. */
function ConflictForm({ dossier: d }: { dossier: SheetDossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t } = i18n;
  const declare = useMutation(
    trpc.calls.declareConflict.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()),
    }),
  );
  const toInput = (v: { note: string }) => ({ applicationId: d.id, note: v.note });
  const { form, props } = useKitForm({
    defaultValues: { note: '' },
    i18n,
    check: schemaCheck(callConflictInput, toInput, i18n, { section: 'calls' }),
    submit: (v) => declare.mutateAsync({ commune: slug, ...toInput(v) }),
    describe: { section: 'calls' },
  });
  return (
    <details>
      <summary>{t('calls.committee.conflict')}</summary>
      <KitForm {...props} busy={declare.isPending}>
        <p>{t('calls.committee.conflictHint')}</p>
        <form.AppField name="note">
          {(field) => <field.TextAreaField label={t('calls.committee.conflictNote')} required maxLength={500} />}
        </form.AppField>
        <Button type="submit" variant="secondary" busy={declare.isPending}>
          {t('calls.committee.declare')}
        </Button>
      </KitForm>
    </details>
  );
}
