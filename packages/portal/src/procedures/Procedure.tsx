import { useTRPC } from '@shabaka/client/react';
import { Card, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link, useParams, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { useProceduresI18n } from './i18n';
import { formatChannel, formatFee, formatHours, inLang, type Procedure } from './model';
import { Fact, PointList, PointsMapBlock, ProcedureLoadError } from './parts';

type Field = Procedure['overridden'][number];

/**
 * Who sees a procedure: citizens get its values as they stand; staff (the desk's version
 * view) also see which ones nobody has confirmed yet. A doubt is never a citizen's business.
 */
type Audience = 'public' | 'staff';

/** "Propre à Tétouan" beside a value the commune sets itself; for staff, "à vérifier" beside an unchecked one. */
function Notes({ p, field, audience }: { p: Omit<Procedure, 'servicePoints'>; field: Field; audience: Audience }) {
  const { t, lang } = useProceduresI18n();
  const commune = usePortal().names[lang];
  return (
    <>
      {p.overridden.includes(field) && (
        <span className="pr-tag pr-tag--own">{t('procedures.overridden', { commune })}</span>
      )}
      {audience === 'staff' && p.toVerify.includes(field) && (
        <span className="pr-tag pr-tag--verify">{t('procedures.toVerify')}</span>
      )}
    </>
  );
}

/** A list-valued field under its own heading (with the field's notes), named by that heading. */
function FieldSection({
  p,
  field,
  audience,
  children,
}: {
  p: Omit<Procedure, 'servicePoints'>;
  field: Field;
  audience: Audience;
  children: ReactNode;
}) {
  const { t } = useProceduresI18n();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {t(`procedures.field.${field}`)} <Notes p={p} field={field} audience={audience} />
      </h2>
      {children}
    </section>
  );
}

/** " — detail" after an item, when there is a detail. */
const Aside = ({ children }: { children: ReactNode }) =>
  children ? (
    <>
      {' — '}
      {children}
    </>
  ) : null;

export function Details({ p, audience = 'public' }: { p: Omit<Procedure, 'servicePoints'>; audience?: Audience }) {
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const commune = usePortal().names[lang];
  return (
    <>
      {p.overridden.length > 0 && <p className="pr-note">{t('procedures.overrideNote', { commune })}</p>}
      <dl className="pr-facts pr-facts--main" data-testid="procedure-facts">
        <Fact term={t('procedures.field.feeMad')} note={<Notes p={p} field="feeMad" audience={audience} />}>
          {formatFee(p.feeMad, i18n)}
        </Fact>
        <Fact term={t('procedures.field.office')} note={<Notes p={p} field="office" audience={audience} />}>
          {inLang(p.office, lang) || t('procedures.hours.none')}
        </Fact>
        <Fact term={t('procedures.field.hours')} note={<Notes p={p} field="hours" audience={audience} />}>
          {formatHours(p.hours, i18n)}
        </Fact>
        <Fact
          term={t('procedures.field.processingDays')}
          note={<Notes p={p} field="processingDays" audience={audience} />}
        >
          {t('procedures.days', { count: p.processingDays })}
        </Fact>
        <Fact term={t('procedures.field.channels')} note={<Notes p={p} field="channels" audience={audience} />}>
          {formatChannel(p.channels, i18n)}
        </Fact>
        <Fact
          term={t('procedures.field.electronicDelivery')}
          note={<Notes p={p} field="electronicDelivery" audience={audience} />}
        >
          {t(p.electronicDelivery ? 'procedures.electronic.yes' : 'procedures.electronic.no')}
        </Fact>
      </dl>

      <FieldSection p={p} audience={audience} field="documents">
        {p.documents.length === 0 ? (
          <p>{t('procedures.none')}</p>
        ) : (
          <ol className="pr-list">
            {p.documents.map((d, i) => (
              <li key={i}>{inLang(d, lang)}</li>
            ))}
          </ol>
        )}
      </FieldSection>

      {p.forms.length > 0 && (
        <FieldSection p={p} audience={audience} field="forms">
          <ul className="pr-list">
            {p.forms.map((f, i) => (
              <li key={i}>
                {inLang(f.names, lang)}
                <Aside>{f.url && <a href={f.url}>{t('procedures.form.download')}</a>}</Aside>
              </li>
            ))}
          </ul>
        </FieldSection>
      )}

      {p.legalBasis.length > 0 && (
        <FieldSection p={p} audience={audience} field="legalBasis">
          <ul className="pr-list">
            {p.legalBasis.map((l, i) => (
              <li key={i}>
                {inLang(l.text, lang)}
                <Aside>{l.article && <bdi>{l.article}</bdi>}</Aside>
                {audience === 'staff' && l.toVerify && (
                  <span className="pr-tag pr-tag--verify">{t('procedures.toVerify')}</span>
                )}
              </li>
            ))}
          </ul>
        </FieldSection>
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
        {t('procedures.online.information')}{' '}
        <Link href={`~${portal}/information`}>{t('procedures.online.informationLink')}</Link>
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
  if (procedure.isError) return <ProcedureLoadError back={back} error={procedure.error} retry={procedure.refetch} />;
  if (!p) return null;

  return (
    <article className="shb-stack" data-procedure={p.code}>
      {back}
      <h1>{inLang(p.names, lang)}</h1>
      <p>{inLang(p.summaries, lang)}</p>
      <div className="pr-actions">
        {/* The sheet is served at the site root, outside the portal's router base; French and Arabic on one page. */}
        <a
          className="shb-button shb-button--primary"
          href={p.sheetPath}
          type="application/pdf"
          aria-describedby={`${whereId}-print`}
        >
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
