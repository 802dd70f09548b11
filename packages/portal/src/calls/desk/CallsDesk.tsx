import { CALL_APPLICATION_STATES } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, EmptyState, Spinner } from '@shabaka/ui';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { Entry, LinkNav, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { callExtendInput } from '@shabaka/api/schemas';
import { CallForm } from './CallForm';
import { useCallsDeskI18n } from './i18n';
import { inLanguage, refusalText, useDay, useMad, useStaffCalls, type StaffCall } from './model';
import { CallNav, Refusal } from './parts';
import './calls-desk.css';

const CommitteeScreen = lazy(() => import('./Committee'));
const DossiersScreen = lazy(() => import('./Dossiers'));
const CounterScreen = lazy(() => import('./Counter'));

/** The desk's own tabs: the calls, a new call, a paper dossier at the counter. */
function DeskNav() {
  const { t } = useCallsDeskI18n();
  const [location] = useLocation();
  const items = [
    // Not the desk's title: the staff tab and the public menu are named so already.
    { href: '/', label: t('callsDesk.all') },
    { href: '/new', label: t('callsDesk.new') },
    { href: '/counter', label: t('callsDesk.counter.title') },
  ].map((i) => ({ ...i, active: location === i.href }));
  return <LinkNav label={t('callsDesk.nav')} className="cd-nav" items={items} />;
}

/** "3 submitted, 1 admissible": a call's dossiers per state, in the order they move. */
function useCounts() {
  const { t, formatList } = useCallsDeskI18n();
  return (counts: StaffCall['counts']) => {
    const parts = CALL_APPLICATION_STATES.filter((s) => counts[s]).map((s) =>
      t('callsDesk.count', { n: counts[s] ?? 0, state: t(`callsDesk.dossierState.${s}`) }),
    );
    return parts.length ? formatList(parts) : t('callsDesk.list.noDossier');
  };
}

/** Every call of the commune, drafts included, with its state and its dossiers per state. */
function ListScreen() {
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  usePageTitle(t('callsDesk.title'));
  const list = useStaffCalls();
  const counts = useCounts();
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('callsDesk.title')}</ScreenHeading>
      <p>{t('callsDesk.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'calls' }).message}
        empty={t('callsDesk.list.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <DataTable
            caption={t('callsDesk.list.caption')}
            columns={[
              t('callsDesk.list.col.title'),
              t('callsDesk.list.col.year'),
              t('callsDesk.list.col.state'),
              t('callsDesk.list.col.dossiers'),
            ]}
          >
            {data.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/${c.id}`}>
                    <bdi>{inLanguage(c.title, lang)}</bdi>
                  </Link>
                </th>
                <td>{c.year}</td>
                <td>{t(`callsDesk.state.${c.state}`)}</td>
                <td>{counts(c.counts)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}

/** A call's pages: the call from the commune's list (drafts are not public), or a "no such call". */
export function WithCall({ id, children }: { id: string; children: (call: StaffCall) => ReactNode }) {
  const i18n = useCallsDeskI18n();
  const list = useStaffCalls();
  return (
    <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'calls' }).message}>
      {(data) => {
        const call = data.find((c) => c.id === id);
        return call ? (
          <>
            <CallNav call={call} />
            {children(call)}
          </>
        ) : (
          <EmptyState title={i18n.t('callsDesk.call.unknown')} />
        );
      }}
    </Loaded>
  );
}

function NewCallScreen() {
  const { t } = useCallsDeskI18n();
  usePageTitle(t('callsDesk.new'));
  const [, navigate] = useLocation();
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('callsDesk.new')}</ScreenHeading>
      <p>{t('callsDesk.form.intro')}</p>
      <CallForm onSaved={(id) => navigate(`/${id}?saved=created`)} />
    </section>
  );
}

function EditCallScreen({ call }: { call: StaffCall }) {
  const { t, lang } = useCallsDeskI18n();
  const title = inLanguage(call.title, lang);
  usePageTitle(t('callsDesk.edit.title', { title }));
  const [, navigate] = useLocation();
  return (
    <section className="shb-stack">
      <ScreenHeading>
        {t('callsDesk.call.edit')} — <bdi>{title}</bdi>
      </ScreenHeading>
      {call.state === 'draft' ? (
        <CallForm call={call} onSaved={(id) => navigate(`/${id}?saved=updated`)} />
      ) : (
        <p>{t('callsDesk.edit.notDraft')}</p>
      )}
    </section>
  );
}

/** What a call says (as the public will read it once open), and opening it for those who may. */
function CallScreen({ call }: { call: StaffCall }) {
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  const { can } = useMe();
  const mad = useMad();
  const day = useDay();
  const counts = useCounts();
  const title = inLanguage(call.title, lang);
  usePageTitle(title);
  const saved = new URLSearchParams(window.location.search).get('saved');
  // Said here, not by the button: once open, the call is no longer a draft and the button goes away.
  const [opened, setOpened] = useState(false);
  return (
    <section className="shb-stack">
      <ScreenHeading>
        <bdi>{title}</bdi>
      </ScreenHeading>
      <div role="status">
        {opened ? (
          <Alert tone="success">{t('callsDesk.open.done')}</Alert>
        ) : (
          (saved === 'created' || saved === 'updated') && (
            <Alert tone="success">{t(`callsDesk.form.saved.${saved}`)}</Alert>
          )
        )}
      </div>
      <dl className="cd-facts">
        <Entry term={t('callsDesk.call.state')}>{t(`callsDesk.state.${call.state}`)}</Entry>
        <Entry term={t('callsDesk.list.col.year')}>{call.year}</Entry>
        <Entry term={t('callsDesk.call.envelope')}>{mad(call.envelopeMad)}</Entry>
        <Entry term={t('callsDesk.call.maxPerProject')}>
          {call.maxPerProjectMad === null ? t('callsDesk.call.noMax') : mad(call.maxPerProjectMad)}
        </Entry>
        <Entry term={t('callsDesk.call.dates')}>
          {t('callsDesk.call.datesValue', { opens: day(call.opensOn), closes: day(call.closesOn) })}
        </Entry>
        <Entry term={t('callsDesk.call.eligibility')}>
          {[
            call.eligibility.seatInCommune ? t('callsDesk.call.seatRequired') : t('callsDesk.call.branchAllowed'),
            t('callsDesk.call.minYears', { n: call.eligibility.minYearsConstituted }),
          ].join(' · ')}
        </Entry>
        <Entry term={t('callsDesk.list.col.dossiers')}>{counts(call.counts)}</Entry>
      </dl>
      <p className="cd-text">
        <bdi>{inLanguage(call.description, lang)}</bdi>
      </p>
      {call.themes.length > 0 && (
        <>
          <h3 className="cd-subheading">{t('callsDesk.form.themes')}</h3>
          <ul>
            {call.themes.map((th, i) => (
              <li key={i}>
                <bdi>{inLanguage(th, lang)}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="cd-subheading">{t('callsDesk.form.criteria')}</h3>
      <ul>
        {call.criteria.map((c) => (
          <li key={c.key}>
            <bdi>{inLanguage(c.label, lang)}</bdi> — {t('callsDesk.call.weight', { weight: c.weight })}
          </li>
        ))}
      </ul>
      <h3 className="cd-subheading">{t('callsDesk.form.checklist')}</h3>
      {call.checklist.length ? (
        <ul>
          {call.checklist.map((d) => (
            <li key={d.key}>
              <bdi>{inLanguage(d.label, lang)}</bdi> —{' '}
              {d.required ? t('callsDesk.call.required') : t('callsDesk.call.optional')}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('callsDesk.call.noDocument')}</p>
      )}
      {call.state === 'draft' &&
        (can('calls:publish') ? (
          <OpenCall call={call} onDone={() => setOpened(true)} />
        ) : (
          <p>{t('callsDesk.open.needsHead')}</p>
        ))}
      {call.state === 'open' && call.phase !== 'closed' && can('calls:publish') && <ExtendCall call={call} />}
    </section>
  );
}

/** A head of department opens the draft: it becomes public and takes dossiers from its first day. */
function OpenCall({ call, onDone }: { call: StaffCall; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const open = useMutation(
    trpc.calls.open.mutationOptions({
      onSuccess: async () => {
        onDone();
        await queryClient.invalidateQueries(trpc.calls.pathFilter());
      },
    }),
  );
  return (
    <div className="shb-stack">
      <p>{t('callsDesk.open.intro')}</p>
      <Refusal lines={open.error ? refusalText(open.error, i18n) : null} />
      <Button busy={open.isPending} onClick={() => open.mutate({ commune: slug, id: call.id })}>
        {t('callsDesk.open.submit')}
      </Button>
    </div>
  );
}

/** A head of department moves an open call's closing day later, saying why (before the deadline passes). */
function ExtendCall({ call }: { call: StaffCall }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const day = useDay();
  const [said, setSaid] = useState('');
  const extend = useMutation(
    trpc.calls.extend.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()) }),
  );
  const toInput = (v: { closesOn: string; reason: string }) => ({ id: call.id, ...v });
  const { form, props } = useKitForm({
    defaultValues: { closesOn: '', reason: '' },
    i18n,
    check: schemaCheck(callExtendInput, toInput, i18n, { section: 'calls' }),
    submit: async (v) => {
      setSaid('');
      const r = await extend.mutateAsync({ commune: slug, ...toInput(v) });
      setSaid(t('callsDesk.extend.done', { date: day(r.closesOn) }));
      form.reset();
    },
    describe: { section: 'calls' },
  });
  return (
    <fieldset className="cd-fieldset shb-stack">
      <legend className="cd-legend">{t('callsDesk.extend.title')}</legend>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <KitForm {...props} busy={extend.isPending}>
        <form.AppField name="closesOn">
          {(field) => <field.TextField label={t('callsDesk.extend.closesOn')} type="date" required />}
        </form.AppField>
        <form.AppField name="reason">
          {(field) => <field.TextAreaField label={t('callsDesk.extend.reason')} required maxLength={500} />}
        </form.AppField>
        <Button type="submit" variant="secondary" busy={extend.isPending}>
          {t('callsDesk.extend.submit')}
        </Button>
      </KitForm>
    </fieldset>
  );
}

/** /staff/calls/* — the commune's calls, writing one, its committee and dossiers, a paper dossier at the counter. */
export default function CallsDesk() {
  return (
    <>
      <DeskNav />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/" component={ListScreen} />
          <Route path="/new" component={NewCallScreen} />
          <Route path="/counter" component={CounterScreen} />
          <Route path="/:id/edit">
            {(p) => <WithCall id={p.id}>{(call) => <EditCallScreen key={call.id} call={call} />}</WithCall>}
          </Route>
          <Route path="/:id/committee">
            {(p) => <WithCall id={p.id}>{(call) => <CommitteeScreen key={call.id} call={call} />}</WithCall>}
          </Route>
          <Route path="/:id/dossiers">
            {(p) => <WithCall id={p.id}>{(call) => <DossiersScreen key={call.id} call={call} />}</WithCall>}
          </Route>
          <Route path="/:id">
            {(p) => <WithCall id={p.id}>{(call) => <CallScreen key={call.id} call={call} />}</WithCall>}
          </Route>
        </Switch>
      </Suspense>
    </>
  );
}
