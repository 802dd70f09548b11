import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { errorCode } from '../errors';
import { useProceduresI18n } from './i18n';
import { describeProceduresError, formatChannel, formatFee, formatHours, inLang, type Procedure } from './model';
import { Fact, PointList, PointsMapBlock } from './parts';

type Field = Procedure['overridden'][number];

/** "Propre à Tétouan" beside a value the commune sets itself, "à vérifier" beside an unchecked template value. */
function Notes({ p, field }: { p: Omit<Procedure, 'servicePoints'>; field: Field }) {
  const { t, lang } = useProceduresI18n();
  const commune = usePortal().names[lang];
  return (
    <>
      {p.overridden.includes(field) && <span className="pr-tag pr-tag--own">{t('procedures.overridden', { commune })}</span>}
      {p.toVerify.includes(field) && <span className="pr-tag pr-tag--verify">{t('procedures.toVerify')}</span>}
    </>
  );
}

export function Details({ p }: { p: Omit<Procedure, 'servicePoints'> }) {
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const commune = usePortal().names[lang];
  const ids = { docs: useId(), forms: useId(), law: useId() };
  return (
    <>
      {p.overridden.length > 0 && <p className="pr-note">{t('procedures.overrideNote', { commune })}</p>}
      <dl className="pr-facts pr-facts--main" data-testid="procedure-facts">
        <Fact term={t('procedures.field.feeMad')} note={<Notes p={p} field="feeMad" />}>
          {formatFee(p.feeMad, i18n)}
        </Fact>
        <Fact term={t('procedures.field.office')} note={<Notes p={p} field="office" />}>
          {inLang(p.office, lang) || t('procedures.hours.none')}
        </Fact>
        <Fact term={t('procedures.field.hours')} note={<Notes p={p} field="hours" />}>
          {formatHours(p.hours, i18n)}
        </Fact>
        <Fact term={t('procedures.field.processingDays')} note={<Notes p={p} field="processingDays" />}>
          {t('procedures.days', { count: p.processingDays })}
        </Fact>
        <Fact term={t('procedures.field.channels')} note={<Notes p={p} field="channels" />}>
          {formatChannel(p.channels, i18n)}
        </Fact>
        <Fact term={t('procedures.field.electronicDelivery')} note={<Notes p={p} field="electronicDelivery" />}>
          {t(p.electronicDelivery ? 'procedures.electronic.yes' : 'procedures.electronic.no')}
        </Fact>
      </dl>

      <section aria-labelledby={ids.docs}>
        <h2 id={ids.docs}>
          {t('procedures.field.documents')} <Notes p={p} field="documents" />
        </h2>
        {p.documents.length === 0 ? (
          <p>{t('procedures.none')}</p>
        ) : (
          <ol className="pr-list">
            {p.documents.map((d, i) => (
              <li key={i}>{inLang(d, lang)}</li>
            ))}
          </ol>
        )}
      </section>

      {p.forms.length > 0 && (
        <section aria-labelledby={ids.forms}>
          <h2 id={ids.forms}>
            {t('procedures.field.forms')} <Notes p={p} field="forms" />
          </h2>
          <ul className="pr-list">
            {p.forms.map((f, i) => (
              <li key={i}>
                {inLang(f.names, lang)}
                {f.url && (
                  <>
                    {' — '}
                    <a href={f.url}>{t('procedures.form.download')}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {p.legalBasis.length > 0 && (
        <section aria-labelledby={ids.law}>
          <h2 id={ids.law}>
            {t('procedures.field.legalBasis')} <Notes p={p} field="legalBasis" />
          </h2>
          <ul className="pr-list">
            {p.legalBasis.map((l, i) => (
              <li key={i}>
                {inLang(l.text, lang)}
                {l.article && (
                  <>
                    {' — '}
                    <bdi>{l.article}</bdi>
                  </>
                )}
                {l.toVerify && <span className="pr-tag pr-tag--verify">{t('procedures.toVerify')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Online channels point to the portal's own sections, outside this nest. */
function Online({ p }: { p: Procedure }) {
  const { t } = useProceduresI18n();
  // `~` leaves every router base, the commune's too: put the portal's base back.
  const portal = useRouter().base.replace(/\/procedures$/, '');
  if (p.channels === 'counter' && !p.electronicDelivery) return null;
  return (
    <Card title={t('procedures.online.title')}>
      {p.electronicDelivery && (
        <p>
          {t('procedures.online.account')} <Link href={`~${portal}/account`}>{t('procedures.online.accountLink')}</Link>
        </p>
      )}
      <p>
        {t('procedures.online.information')} <Link href={`~${portal}/information`}>{t('procedures.online.informationLink')}</Link>
      </p>
    </Card>
  );
}

/** /procedures/:code — the procedure as this commune runs it; the QR code of the printed sheet points here. */
export default function ProcedureScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { code = '' } = useParams<{ code: string }>();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const whereId = useId();
  const procedure = useQuery(trpc.procedures.get.queryOptions({ commune: slug, code }));
  const p = procedure.data;
  usePageTitle(p ? inLang(p.names, lang) : t('procedures.title'));

  const back = (
    <p>
      <Link href="/">{t('procedures.back')}</Link>
    </p>
  );
  if (procedure.isPending) return <Spinner />;
  if (procedure.isError) {
    const notFound = errorCode(procedure.error) === 'NOT_FOUND' || errorCode(procedure.error) === 'BAD_REQUEST';
    return (
      <div className="shb-stack">
        {back}
        {notFound ? (
          <EmptyState title={t('procedures.notFound')} />
        ) : (
          <Alert
            tone="error"
            action={
              <Button variant="secondary" onClick={() => procedure.refetch()}>
                {t('common.retry')}
              </Button>
            }
          >
            {describeProceduresError(procedure.error, i18n).message}
          </Alert>
        )}
      </div>
    );
  }
  if (!p) return null;

  return (
    <article className="shb-stack" data-procedure={p.code}>
      {back}
      <h1>{inLang(p.names, lang)}</h1>
      <p>{inLang(p.summaries, lang)}</p>
      <div className="pr-actions">
        {/* The sheet is served at the site root, outside the portal's router base; French and Arabic on one page. */}
        <a className="shb-button shb-button--primary" href={p.sheetPath} type="application/pdf" aria-describedby={`${whereId}-print`}>
          {t('procedures.print')}
        </a>
        <Link className="shb-button shb-button--secondary" href={`/${p.code}/compare`}>
          {t('procedures.compareLink')}
        </Link>
      </div>
      <p id={`${whereId}-print`} className="shb-hint">
        {t('procedures.printHint')}
      </p>
      <Details p={p} />
      <Online p={p} />
      <section aria-labelledby={whereId} className="shb-stack">
        <h2 id={whereId}>{t('procedures.where.title')}</h2>
        {p.servicePoints.length === 0 ? (
          <p>{t('procedures.where.empty')}</p>
        ) : (
          <>
            <PointsMapBlock points={p.servicePoints} listId={whereId} />
            <PointList points={p.servicePoints} labelledBy={whereId} />
          </>
        )}
      </section>
    </article>
  );
}
