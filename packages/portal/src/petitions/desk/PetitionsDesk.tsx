import { PETITION_STATES } from '@shabaka/db/enums';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Spinner } from '@shabaka/ui';
import { lazy, Suspense, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { ChoiceFilter, DataTable, FilterSection, Loaded, Pager, SearchForm } from '../../desk/List';
import { LinkNav, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { usePetitionsDeskI18n } from './i18n';
import { FRESH, useDate, type QueueItem } from './model';
import './petitions-desk.css';

const PetitionScreen = lazy(() => import('./Petition'));
const PaperScreen = lazy(() => import('./Paper'));
const SessionsScreen = lazy(() => import('./Sessions'));

/** The desk's own tabs: the queue and, for the bureau, the council's calendar. */
function DeskNav() {
  const { t } = usePetitionsDeskI18n();
  const { can } = useMe();
  const [location] = useLocation();
  const items = [
    { href: '/', label: t('petitionsDesk.queue.title') },
    ...(can('petitions:review') ? [{ href: '/sessions', label: t('petitionsDesk.sessions.title') }] : []),
  ].map((i) => ({ ...i, active: location === i.href }));
  return <LinkNav label={t('petitionsDesk.nav')} className="pd-nav" items={items} />;
}

type Show = 'open' | 'overdue' | 'dueSoon' | 'all';
type State = (typeof PETITION_STATES)[number];
const PAGE = 25;

/**
 * The queue (the case kernel's): petitions past their draft, open ones first and the nearest answer deadline
 * first; overdue and due soon said, with the days since receipt and the bureau's reminders already passed.
 */
function QueueScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsDeskI18n();
  const { t } = i18n;
  usePageTitle(t('petitionsDesk.queue.title'));
  const [show, setShow] = useState<Show>('open');
  const [state, setState] = useState<State | ''>('');
  const [q, setQ] = useState('');
  const [cursor, setCursor] = useState(0);
  const queue = useQuery(
    trpc.petitions.queue.queryOptions(
      {
        commune: slug,
        // A state asked for is shown whether open or not ("rejected" under "open" would list nothing).
        ...(show === 'overdue'
          ? { overdue: true }
          : show === 'dueSoon'
            ? { dueSoon: true }
            : show === 'open' && !state
              ? { open: true }
              : {}),
        ...(state ? { state } : {}),
        ...(q ? { q } : {}),
        limit: PAGE,
        cursor,
      },
      FRESH,
    ),
  );
  const filter = (f: () => void) => {
    f();
    setCursor(0);
  };
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('petitionsDesk.queue.title')}</ScreenHeading>
      <p>{t('petitionsDesk.queue.intro')}</p>
      <FilterSection title={t('petitionsDesk.queue.filters')}>
        <div className="pd-filters">
          <ChoiceFilter
            label={t('petitionsDesk.queue.show')}
            any={t('petitionsDesk.queue.show.all')}
            value={show === 'all' ? '' : show}
            options={(['open', 'dueSoon', 'overdue'] as const).map((s) => ({
              value: s,
              label: t(`petitionsDesk.queue.show.${s}`),
            }))}
            onChange={(v) => filter(() => setShow(v || 'all'))}
          />
          <ChoiceFilter
            label={t('petitionsDesk.queue.state')}
            any={t('petitionsDesk.queue.anyState')}
            value={state}
            options={PETITION_STATES.filter((s) => s !== 'draft').map((s) => ({
              value: s,
              label: t(`petitionsDesk.state.${s}`),
            }))}
            onChange={(v) => filter(() => setState(v))}
          />
        </div>
        <SearchForm
          value={q}
          onSearch={(v) => filter(() => setQ(v.trim()))}
          label={t('petitionsDesk.queue.search')}
          hint={t('petitionsDesk.queue.searchHint')}
          submit={t('petitionsDesk.queue.searchSubmit')}
          maxLength={60}
        />
      </FilterSection>
      <Loaded
        query={queue}
        describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}
        empty={t('petitionsDesk.queue.empty')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <p role="status">{t('petitionsDesk.queue.total', { n: data.total })}</p>
            <DataTable
              caption={t('petitionsDesk.queue.caption')}
              columns={[
                t('petitionsDesk.col.code'),
                t('petitionsDesk.col.subject'),
                t('petitionsDesk.col.track'),
                t('petitionsDesk.col.state'),
                t('petitionsDesk.col.signatures'),
                t('petitionsDesk.col.received'),
                t('petitionsDesk.col.due'),
              ]}
            >
              {data.items.map((p) => (
                <Row key={p.id} p={p} />
              ))}
            </DataTable>
            <Pager
              label={t('petitionsDesk.queue.pages')}
              previous={t('petitionsDesk.queue.previous')}
              next={t('petitionsDesk.queue.next')}
              onPrevious={cursor > 0 ? () => setCursor(Math.max(0, cursor - PAGE)) : undefined}
              onNext={data.nextCursor !== null ? () => setCursor(data.nextCursor!) : undefined}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}

function Row({ p }: { p: QueueItem }) {
  const { t, formatNumber, formatList } = usePetitionsDeskI18n();
  const date = useDate();
  return (
    <tr>
      <th scope="row">
        <Link href={`/${p.id}`}>
          <bdi dir="ltr">{p.code}</bdi>
        </Link>
      </th>
      <td>
        <bdi>{p.subject}</bdi>
      </td>
      <td>{t(`petitionsDesk.track.${p.track}`)}</td>
      <td>{t(`petitionsDesk.state.${p.state}`)}</td>
      <td>
        {t('petitionsDesk.signaturesOf', { n: formatNumber(p.signatures), threshold: formatNumber(p.threshold) })}
      </td>
      <td>
        {p.receivedAt ? (
          <>
            {date(p.receivedAt)}
            <br />
            {t('petitionsDesk.daysSince', { n: p.daysSinceReceipt ?? 0 })}
          </>
        ) : (
          t('petitionsDesk.notFiled')
        )}
      </td>
      <td>
        {p.answerDueAt && p.state === 'filed' ? (
          <>
            {date(p.answerDueAt)}
            {p.overdue && (
              <>
                {' '}
                <span className="pd-badge pd-badge--late">{t('petitionsDesk.overdue')}</span>
              </>
            )}
            {!p.overdue && p.dueSoon && (
              <>
                {' '}
                <span className="pd-badge">{t('petitionsDesk.dueSoon')}</span>
              </>
            )}
            {p.alerts.length > 0 && (
              <>
                <br />
                {t('petitionsDesk.alerts', { days: formatList(p.alerts.map((d) => formatNumber(d))) })}
              </>
            )}
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** /staff/petitions/* — the queue, a petition's page, keying a paper sheet, the council's calendar. */
export default function PetitionsDesk() {
  return (
    <>
      <DeskNav />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/" component={QueueScreen} />
          <Route path="/sessions" component={SessionsScreen} />
          <Route path="/:id/paper">{(p) => <PaperScreen key={p.id} id={p.id} />}</Route>
          <Route path="/:id">{(p) => <PetitionScreen key={p.id} id={p.id} />}</Route>
        </Switch>
      </Suspense>
    </>
  );
}
