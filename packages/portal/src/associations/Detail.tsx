import { errorReason } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { associationRequestInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { Link, useRouter } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { QueryError } from '../QueryError';
import { useAssociationsI18n } from './i18n';
import { AssociationSummary, OtherName, nameOf } from './parts';

/** "Represent this association": a signed-in member of its bureau asks; staff verify against the registry. */
function Represent({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { me } = useMe();
  const portal = useRouter().base.replace(/\/associations$/, '');
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const mine = useQuery({ ...trpc.associations.myRequests.queryOptions({ commune: slug }), enabled: !!me });
  const request = useMutation(
    trpc.associations.requestRepresentation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.associations.myRequests.pathFilter()),
    }),
  );
  const describe = { section: 'associations' } as const;
  const { form, props } = useKitForm({
    defaultValues: { role: '', message: '' },
    i18n,
    check: schemaCheck(associationRequestInput, (v) => ({ id, ...v, message: v.message || undefined }), i18n, describe),
    describe,
    submit: (v) => request.mutateAsync({ commune: slug, id, role: v.role, message: v.message || undefined }),
  });

  if (!me)
    return (
      <Card title={t('associations.represent.title')}>
        <p>{t('associations.represent.intro')}</p>
        <Link href={`~${portal}/sign-in?next=${encodeURIComponent(`/associations/${id}`)}`}>
          {t('associations.represent.signIn')}
        </Link>
      </Card>
    );
  if (mine.isPending) return <Spinner />;
  const current = mine.data?.find((r) => r.associationId === id && r.state !== 'refused');
  const refused = mine.data?.find((r) => r.associationId === id && r.state === 'refused');
  return (
    <Card title={t('associations.represent.title')}>
      {current?.state === 'verified' ? (
        <>
          <Alert tone="success">{t('associations.represent.state.verified')}</Alert>
          <Link href={`/${id}/private`}>{t('associations.represent.open')}</Link>
        </>
      ) : current ? (
        <p role="status">{t('associations.represent.state.requested')}</p>
      ) : (
        <>
          {refused && (
            <Alert tone="warning">{t('associations.represent.state.refused', { reason: refused.reason ?? '' })}</Alert>
          )}
          <p>{t('associations.represent.intro')}</p>
          <KitForm {...props} className="portal-form" busy={request.isPending}>
            <form.AppField name="role">
              {(field) => <field.TextField label={t('associations.represent.role')} maxLength={60} required />}
            </form.AppField>
            <form.AppField name="message">
              {(field) => <field.TextAreaField label={t('associations.represent.message')} maxLength={500} rows={3} />}
            </form.AppField>
            <Button type="submit">{t('associations.represent.submit')}</Button>
          </KitForm>
        </>
      )}
    </Card>
  );
}

/** /associations/:id — what anyone may read of an association, and the way to represent it. */
export default function DetailScreen({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t, lang } = i18n;
  const q = useQuery(trpc.associations.detail.queryOptions({ commune: slug, id }, { retry: false }));
  usePageTitle(q.data ? nameOf(q.data.names, lang) : t('associations.title'));
  if (q.isPending) return <Spinner />;
  if (q.isError) {
    const missing = errorReason(q.error) === 'unknown_association' || errorReason(q.error) === 'BAD_REQUEST';
    return (
      <div className="shb-stack">
        {missing ? (
          <Alert tone="warning">{t('associations.notFound')}</Alert>
        ) : (
          <QueryError error={q.error} retry={q.refetch} message={describeError(q.error, i18n).message} />
        )}
        <Link href="/">{t('associations.back')}</Link>
      </div>
    );
  }
  const a = q.data;
  return (
    <article className="shb-stack">
      <Link href="/">{t('associations.back')}</Link>
      <h1>{nameOf(a.names, lang)}</h1>
      <OtherName names={a.names} />
      <AssociationSummary a={a} />
      {a.publicUtilityDecree && <p>{t('associations.decree', { decree: a.publicUtilityDecree })}</p>}
      <section aria-labelledby="as-object">
        <h2 id="as-object">{t('associations.object')}</h2>
        <p>{a.object}</p>
      </section>
      {a.seatLocation && (
        <p>
          <a
            href={`https://www.openstreetmap.org/?mlat=${a.seatLocation.lat}&mlon=${a.seatLocation.lon}#map=17/${a.seatLocation.lat}/${a.seatLocation.lon}`}
            rel="noopener noreferrer"
          >
            {t('associations.onMap')}
          </a>
        </p>
      )}
      <section aria-labelledby="as-contact">
        <h2 id="as-contact">{t('associations.contact')}</h2>
        {a.contactEmail || a.contactPhone ? (
          <ul className="as-facts">
            {a.contactEmail && (
              <li>
                {t('associations.email', { email: '' })}
                <a href={`mailto:${a.contactEmail}`} dir="ltr">
                  {a.contactEmail}
                </a>
              </li>
            )}
            {a.contactPhone && (
              <li>
                {t('associations.phone', { phone: '' })}
                <a href={`tel:${a.contactPhone.replace(/[^+\d]/g, '')}`} dir="ltr">
                  {a.contactPhone}
                </a>
              </li>
            )}
          </ul>
        ) : (
          <p>{t('associations.noContact')}</p>
        )}
      </section>
      <Represent id={id} />
    </article>
  );
}
