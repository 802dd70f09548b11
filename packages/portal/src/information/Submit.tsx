import { useMutation, useTRPC } from '@shabaka/client/react';
import { Button } from '@shabaka/ui';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { rememberCase, withSecret } from '../cases/owner';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { KitForm, useKitForm } from '../forms/kit';
import { emptyDraft, RequestFields, requestOf, submitCheck, type Draft } from './fields';
import { useInformationI18n } from './i18n';
import type { Receipt } from './model';

/** /information/new — the request form; once filed, the browser is on the receipt's own address. */
export function SubmitScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = useInformationI18n();
  const { t } = i18n;
  usePageTitle(t('information.new.title'));
  // One key per form, kept across retries: a double click or a resent request is one request.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [, navigate] = useLocation();
  // The receipt's address holds the code (path) and the secret (fragment): a reload shows it again.
  const filed = (r: Receipt) => {
    if (r.secret) rememberCase({ kind: 'information', code: r.code, secret: r.secret, commune: slug });
    navigate(withSecret(`/receipt/${r.code}`, r.secret ?? undefined));
  };
  const submit = useMutation(trpc.informationRequests.submit.mutationOptions({ onSuccess: filed }));
  const { form, props } = useKitForm<Draft>({
    defaultValues: emptyDraft(me?.displayName ?? '', me?.email ?? ''),
    i18n,
    check: submitCheck(i18n),
    submit: (v) => submit.mutateAsync({ commune: slug, ...requestOf(v), idempotencyKey }),
  });
  // Signed in (the account may load after the form): its name and email fill the empty fields.
  useEffect(() => {
    if (!me) return;
    form.setFieldValue('requester.name', (name) => name || me.displayName);
    form.setFieldValue('requester.email', (email) => email || me.email);
  }, [me, form]);

  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('information.back')}</Link>
      </p>
      <h1>{t('information.new.title')}</h1>
      <p>{t('information.new.intro')}</p>
      <KitForm {...props} busy={submit.isPending}>
        <RequestFields form={form} />
        <div className="cx-row">
          <Button type="submit" busy={submit.isPending}>
            {t('information.new.submit')}
          </Button>
        </div>
      </KitForm>
    </div>
  );
}

export default SubmitScreen;
