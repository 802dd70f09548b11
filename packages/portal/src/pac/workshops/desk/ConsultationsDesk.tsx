import { pacTargetedConsultationFieldsInput, pacOpinionInput } from '@shabaka/api/schemas';
import { CONSULTED_BODY_KINDS, OPINION_STANCES, type ConsultedBodyKind, type OpinionStance } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { KitForm, useKitForm } from '../../../forms/kit';
import { usePacI18n } from '../../i18n';
import { inLanguage, usePacDates } from '../../model';
import { describeOptions, sectionCheck } from '../model';
import '../workshops.css';

type Row = RouterOutputs['pac']['consultations']['staffList'][number];

/** The desk's targeted consultations (/staff/pac/consultations): the list, a new one, one edited with its opinions. */
export default function ConsultationsDesk() {
  return (
    <Switch>
      <Route path="/new">{() => <Editor />}</Route>
      <Route path="/:id">{(p) => <Existing key={p.id} id={p.id} />}</Route>
      <Route component={List} />
    </Switch>
  );
}

function useRows() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  return useQuery(trpc.pac.consultations.staffList.queryOptions({ commune: slug }));
}

function List() {
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const { day } = usePacDates();
  usePageTitle(t('pacWorkshops.desk.consultations.title'));
  const rows = useRows();
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pacWorkshops.desk.consultations.title')}</ScreenHeading>
      <p>
        <Link href="/new">{t('pacWorkshops.desk.consultations.new')}</Link>
      </p>
      <Loaded
        query={rows}
        describe={(e) => describeError(e, i18n, describeOptions()).message}
        empty={t('pacWorkshops.desk.consultations.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(items) => (
          <ul className="pac-list">
            {items.map((c) => (
              <li key={c.id}>
                <Card
                  title={
                    <Link href={`/${c.id}`}>
                      <bdi>{inLanguage(c.subject, lang)}</bdi>
                    </Link>
                  }
                  headingLevel={3}
                >
                  <p className="pw-meta">
                    <strong>
                      {c.published
                        ? t(`pacWorkshops.consultations.status.${c.status}`)
                        : t('pacWorkshops.desk.consultations.draft')}
                    </strong>{' '}
                    · {t('pacWorkshops.consultations.dates', { from: day(c.opensOn), to: day(c.closesOn) })}
                  </p>
                  <p className="pw-meta">
                    {t('pacWorkshops.consultations.opinions', { n: c.opinions, total: c.bodies.length })}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function Existing({ id }: { id: string }) {
  const rows = useRows();
  if (!rows.data) return <Spinner />;
  const row = rows.data.find((c) => c.id === id);
  return row ? <Editor row={row} /> : <List />;
}

interface Pair {
  ar: string;
  fr: string;
}
interface Values {
  subject: Pair;
  question: Pair;
  documentUrl: string;
  opensOn: string;
  closesOn: string;
  bodies: { id: string; name: string; kind: string }[];
}

const toFields = (v: Values) => ({
  subject: v.subject,
  question: v.question,
  documentUrl: v.documentUrl,
  opensOn: v.opensOn,
  closesOn: v.closesOn,
  bodies: v.bodies.map((b) => ({ ...(b.id ? { id: b.id } : {}), name: b.name, kind: b.kind as ConsultedBodyKind })),
});

function Editor({ row }: { row?: Row }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState(false);
  const heading = t(
    row ? 'pacWorkshops.desk.consultations.heading.edit' : 'pacWorkshops.desk.consultations.heading.new',
  );
  usePageTitle(heading);
  const invalidate = () => queryClient.invalidateQueries(trpc.pac.consultations.pathFilter());
  const save = useMutation(trpc.pac.consultations.save.mutationOptions({ onSuccess: invalidate }));
  const publish = useMutation(trpc.pac.consultations.publish.mutationOptions({ onSuccess: invalidate }));
  const { form, props } = useKitForm<Values>({
    defaultValues: row
      ? {
          subject: row.subject,
          question: row.question,
          documentUrl: row.documentUrl ?? '',
          opensOn: row.opensOn,
          closesOn: row.closesOn,
          bodies: row.bodies.map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
        }
      : {
          subject: { ar: '', fr: '' },
          question: { ar: '', fr: '' },
          documentUrl: '',
          opensOn: '',
          closesOn: '',
          bodies: [{ id: '', name: '', kind: '' }],
        },
    i18n,
    check: sectionCheck(pacTargetedConsultationFieldsInput, toFields, i18n),
    describe: describeOptions('consultation'),
    submit: async (v) => {
      setSaved(false);
      const r = await save.mutateAsync({ commune: slug, ...(row ? { id: row.id } : {}), consultation: toFields(v) });
      setSaved(true);
      if (!row) navigate(`/${r.id}`);
    },
  });
  const pair = (name: 'subject' | 'question', long: boolean) => (
    <>
      <form.AppField name={`${name}.ar`}>
        {(f) =>
          long ? (
            <f.TextAreaField label={t(`pacWorkshops.desk.consultations.${name}.ar`)} required maxLength={4000} />
          ) : (
            <f.TextField label={t(`pacWorkshops.desk.consultations.${name}.ar`)} required maxLength={200} />
          )
        }
      </form.AppField>
      <form.AppField name={`${name}.fr`}>
        {(f) =>
          long ? (
            <f.TextAreaField label={t(`pacWorkshops.desk.consultations.${name}.fr`)} required maxLength={4000} />
          ) : (
            <f.TextField label={t(`pacWorkshops.desk.consultations.${name}.fr`)} required maxLength={200} />
          )
        }
      </form.AppField>
    </>
  );
  return (
    <section className="shb-stack">
      <p>
        <Link href="/">{t('pacWorkshops.desk.consultations.back')}</Link>
      </p>
      <ScreenHeading>{heading}</ScreenHeading>
      <div role="status">
        {saved && <Alert tone="success">{t('pacWorkshops.desk.consultations.saved')}</Alert>}
        {publish.isSuccess && <Alert tone="success">{t('pacWorkshops.desk.consultations.published')}</Alert>}
      </div>
      <KitForm {...props} busy={save.isPending}>
        {pair('subject', false)}
        {pair('question', true)}
        <form.AppField name="documentUrl">
          {(f) => <f.TextField label={t('pacWorkshops.desk.consultations.documentUrl')} type="url" dir="ltr" />}
        </form.AppField>
        <div className="pw-pair">
          <form.AppField name="opensOn">
            {(f) => <f.TextField label={t('pacWorkshops.desk.consultations.opensOn')} type="date" required />}
          </form.AppField>
          <form.AppField name="closesOn">
            {(f) => <f.TextField label={t('pacWorkshops.desk.consultations.closesOn')} type="date" required />}
          </form.AppField>
        </div>
        <form.Field name="bodies" mode="array">
          {(list) => (
            <fieldset className="pw-fieldset">
              <legend className="pw-legend">{t('pacWorkshops.desk.consultations.bodies')}</legend>
              {list.state.value.map((_, i) => (
                <div key={i} className="shb-stack">
                  <form.AppField name={`bodies[${i}].name`}>
                    {(f) => (
                      <f.TextField
                        label={t('pacWorkshops.desk.consultations.bodyName', { n: i + 1 })}
                        required
                        maxLength={200}
                      />
                    )}
                  </form.AppField>
                  <form.AppField name={`bodies[${i}].kind`}>
                    {(f) => (
                      <f.SelectField label={t('pacWorkshops.desk.consultations.bodyKind', { n: i + 1 })} required>
                        <option value="" />
                        {CONSULTED_BODY_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`pacWorkshops.bodyKind.${k}`)}
                          </option>
                        ))}
                      </f.SelectField>
                    )}
                  </form.AppField>
                  {list.state.value.length > 1 && (
                    <Button variant="secondary" onClick={() => list.removeValue(i)}>
                      {t('pacWorkshops.desk.consultations.bodyRemove', { n: i + 1 })}
                    </Button>
                  )}
                </div>
              ))}
              <Button variant="secondary" onClick={() => list.pushValue({ id: '', name: '', kind: '' })}>
                {t('pacWorkshops.desk.consultations.bodyAdd')}
              </Button>
            </fieldset>
          )}
        </form.Field>
        <Button type="submit" busy={save.isPending}>
          {t('pacWorkshops.desk.consultations.save')}
        </Button>
      </KitForm>
      {row && (
        <>
          {row.bodies.map((b) => (
            <Opinion key={b.id} consultationId={row.id} body={b} />
          ))}
          {!row.published && (
            <Button busy={publish.isPending} onClick={() => publish.mutate({ commune: slug, id: row.id })}>
              {t('pacWorkshops.desk.consultations.publish')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

interface OpinionValues {
  stance: string;
  text: string;
  givenOn: string;
}

/** One body's opinion as received: its stance, its words and its day. */
function Opinion({ consultationId, body }: { consultationId: string; body: Row['bodies'][number] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [saved, setSaved] = useState(false);
  const record = useMutation(
    trpc.pac.consultations.recordOpinion.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.consultations.pathFilter()),
    }),
  );
  const toInput = (v: OpinionValues) => ({
    id: consultationId,
    bodyId: body.id,
    stance: v.stance as OpinionStance,
    text: v.text,
    givenOn: v.givenOn,
  });
  const { form, props } = useKitForm<OpinionValues>({
    defaultValues: {
      stance: body.opinion?.stance ?? '',
      text: body.opinion?.text ?? '',
      givenOn: body.opinion?.givenOn ?? '',
    },
    i18n,
    check: sectionCheck(pacOpinionInput, toInput, i18n),
    describe: describeOptions(),
    submit: async (v) => {
      setSaved(false);
      await record.mutateAsync({ commune: slug, ...toInput(v) });
      setSaved(true);
    },
  });
  return (
    <Card title={t('pacWorkshops.desk.consultations.opinion', { name: body.name })} headingLevel={2}>
      <div role="status">
        {saved && <Alert tone="success">{t('pacWorkshops.desk.consultations.opinionSaved')}</Alert>}
      </div>
      <KitForm {...props} busy={record.isPending}>
        <form.AppField name="stance">
          {(f) => (
            <f.RadioField
              legend={t('pacWorkshops.desk.consultations.stance')}
              choices={OPINION_STANCES.map((s) => ({ value: s, label: t(`pacWorkshops.stance.${s}`) }))}
            />
          )}
        </form.AppField>
        <form.AppField name="text">
          {(f) => (
            <f.TextAreaField label={t('pacWorkshops.desk.consultations.opinionText')} required maxLength={4000} />
          )}
        </form.AppField>
        <form.AppField name="givenOn">
          {(f) => <f.TextField label={t('pacWorkshops.desk.consultations.givenOn')} type="date" required />}
        </form.AppField>
        <Button type="submit" busy={record.isPending}>
          {t('pacWorkshops.desk.consultations.opinionSave')}
        </Button>
      </KitForm>
    </Card>
  );
}
