import { pacAnswerInput, PAC_ANSWERS } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { LinkNav, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { usePacI18n } from '../i18n';
import { inLanguage, type QueueItem } from '../model';
import { ContributionItem } from '../parts';
import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation, useSearch } from 'wouter';
import '../pac.css';

const PlanScreen = lazy(() => import('./PlanForm'));
const DraftScreen = lazy(() => import('./DraftForm'));
const WorkshopsDesk = lazy(() => import('../workshops/desk/WorkshopsDesk'));
const ConsultationsDesk = lazy(() => import('../workshops/desk/ConsultationsDesk'));

/** The desk's section: the contributions to answer, the plan and its phases, the draft plan. */
export default function PacDesk() {
  const { t } = usePacI18n();
  const [location] = useLocation();
  const items = [
    { href: '/', label: t('pac.desk.tab.queue') },
    { href: '/plan', label: t('pac.desk.tab.plan') },
    { href: '/draft', label: t('pac.desk.tab.draft') },
    { href: '/workshops', label: t('pacWorkshops.desk.tab.workshops') },
    { href: '/consultations', label: t('pacWorkshops.desk.tab.consultations') },
  ].map((i) => ({ ...i, active: i.href === '/' ? location === '/' : location.startsWith(i.href) }));
  return (
    <div className="shb-stack">
      <LinkNav label={t('pac.desk.nav')} className="pac-nav" items={items} />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/plan" component={PlanScreen} />
          <Route path="/draft" component={DraftScreen} />
          <Route path="/workshops" nest component={WorkshopsDesk} />
          <Route path="/consultations" nest component={ConsultationsDesk} />
          <Route component={QueueScreen} />
        </Switch>
      </Suspense>
    </div>
  );
}

const FILTERS = ['open', 'overdue', 'dueSoon', 'all'] as const;
type Filter = (typeof FILTERS)[number];
const filterInput = (f: Filter) =>
  f === 'open' ? { open: true } : f === 'overdue' ? { overdue: true } : f === 'dueSoon' ? { dueSoon: true } : {};

/**
 * The desk's queue of contributions on the draft plan: those waiting first, the nearest answer date first,
 * overdue and due soon said; each with its paragraph's text and the form to answer it publicly.
 */
function QueueScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [location] = useLocation();
  const asked = new URLSearchParams(useSearch()).get('show');
  const filter: Filter = (FILTERS as readonly string[]).includes(asked ?? '') ? (asked as Filter) : 'open';
  // Said by the screen, not by the answered item: the item leaves the queue of open ones as it refreshes.
  const [answered, setAnswered] = useState<string | null>(null);
  usePageTitle(t('pac.desk.title'));
  const queue = useQuery(trpc.pac.queue.queryOptions({ commune: slug, ...filterInput(filter), limit: 100 }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pac.desk.title')}</ScreenHeading>
      <LinkNav
        label={t('pac.desk.filter')}
        className="pac-nav"
        items={FILTERS.map((f) => ({
          href: `${location}?show=${f}`,
          label: t(`pac.desk.filter.${f}`),
          active: f === filter,
        }))}
      />
      {answered && <Alert tone="success">{t('pac.desk.done', { code: answered })}</Alert>}
      <Loaded
        query={queue}
        describe={(e) => describeError(e, i18n, { section: 'pac' }).message}
        empty={t('pac.desk.none')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <p>{t('pac.desk.total', { total: data.total })}</p>
            <ul className="pac-list">
              {data.items.map((c) => (
                <li key={c.id}>
                  <Item c={c} onAnswered={setAnswered} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
    </section>
  );
}

function Item({ c, onAnswered }: { c: QueueItem; onAnswered: (code: string) => void }) {
  const { t, lang } = usePacI18n();
  return (
    <Card title={<bdi dir="ltr">{c.code}</bdi>} headingLevel={3}>
      <div className="pac-paragraph">
        <p>
          <strong>{t('pac.desk.paragraphText', { paragraph: c.paragraph })}</strong>
        </p>
        <p className="pac-text">
          <bdi>{inLanguage(c.paragraphText, lang)}</bdi>
        </p>
        <ContributionItem c={c} />
        {c.state === 'received' && <AnswerForm id={c.id} code={c.code} onAnswered={onAnswered} />}
      </div>
    </Card>
  );
}

interface Values {
  answer: string;
  reason: string;
}
const toInput = (id: string, v: Values) => ({ id, answer: v.answer, reason: v.reason || undefined });

function AnswerForm({ id, code, onAnswered }: { id: string; code: string; onAnswered: (code: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const answer = useMutation(
    trpc.pac.answer.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.pac.pathFilter()) }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: { answer: '', reason: '' },
    i18n,
    check: schemaCheck(pacAnswerInput, (v: Values) => toInput(id, v), i18n, { section: 'pac' }),
    submit: async (v) => {
      await answer.mutateAsync({ commune: slug, ...(toInput(id, v) as { id: string; answer: 'retained' }) });
      onAnswered(code);
    },
    describe: { section: 'pac' },
  });
  return (
    <section aria-label={t('pac.desk.answer', { code })}>
      <KitForm {...props} busy={answer.isPending}>
        <form.AppField name="answer">
          {(field) => (
            <field.RadioField
              legend={t('pac.desk.answer', { code })}
              choices={PAC_ANSWERS.map((a) => ({ value: a, label: t(`pac.state.${a}`) }))}
            />
          )}
        </form.AppField>
        <form.AppField name="reason">
          {(field) => (
            <field.TextAreaField label={t('pac.desk.reason')} hint={t('pac.desk.reasonHint')} maxLength={2000} />
          )}
        </form.AppField>
        <Button type="submit" busy={answer.isPending}>
          {t('pac.desk.submit')}
        </Button>
      </KitForm>
    </section>
  );
}
