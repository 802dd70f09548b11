import {
  instanceAnswerInput as answerInput,
  instanceObservationAnswerInput as observationAnswerInput,
  instanceProgressInput as progressInput,
} from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { CaseQueue, type Filters, type QueuePageInput } from '../../cases/CaseQueue';
import { CaseTimeline } from '../../cases/CaseTimeline';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { CheckField, LinkNav, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { RecommendationCard } from '../InstancePage';
import { useInstancesI18n } from '../i18n';
import { inLang } from '../model';
import '../instances.css';

type RecItem = RouterOutputs['instances']['desk']['recommendations']['items'][number];
type ObsItem = RouterOutputs['instances']['desk']['observations']['items'][number];

const FILTERS = { open: 'flag', overdue: 'flag' } as const;

/** The desk's two lists: recommendations addressed to the commune, the committee's observations on it. */
function DeskNav() {
  const { t } = useInstancesI18n();
  const [location] = useLocation();
  return (
    <LinkNav
      label={t('instances.desk.tab')}
      className="inst-desk-links"
      items={[
        { href: '/instances', label: t('instances.desk.recs.link') },
        { href: '/instances/observations', label: t('instances.desk.obs.link') },
      ].map((i) => ({ ...i, active: location === i.href }))}
    />
  );
}

function useQueueTexts(title: string) {
  const { t } = useInstancesI18n();
  return {
    title,
    pageTitle: title,
    filters: t('instances.desk.filters'),
    search: { label: t('instances.desk.search'), submit: t('instances.desk.searchSubmit') },
    total: (count: number) => t('instances.desk.total', { count }),
    empty: t('instances.desk.empty'),
    caption: (range: { from: string; to: string; total: string }) => t('instances.desk.caption', range),
    pages: t('instances.desk.pages'),
    previous: t('instances.desk.previous'),
    next: t('instances.desk.next'),
  };
}

function filtersInput(f: Filters<typeof FILTERS>, page: QueuePageInput) {
  return {
    ...page,
    ...(f.open ? { open: true } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

function QueueChecks({
  filters,
  update,
}: {
  filters: Filters<typeof FILTERS>;
  update: (c: Partial<Filters<typeof FILTERS>>) => void;
}) {
  const { t } = useInstancesI18n();
  return (
    <div className="desk-filter-checks">
      <CheckField
        label={t('instances.desk.open')}
        checked={filters.open}
        onChange={(e) => update({ open: e.target.checked })}
      />
      <CheckField
        label={t('instances.desk.overdue')}
        checked={filters.overdue}
        onChange={(e) => update({ overdue: e.target.checked })}
      />
    </div>
  );
}

function DueDate({ at }: { at: Date | string | null }) {
  const { formatDate } = useInstancesI18n();
  return at ? <time dateTime={new Date(at).toISOString()}>{formatDate(at, { dateStyle: 'medium' })}</time> : null;
}

function useRecommendationsPage(f: Filters<typeof FILTERS>, page: QueuePageInput) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.instances.desk.recommendations.queryOptions(filtersInput(f, page)),
    placeholderData: keepPreviousData,
  });
}

function useObservationsPage(f: Filters<typeof FILTERS>, page: QueuePageInput) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.instances.desk.observations.queryOptions(filtersInput(f, page)),
    placeholderData: keepPreviousData,
  });
}

/** /staff/instances — the recommendations addressed to this commune (the kernel's queue). */
export function RecommendationsQueue() {
  const i18n = useInstancesI18n();
  const { t, lang } = i18n;
  return (
    <div className="shb-stack">
      <DeskNav />
      <CaseQueue
        name="instances"
        path="/instances"
        spec={FILTERS}
        useItems={useRecommendationsPage}
        describe={(e) => describeError(e, i18n, { section: 'instances' }).message}
        texts={useQueueTexts(t('instances.desk.recs.title'))}
        filterFields={(c) => <QueueChecks {...c} />}
        columns={[
          t('instances.desk.col.code'),
          t('instances.desk.col.title'),
          t('instances.desk.col.state'),
          t('instances.desk.col.due'),
        ]}
        detailPath={(r: RecItem) => `/instances/r/${r.id}`}
        row={(r: RecItem) => (
          <>
            <td>{inLang(r.title, lang)}</td>
            <td>{t(`instances.state.${r.state}`)}</td>
            <td>{r.state === 'adopted' && <DueDate at={r.answerDueAt} />}</td>
          </>
        )}
      />
    </div>
  );
}

/** /staff/instances/observations — the network committee's observations on this commune. */
export function ObservationsQueue() {
  const i18n = useInstancesI18n();
  const { t, lang } = i18n;
  return (
    <div className="shb-stack">
      <DeskNav />
      <CaseQueue
        name="instances-observations"
        path="/instances/observations"
        spec={FILTERS}
        useItems={useObservationsPage}
        describe={(e) => describeError(e, i18n, { section: 'instances' }).message}
        texts={useQueueTexts(t('instances.desk.obs.title'))}
        filterFields={(c) => <QueueChecks {...c} />}
        columns={[
          t('instances.desk.col.code'),
          t('instances.desk.col.title'),
          t('instances.desk.col.state'),
          t('instances.desk.col.due'),
        ]}
        detailPath={(o: ObsItem) => `/instances/o/${o.id}`}
        row={(o: ObsItem) => (
          <>
            <td>{inLang(o.title, lang)}</td>
            <td>{t(`instances.obsState.${o.state}`)}</td>
            <td>{o.state === 'open' && <DueDate at={o.answerDueAt} />}</td>
          </>
        )}
      />
    </div>
  );
}

/** A short text form of the desk, checked with the procedure's own schema and refused under the box it names. */
function DeskForm<V extends Record<string, string>>({
  legend,
  fields,
  defaults,
  schema,
  toInput,
  send,
  done,
  submit,
  onDone,
}: {
  legend: string;
  fields: (form: ReturnType<typeof useKitForm<V>>['form']) => React.ReactNode;
  defaults: V;
  schema: Parameters<typeof schemaCheck>[0];
  toInput: (v: V) => unknown;
  send: (input: never) => Promise<unknown>;
  done: string;
  submit: string;
  /** Said by the screen instead (an answer moves the case on, and this form goes away with its state). */
  onDone?: (said: string) => void;
}) {
  const i18n = useInstancesI18n();
  const [said, setSaid] = useState('');
  const { form, props } = useKitForm<V>({
    defaultValues: defaults,
    i18n,
    check: schemaCheck(schema, toInput, i18n, { section: 'instances', router: 'instances' }),
    describe: { section: 'instances' },
    submit: async (v) => {
      setSaid('');
      await send(toInput(v) as never);
      if (onDone) onDone(done);
      else setSaid(done);
      form.reset();
    },
  });
  return (
    <fieldset className="shb-stack">
      <legend>{legend}</legend>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <KitForm {...props}>
        {fields(form)}
        <Button type="submit">{submit}</Button>
      </KitForm>
    </fieldset>
  );
}

const ENTRY_KINDS = ['adopted', 'answered', 'progress', 'closed'] as const;

/** /staff/instances/r/:id — one recommendation: its text, its timeline, and the answer or progress forms. */
export function RecommendationScreen({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useInstancesI18n();
  const { t } = i18n;
  usePageTitle(t('instances.desk.recs.title'));
  const rec = useQuery(trpc.instances.desk.recommendation.queryOptions({ commune: slug, id }));
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.instances.pathFilter());
  };
  const answer = useMutation(trpc.instances.desk.answer.mutationOptions({ onSuccess: refresh }));
  const progress = useMutation(trpc.instances.desk.progress.mutationOptions({ onSuccess: refresh }));
  const [said, setSaid] = useState('');
  return (
    <div className="shb-stack">
      <p>
        <Link href="/instances">{t('instances.desk.back')}</Link>
      </p>
      <ScreenHeading>{t('instances.desk.recs.title')}</ScreenHeading>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Loaded query={rec} describe={(e) => describeError(e, i18n, { section: 'instances' }).message}>
        {(r) => (
          <>
            <RecommendationCard r={r} />
            {r.state === 'adopted' && (
              <DeskForm
                legend={t('instances.desk.answer.legend')}
                defaults={{ answer: '', reasons: '' }}
                schema={answerInput}
                toInput={(v) => ({ id: r.id, answer: v.answer || undefined, reasons: v.reasons })}
                send={(input) => answer.mutateAsync({ commune: slug, ...(input as object) } as never)}
                done={t('instances.desk.answer.done')}
                onDone={setSaid}
                submit={t('instances.desk.answer.submit')}
                fields={(form) => (
                  <>
                    <form.AppField name="answer">
                      {(field) => (
                        <field.RadioField
                          legend={t('instances.desk.answer.choice')}
                          choices={(['accepted', 'partially', 'rejected'] as const).map((a) => ({
                            value: a,
                            label: t(`instances.answer.${a}`),
                          }))}
                        />
                      )}
                    </form.AppField>
                    <form.AppField name="reasons">
                      {(field) => (
                        <field.TextAreaField
                          label={t('instances.desk.answer.reasons')}
                          hint={t('instances.desk.answer.reasonsHint')}
                          maxLength={8000}
                        />
                      )}
                    </form.AppField>
                  </>
                )}
              />
            )}
            {(r.state === 'answered' || r.state === 'in_progress') && r.answer !== 'rejected' && (
              <DeskForm
                legend={t('instances.desk.progress.legend')}
                defaults={{ percent: '', text: '' }}
                schema={progressInput}
                toInput={(v) => ({ id: r.id, percent: v.percent === '' ? NaN : Number(v.percent), text: v.text })}
                send={(input) => progress.mutateAsync({ commune: slug, ...(input as object) } as never)}
                done={t('instances.desk.progress.done')}
                onDone={setSaid}
                submit={t('instances.desk.progress.submit')}
                fields={(form) => (
                  <>
                    <form.AppField name="percent">
                      {(field) => (
                        <field.TextField label={t('instances.desk.progress.percent')} inputMode="numeric" required />
                      )}
                    </form.AppField>
                    <form.AppField name="text">
                      {(field) => (
                        <field.TextAreaField label={t('instances.desk.progress.text')} required maxLength={4000} />
                      )}
                    </form.AppField>
                  </>
                )}
              />
            )}
            <CaseTimeline
              title={t('instances.desk.timeline')}
              headingLevel={2}
              events={r.timeline.map((e, n) => ({
                key: n,
                at: e.at,
                text: t(
                  `instances.desk.entry.${(ENTRY_KINDS as readonly string[]).includes(e.kind) ? (e.kind as (typeof ENTRY_KINDS)[number]) : 'other'}`,
                ),
                note: e.publicNote,
              }))}
            />
          </>
        )}
      </Loaded>
    </div>
  );
}

/** /staff/instances/o/:id — one observation of the committee and the commune's answer. */
export function ObservationScreen({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useInstancesI18n();
  const { t, lang } = i18n;
  usePageTitle(t('instances.desk.obs.title'));
  // The queue holds every field the screen shows; one page is at most a hundred.
  const list = useQuery(trpc.instances.desk.observations.queryOptions({ commune: slug, limit: 100 }));
  const [said, setSaid] = useState('');
  const answer = useMutation(
    trpc.instances.desk.answerObservation.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.instances.pathFilter());
      },
    }),
  );
  return (
    <div className="shb-stack">
      <p>
        <Link href="/instances/observations">{t('instances.desk.back')}</Link>
      </p>
      <ScreenHeading>{t('instances.desk.obs.title')}</ScreenHeading>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'instances' }).message}>
        {(data) => {
          const o = data.items.find((x) => x.id === id);
          if (!o) return <Alert tone="error">{t('instances.error.reason.unknown_observation')}</Alert>;
          return (
            <>
              <Card title={`${o.code} — ${inLang(o.title, lang)}`} headingLevel={2}>
                <p className="inst-meta">{t(`instances.obsState.${o.state}`)}</p>
                {o.indicator && <p>{t('instances.desk.indicator', { indicator: o.indicator })}</p>}
                <p className="inst-text">{inLang(o.body, lang)}</p>
                {o.answer && (
                  <div className="inst-answer">
                    <h3>{t('instances.observations.answer')}</h3>
                    <p className="inst-text" dir="auto">
                      {o.answer}
                    </p>
                  </div>
                )}
              </Card>
              {o.state === 'open' && (
                <DeskForm
                  legend={t('instances.desk.obsAnswer.legend')}
                  defaults={{ text: '' }}
                  schema={observationAnswerInput}
                  toInput={(v) => ({ id: o.id, text: v.text })}
                  send={(input) => answer.mutateAsync({ commune: slug, ...(input as object) } as never)}
                  done={t('instances.desk.obsAnswer.done')}
                  onDone={setSaid}
                  submit={t('instances.desk.obsAnswer.submit')}
                  fields={(form) => (
                    <form.AppField name="text">
                      {(field) => (
                        <field.TextAreaField label={t('instances.desk.obsAnswer.text')} required maxLength={8000} />
                      )}
                    </form.AppField>
                  )}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

export default RecommendationsQueue;
