import { pacContributeInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm, useStore } from '../forms/kit';
import { usePacI18n } from './i18n';
import { inLanguage, paragraphNumber, usePacDates, type Draft } from './model';
import { ContributionItem } from './parts';
import './pac.css';

/**
 * /pac/draft — the draft plan open to comment (the latest, or `?id=`): its sections and numbered
 * paragraphs, each with its contributions and the commune's answers, and a form to contribute while
 * the window is open.
 */
export default function DraftPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const id = new URLSearchParams(useSearch()).get('id') ?? undefined;
  usePageTitle(t('pac.links.draft'));
  const draft = useQuery(trpc.pac.draft.queryOptions({ commune: slug, id }));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac">{t('pac.back')}</Link>
      </p>
      <Loaded query={draft} describe={(e) => describeError(e, i18n, { section: 'pac' }).message}>
        {(data) =>
          data ? (
            <DraftView draft={data} />
          ) : (
            <>
              <h1>{t('pac.links.draft')}</h1>
              <p>{t('pac.draft.none')}</p>
            </>
          )
        }
      </Loaded>
    </div>
  );
}

function DraftView({ draft }: { draft: Draft }) {
  const { t, lang } = usePacI18n();
  const { day } = usePacDates();
  const status =
    draft.window === 'open'
      ? t('pac.draft.open', { date: day(draft.closesOn) })
      : draft.window === 'closed'
        ? t('pac.draft.closed', { date: day(draft.closesOn) })
        : t('pac.draft.upcoming', { date: day(draft.opensOn) });
  return (
    <>
      <h1>
        <bdi>{inLanguage(draft.title, lang)}</bdi>
      </h1>
      <p>
        <strong>{status}</strong>
      </p>
      <p>{t('pac.draft.promise', { days: draft.answerDays })}</p>
      <p>
        {t('pac.draft.counts', { total: draft.counts.contributions, answered: draft.counts.answered })} ·{' '}
        <Link href="/pac/unanswered">{t('pac.links.unanswered')}</Link>
      </p>
      {draft.sections.map((s) => (
        <section key={s.section} aria-labelledby={`pac-section-${s.section}`} className="shb-stack">
          <h2 id={`pac-section-${s.section}`}>
            <bdi dir="ltr">{s.section}</bdi> <bdi>{inLanguage(s.title, lang)}</bdi>
          </h2>
          {s.paragraphs.map((p) => {
            const number = paragraphNumber(s.section, p.number);
            return (
              <Card key={p.id} title={t('pac.paragraph', { number })} headingLevel={3}>
                <div className="pac-paragraph">
                  <p className="pac-text">
                    <bdi>{inLanguage(p.text, lang)}</bdi>
                  </p>
                  <h4 className="pac-subheading">{t('pac.paragraph.contributions', { number })}</h4>
                  {p.contributions.length === 0 ? (
                    <p>{t('pac.paragraph.none')}</p>
                  ) : (
                    <ul className="pac-list">
                      {p.contributions.map((c) => (
                        <li key={c.code}>
                          <ContributionItem c={c} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {draft.window === 'open' && <Contribute paragraphId={p.id} number={number} draftId={draft.id} />}
                </div>
              </Card>
            );
          })}
        </section>
      ))}
    </>
  );
}

interface Values {
  kind: 'comment' | 'change';
  body: string;
  proposedText: string;
}
const toInput = (paragraphId: string, v: Values) => ({
  paragraphId,
  kind: v.kind,
  body: v.body,
  proposedText: v.kind === 'change' ? v.proposedText : undefined,
});

/** The comment / proposed change form of one paragraph, behind a button (a draft has many paragraphs). */
function Contribute({ paragraphId, number, draftId }: { paragraphId: string; number: string; draftId: string }) {
  const { me } = useMe();
  const { t } = usePacI18n();
  const [open, setOpen] = useState(false);
  const [receipt, setReceipt] = useState<{ code: string; dueAt: Date | string } | null>(null);
  const { at } = usePacDates();
  if (!me)
    return (
      <p>
        <Link href={`/sign-in?next=${encodeURIComponent(`/pac/draft?id=${draftId}`)}`}>{t('pac.form.signIn')}</Link>
      </p>
    );
  if (receipt)
    return <Alert tone="success">{t('pac.form.done', { code: receipt.code, date: at(receipt.dueAt) })}</Alert>;
  if (!open)
    return (
      <p>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t('pac.form.open', { number })}
        </Button>
      </p>
    );
  return (
    <ContributeForm paragraphId={paragraphId} number={number} onDone={setReceipt} onCancel={() => setOpen(false)} />
  );
}

function ContributeForm({
  paragraphId,
  number,
  onDone,
  onCancel,
}: {
  paragraphId: string;
  number: string;
  onDone: (r: { code: string; dueAt: Date | string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const contribute = useMutation(
    trpc.pac.contribute.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.pac.pathFilter()) }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: { kind: 'comment', body: '', proposedText: '' },
    i18n,
    check: schemaCheck(pacContributeInput, (v: Values) => toInput(paragraphId, v), i18n, { section: 'pac' }),
    submit: async (v) => onDone(await contribute.mutateAsync({ commune: slug, ...toInput(paragraphId, v) })),
    describe: { section: 'pac' },
  });
  const kind = useStore(form.store, (s) => s.values.kind);
  return (
    <section aria-label={t('pac.form.legend', { number })}>
      <KitForm {...props} busy={contribute.isPending}>
        <form.AppField name="kind">
          {(field) => (
            <field.RadioField
              legend={t('pac.form.kind')}
              inline
              choices={[
                { value: 'comment', label: t('pac.kind.comment') },
                { value: 'change', label: t('pac.kind.change') },
              ]}
            />
          )}
        </form.AppField>
        <form.AppField name="body">
          {(field) => (
            <field.TextAreaField label={t('pac.form.body')} hint={t('pac.form.bodyHint')} required maxLength={4000} />
          )}
        </form.AppField>
        {kind === 'change' && (
          <form.AppField name="proposedText">
            {(field) => <field.TextAreaField label={t('pac.form.proposed')} required maxLength={4000} />}
          </form.AppField>
        )}
        <div className="shb-row">
          <Button type="submit" busy={contribute.isPending}>
            {t('pac.form.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('pac.form.cancel')}
          </Button>
        </div>
      </KitForm>
    </section>
  );
}
