import { useMutation, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { rememberCase, withSecret } from '../cases/owner';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { firstInvalid, focusField } from '../forms/focus';
import { emptyDraft, FIELD_ORDER, RequestFields, requestOf, type Draft } from './fields';
import { useInformationI18n } from './i18n';
import type { Receipt } from './model';
import { describeError } from '../errors';

/** /information/new — the request form; once filed, the browser is on the receipt's own address. */
export function SubmitScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = useInformationI18n();
  const { t } = i18n;
  usePageTitle(t('information.new.title'));
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(me?.displayName ?? '', me?.email ?? ''));
  // Signed in (the account may load after the form): its name and email fill the empty fields.
  useEffect(() => {
    if (me) setDraft((d) => ({ ...d, name: d.name || me.displayName, email: d.email || me.email }));
  }, [me]);
  // One key per form, kept across retries: a double click or a resent request is one request.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [, navigate] = useLocation();
  // The receipt's address holds the code (path) and the secret (fragment): a reload shows it again.
  const filed = (r: Receipt) => {
    if (r.secret) rememberCase({ kind: 'information', code: r.code, secret: r.secret, commune: slug });
    navigate(withSecret(`/receipt/${r.code}`, r.secret ?? undefined));
  };
  const submit = useMutation(
    trpc.informationRequests.submit.mutationOptions({
      onSuccess: filed,
      onError: (error) => {
        const first = firstInvalid(describeError(error, i18n).fields, FIELD_ORDER);
        // After the re-render that shows the errors (and the field that needs them).
        requestAnimationFrame(() => (first ? focusField(formRef.current, first) : summaryRef.current?.focus()));
      },
    }),
  );

  const error = submit.error ? describeError(submit.error, i18n) : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!submit.isPending) submit.mutate({ commune: slug, ...requestOf(draft), idempotencyKey });
  };

  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('information.back')}</Link>
      </p>
      <h1>{t('information.new.title')}</h1>
      <p>{t('information.new.intro')}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="shb-stack">
        <div ref={summaryRef} tabIndex={-1}>
          {error && <Alert tone="error">{error.message}</Alert>}
        </div>
        <RequestFields
          draft={draft}
          set={(changes) => setDraft((d) => ({ ...d, ...changes }))}
          errors={error?.fields ?? {}}
        />
        <div className="cx-row">
          <Button type="submit" busy={submit.isPending}>
            {t('information.new.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}

export default SubmitScreen;
