import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { associationDecideInput, associationReviewInput } from '@shabaka/api/schemas';
import { Button, Card, Spinner } from '@shabaka/ui';
import { lazy, Suspense, useRef, useState } from 'react';
import { Link, Route, Switch, useLocation, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded, SearchForm } from '../../desk/List';
import { LinkNav, ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { useAssociationsI18n } from '../i18n';
import { FlagBadges, nameOf } from '../parts';
import '../associations.css';

const PrivateScreen = lazy(() => import('../Private'));
const NewRecordScreen = lazy(() => import('./RecordForm').then((m) => ({ default: m.NewRecordScreen })));
const EditRecordScreen = lazy(() => import('./RecordForm').then((m) => ({ default: m.EditRecordScreen })));

function DeskNav() {
  const { t } = useAssociationsI18n();
  const [location] = useLocation();
  const items = [
    { href: '/', label: t('associations.desk.title'), active: location === '/' },
    { href: '/requests', label: t('associations.desk.requests.title'), active: location === '/requests' },
    { href: '/changes', label: t('associations.desk.changes.title'), active: location === '/changes' },
  ];
  return <LinkNav label={t('associations.desk.nav')} className="as-nav" items={items} />;
}

/** The register with each association's flags. */
function ListScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t, lang, formatList } = i18n;
  usePageTitle(t('associations.desk.title'));
  const [q, setQ] = useState('');
  const list = useQuery(trpc.associations.staffList.queryOptions({ commune: slug, q: q || undefined }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('associations.desk.title')}</ScreenHeading>
      <p>
        <Link href="/new">{t('associations.desk.new')}</Link>
      </p>
      <SearchForm
        value={q}
        onSearch={setQ}
        label={t('associations.search.label')}
        submit={t('associations.search.submit')}
        maxLength={100}
      />
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('associations.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <DataTable
            caption={t('associations.desk.caption')}
            columns={[
              t('associations.desk.col.name'),
              t('associations.desk.col.sectors'),
              t('associations.desk.col.flags'),
            ]}
          >
            {data.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/${a.id}`}>{nameOf(a.names, lang)}</Link>
                </th>
                <td>{formatList(a.sectors.map((s) => t(`associationsGlossary.sector.${s}`)))}</td>
                <td>
                  <FlagBadges flags={a.flags} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}

/** Verify or refuse (with a reason) one request to represent an association. */
function Decide({ id, label }: { id: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const decide = useMutation(
    trpc.associations.decideRepresentative.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.associations.pathFilter()),
    }),
  );
  // Two submit buttons: the one pressed sets the decision before the form's submit reads it.
  const decision = useRef<'verify' | 'refuse'>('verify');
  const describe = { section: 'associations' } as const;
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    check: schemaCheck(
      associationDecideInput,
      (v) => ({ id, decision: decision.current, reason: v.reason || undefined }),
      i18n,
      describe,
    ),
    describe,
    submit: (v) => decide.mutateAsync({ commune: slug, id, decision: decision.current, reason: v.reason || undefined }),
  });
  return (
    <KitForm {...props} className="shb-stack" busy={decide.isPending}>
      <form.AppField name="reason">
        {(field) => <field.TextField label={t('associations.desk.requests.reason')} maxLength={500} />}
      </form.AppField>
      <div className="as-actions">
        <Button
          type="submit"
          onClick={() => (decision.current = 'verify')}
          aria-label={`${t('associations.desk.requests.verify')} — ${label}`}
        >
          {t('associations.desk.requests.verify')}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          onClick={() => (decision.current = 'refuse')}
          aria-label={`${t('associations.desk.requests.refuse')} — ${label}`}
        >
          {t('associations.desk.requests.refuse')}
        </Button>
      </div>
    </KitForm>
  );
}

function RequestsScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t, lang } = i18n;
  usePageTitle(t('associations.desk.requests.title'));
  const list = useQuery(trpc.associations.representatives.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('associations.desk.requests.title')}</ScreenHeading>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('associations.desk.requests.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) =>
          data.map((r) => {
            const name = nameOf(r.names, lang);
            return (
              <Card key={r.id} title={name} headingLevel={3}>
                <p>{t('associations.desk.requests.item', { person: r.displayName, email: r.email, role: r.role })}</p>
                {r.message && <p>{t('associations.desk.requests.message', { message: r.message })}</p>}
                <p>
                  <Link href={`/${r.associationId}`}>{t('associations.private.title', { name })}</Link>
                </p>
                <Decide id={r.id} label={`${r.displayName} — ${name}`} />
              </Card>
            );
          })
        }
      </Loaded>
    </section>
  );
}

/** Accept or reject (with a reason) one proposed change, its fields shown as proposed. */
function Review({ id, label }: { id: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const review = useMutation(
    trpc.associations.reviewChange.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.associations.pathFilter()),
    }),
  );
  // Two submit buttons: the one pressed sets the decision before the form's submit reads it.
  const decision = useRef<'accept' | 'reject'>('accept');
  const describe = { section: 'associations' } as const;
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    check: schemaCheck(
      associationReviewInput,
      (v) => ({ id, decision: decision.current, reason: v.reason || undefined }),
      i18n,
      describe,
    ),
    describe,
    submit: (v) => review.mutateAsync({ commune: slug, id, decision: decision.current, reason: v.reason || undefined }),
  });
  return (
    <KitForm {...props} className="shb-stack" busy={review.isPending}>
      <form.AppField name="reason">
        {(field) => <field.TextField label={t('associations.desk.changes.reason')} maxLength={500} />}
      </form.AppField>
      <div className="as-actions">
        <Button
          type="submit"
          onClick={() => (decision.current = 'accept')}
          aria-label={`${t('associations.desk.changes.accept')} — ${label}`}
        >
          {t('associations.desk.changes.accept')}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          onClick={() => (decision.current = 'reject')}
          aria-label={`${t('associations.desk.changes.reject')} — ${label}`}
        >
          {t('associations.desk.changes.reject')}
        </Button>
      </div>
    </KitForm>
  );
}

const shown = (v: unknown) => (v === null || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function ChangesScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t, has, lang, formatDate } = i18n;
  usePageTitle(t('associations.desk.changes.title'));
  const list = useQuery(trpc.associations.changes.queryOptions({ commune: slug }));
  const label = (k: string) => {
    const key = `associations.field.${k}`;
    return has(key) ? t(key) : k;
  };
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('associations.desk.changes.title')}</ScreenHeading>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('associations.desk.changes.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) =>
          data.map((c) => {
            const name = nameOf(c.names, lang);
            return (
              <Card key={c.id} title={name} headingLevel={3}>
                <p>
                  {t('associations.desk.changes.proposedBy', {
                    name: c.displayName,
                    date: formatDate(c.createdAt, { dateStyle: 'medium' }),
                  })}
                </p>
                <DataTable
                  caption={t('associations.desk.changes.caption')}
                  columns={[t('associations.desk.changes.col.field'), t('associations.desk.changes.col.value')]}
                >
                  {Object.entries(c.patch).map(([k, v]) => (
                    <tr key={k}>
                      <th scope="row">{label(k)}</th>
                      <td>{shown(v)}</td>
                    </tr>
                  ))}
                </DataTable>
                <Review id={c.id} label={name} />
              </Card>
            );
          })
        }
      </Loaded>
    </section>
  );
}

/** /staff/associations/* — the register, representation requests, proposed changes, an association's private page. */
export default function AssociationsDesk() {
  const { t } = useAssociationsI18n();
  const portal = useRouter().base.replace(/\/staff\/associations$/, '');
  return (
    <>
      <DeskNav />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/" component={ListScreen} />
          <Route path="/requests" component={RequestsScreen} />
          <Route path="/changes" component={ChangesScreen} />
          <Route path="/new" component={NewRecordScreen} />
          <Route path="/:id/edit">{(p) => <EditRecordScreen key={p.id} id={p.id} />}</Route>
          <Route path="/:id">
            {(p) => (
              <>
                <p>
                  <Link href={`/${p.id}/edit`}>{t('associations.desk.edit')}</Link>
                </p>
                <PrivateScreen key={p.id} id={p.id} publicHref={`~${portal}/associations/${p.id}`} />
              </>
            )}
          </Route>
        </Switch>
      </Suspense>
    </>
  );
}
