import { useMutation, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { describeInformationError, firstInvalid, focusField } from './errors';
import { emptyDraft, FIELD_ORDER, RequestFields, requestOf, type Draft } from './fields';
import { useInformationI18n } from './i18n';
import { rememberKey, trackHref, type Receipt } from './model';

/** Shown once after filing: the code, the requester key (shown only now) and the legal deadline. */
function ReceiptView({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t, formatDate, formatNumber } = useInformationI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The tracking page of this tab knows the key without it in the address bar.
  useEffect(() => {
    if (receipt.secret) rememberKey(receipt.code, receipt.secret);
  }, [receipt]);
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });
  return (
    <div className="shb-stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('information.receipt.title')}
      </h1>
      <Card title={t('information.receipt.codeLabel')}>
        <p className="cx-code">
          <strong data-testid="information-code" dir="ltr">
            {receipt.code}
          </strong>
        </p>
        <p>{t('information.receipt.keepCode')}</p>
      </Card>
      {receipt.secret ? (
        <Card title={t('information.receipt.keyLabel')}>
          <p className="ir-key">
            <code data-testid="information-key" dir="ltr">
              {receipt.secret}
            </code>
          </p>
          <Alert tone="warning">{t('information.receipt.keyExplain')}</Alert>
        </Card>
      ) : (
        <Alert tone="info">{t('information.receipt.keyAlreadyShown')}</Alert>
      )}
      <Card title={t('information.receipt.deadline')}>
        <dl className="cx-facts">
          <div>
            <dt>{t('information.fact.received')}</dt>
            <dd>{formatDate(receipt.receivedAt, { dateStyle: 'full', timeStyle: 'short' })}</dd>
          </div>
          <div>
            <dt>{t('information.fact.firstCountedDay')}</dt>
            <dd>{day(`${receipt.firstCountedDay}T12:00:00Z`)}</dd>
          </div>
          <div>
            <dt>{t('information.fact.dueAt')}</dt>
            <dd data-testid="information-due">{day(receipt.dueAt)}</dd>
          </div>
        </dl>
        <p>{t(receipt.urgent ? 'information.receipt.deadlineUrgent' : 'information.receipt.deadlineExplain', { days: formatNumber(receipt.workingDays) })}</p>
      </Card>
      <div className="cx-row">
        <Link className="shb-button shb-button--primary" href={trackHref(receipt.code, receipt.secret)}>
          {t('information.receipt.track')}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t('information.receipt.another')}
        </Button>
      </div>
    </div>
  );
}

/** /information/new — the request form; the receipt replaces it once filed. */
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
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const submit = useMutation(
    trpc.informationRequests.submit.mutationOptions({
      onSuccess: setReceipt,
      onError: (error) => {
        const first = firstInvalid(describeInformationError(error, i18n).fields, FIELD_ORDER);
        // After the re-render that shows the errors (and the field that needs them).
        requestAnimationFrame(() => (first ? focusField(formRef.current, first) : summaryRef.current?.focus()));
      },
    }),
  );

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onAnother={() => {
          setReceipt(null);
          setDraft(emptyDraft(me?.displayName ?? '', me?.email ?? ''));
          setIdempotencyKey(crypto.randomUUID());
          submit.reset();
        }}
      />
    );
  }

  const error = submit.error ? describeInformationError(submit.error, i18n) : null;
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
        <RequestFields draft={draft} set={(changes) => setDraft((d) => ({ ...d, ...changes }))} errors={error?.fields ?? {}} />
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
