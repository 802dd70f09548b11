import { pacAttendanceInput, pacCancelWorkshopInput, pacMinutesInput, pacPaperSheetInput } from '@shabaka/api/schemas';
import { ATTENDEE_SEXES } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { KitForm, useKitForm } from '../../../forms/kit';
import { usePacI18n } from '../../i18n';
import { inLanguage } from '../../model';
import { bandLabel, describeOptions, sectionCheck, whenText, type StaffWorkshop } from '../model';

/** At most this many lines a batch (the procedure's own limit). */
const MAX_LINES = 100;

/**
 * One workshop at the desk: publish or cancel it; once it has started, the attendance counted at the door, the
 * paper sheets keyed line by line, the minutes written and signed.
 */
export default function WorkshopDesk({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const workshop = useQuery(trpc.pac.workshops.staffDetail.queryOptions({ commune: slug, id }));
  // The portal's own base (the desk is nested under /staff/pac/workshops): the public page lives there.
  const portal = useRouter().base.replace(/\/staff(\/.*)?$/, '');
  usePageTitle(workshop.data ? inLanguage(workshop.data.title, lang) : t('pacWorkshops.desk.title'));
  return (
    <section className="shb-stack">
      <p>
        <Link href="/">{t('pacWorkshops.desk.back')}</Link>
      </p>
      <Loaded query={workshop} describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}>
        {(w) => (
          <>
            <ScreenHeading>
              <bdi>{inLanguage(w.title, lang)}</bdi>
            </ScreenHeading>
            <p className="pw-meta">
              <strong>{t(`pacWorkshops.desk.status.${w.status}`)}</strong> · {t(`pacWorkshops.kind.${w.kind}`)} ·{' '}
              {whenText(i18n, w)}
            </p>
            <p className="pw-meta">{t('pacWorkshops.register.count', { n: w.registered, capacity: w.capacity })}</p>
            <p className="pw-actions">
              {w.status !== 'cancelled' && !w.minutes && (
                <Link href={`/${w.id}/edit`}>{t('pacWorkshops.desk.edit')}</Link>
              )}
              {w.status !== 'draft' && (
                <Link href={`~${portal}/pac/workshops/${w.id}`}>{t('pacWorkshops.desk.publicPage')}</Link>
              )}
            </p>
            {w.status === 'draft' && <Publish id={w.id} />}
            {w.status !== 'cancelled' && !w.held && <Cancel id={w.id} />}
            {w.status === 'published' && !w.held && <p>{t('pacWorkshops.desk.notHeld')}</p>}
            {w.held && (
              <>
                {w.minutes ? (
                  <Alert tone="info">{t('pacWorkshops.desk.minutes.locked')}</Alert>
                ) : (
                  <>
                    <Attendance w={w} />
                    <PaperSheet w={w} />
                  </>
                )}
                <Lines w={w} />
                <Minutes w={w} />
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.pac.workshops.pathFilter());
}

function Publish({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const publish = useMutation(trpc.pac.workshops.publish.mutationOptions({ onSuccess: useInvalidate() }));
  return (
    <div className="shb-stack">
      <div role="status">
        {publish.isSuccess && <Alert tone="success">{i18n.t('pacWorkshops.desk.published')}</Alert>}
        {publish.error && <Alert tone="error">{describeError(publish.error, i18n, describeOptions()).message}</Alert>}
      </div>
      <Button busy={publish.isPending} onClick={() => publish.mutate({ commune: slug, id })}>
        {i18n.t('pacWorkshops.desk.publish')}
      </Button>
    </div>
  );
}

function Cancel({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const cancel = useMutation(trpc.pac.workshops.cancel.mutationOptions({ onSuccess: useInvalidate() }));
  const { form, props } = useKitForm<{ reason: string }>({
    defaultValues: { reason: '' },
    i18n,
    check: sectionCheck(pacCancelWorkshopInput, (v: { reason: string }) => ({ id, reason: v.reason }), i18n),
    describe: describeOptions(),
    submit: (v) => cancel.mutateAsync({ commune: slug, id, reason: v.reason }),
  });
  return (
    <Card title={t('pacWorkshops.desk.cancel.submit')} headingLevel={2}>
      <KitForm {...props} busy={cancel.isPending}>
        <form.AppField name="reason">
          {(f) => (
            <f.TextAreaField
              label={t('pacWorkshops.desk.cancel.reason')}
              hint={t('pacWorkshops.desk.cancel.hint')}
              required
              maxLength={500}
            />
          )}
        </form.AppField>
        <Button type="submit" variant="secondary" busy={cancel.isPending}>
          {t('pacWorkshops.desk.cancel.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}

interface AttendanceValues {
  counts: { band: string; women: string; men: string }[];
  organisations: { name: string; associationId: string }[];
}
const count = (s: string) => (s.trim() === '' ? 0 : Number(s.trim()));

/** The attendance counted at the door: women and men in each of the commune's age bands; the organisations present. */
function Attendance({ w }: { w: StaffWorkshop }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const [saved, setSaved] = useState<{ total: number; women: number } | null>(null);
  const associations = useQuery(trpc.associations.directory.queryOptions({ commune: slug, pageSize: 50 }));
  const record = useMutation(trpc.pac.workshops.recordAttendance.mutationOptions({ onSuccess: useInvalidate() }));
  const toInput = (v: AttendanceValues) => ({
    id: w.id,
    counts: v.counts.map((c) => ({ band: c.band, women: count(c.women), men: count(c.men) })),
    organisations: v.organisations.map((o) => ({ name: o.name, associationId: o.associationId || undefined })),
  });
  const { form, props } = useKitForm<AttendanceValues>({
    defaultValues: {
      counts: w.bands.map((b) => {
        const c = w.attendance?.counts.find((x) => x.band === b.key);
        return { band: b.key, women: c ? String(c.women) : '', men: c ? String(c.men) : '' };
      }),
      organisations: w.organisations.map((o) => ({ name: o.name, associationId: o.associationId ?? '' })),
    },
    i18n,
    check: sectionCheck(pacAttendanceInput, toInput, i18n),
    describe: describeOptions(),
    submit: async (v) => {
      setSaved(null);
      const r = await record.mutateAsync({ commune: slug, ...toInput(v) });
      setSaved({ total: r.total, women: r.women });
    },
  });
  return (
    <Card title={t('pacWorkshops.desk.attendance.heading')} headingLevel={2}>
      <p>{t('pacWorkshops.desk.attendance.intro')}</p>
      <div role="status">{saved && <Alert tone="success">{t('pacWorkshops.desk.attendance.saved', saved)}</Alert>}</div>
      <KitForm {...props} busy={record.isPending}>
        {w.bands.map((b, i) => {
          const band = bandLabel(t, b);
          return (
            <fieldset key={b.key} className="pw-fieldset">
              <legend className="pw-legend">{t('pacWorkshops.desk.attendance.band', { band })}</legend>
              <div className="pw-pair">
                <form.AppField name={`counts[${i}].women`}>
                  {(f) => (
                    <f.TextField
                      label={t('pacWorkshops.desk.attendance.women', { band })}
                      inputMode="numeric"
                      dir="ltr"
                    />
                  )}
                </form.AppField>
                <form.AppField name={`counts[${i}].men`}>
                  {(f) => (
                    <f.TextField
                      label={t('pacWorkshops.desk.attendance.men', { band })}
                      inputMode="numeric"
                      dir="ltr"
                    />
                  )}
                </form.AppField>
              </div>
            </fieldset>
          );
        })}
        <form.Field name="organisations" mode="array">
          {(list) => (
            <fieldset className="pw-fieldset">
              <legend className="pw-legend">{t('pacWorkshops.desk.attendance.organisations')}</legend>
              {list.state.value.map((_, i) => (
                <div key={i} className="shb-stack">
                  <form.AppField name={`organisations[${i}].name`}>
                    {(f) => (
                      <f.TextField
                        label={t('pacWorkshops.desk.attendance.orgName', { n: i + 1 })}
                        required
                        maxLength={200}
                      />
                    )}
                  </form.AppField>
                  <form.AppField name={`organisations[${i}].associationId`}>
                    {(f) => (
                      <f.SelectField label={t('pacWorkshops.desk.attendance.orgAssociation', { n: i + 1 })}>
                        <option value="">{t('pacWorkshops.desk.attendance.orgNone')}</option>
                        {(associations.data?.items ?? []).map((a) => (
                          <option key={a.id} value={a.id}>
                            {inLanguage(a.names, lang)}
                          </option>
                        ))}
                      </f.SelectField>
                    )}
                  </form.AppField>
                  <Button variant="secondary" onClick={() => list.removeValue(i)}>
                    {t('pacWorkshops.desk.attendance.orgRemove', { n: i + 1 })}
                  </Button>
                </div>
              ))}
              <Button variant="secondary" onClick={() => list.pushValue({ name: '', associationId: '' })}>
                {t('pacWorkshops.desk.attendance.orgAdd')}
              </Button>
            </fieldset>
          )}
        </form.Field>
        <Button type="submit" busy={record.isPending}>
          {t('pacWorkshops.desk.attendance.save')}
        </Button>
      </KitForm>
    </Card>
  );
}

interface Line {
  text: string;
  theme: string;
  sex: string;
  ageBand: string;
}
interface Sheet {
  sheet: string;
  lines: Line[];
}
const EMPTY_LINE: Line = { text: '', theme: '', sex: '', ageBand: '' };

/**
 * A paper sheet keyed line by line, without names: every line is checked before anything is stored (a bad line's
 * box says what is wrong, the other lines stay as typed), then all the lines go in together.
 */
function PaperSheet({ w }: { w: StaffWorkshop }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [saved, setSaved] = useState<{ sheet: string; accepted: number; total: number } | null>(null);
  const key = useMutation(trpc.pac.workshops.keyPaperSheet.mutationOptions({ onSuccess: useInvalidate() }));
  const toInput = (v: Sheet) => ({ id: w.id, sheet: v.sheet, lines: v.lines });
  const { form, props } = useKitForm<Sheet>({
    defaultValues: { sheet: '', lines: [EMPTY_LINE] },
    i18n,
    check: sectionCheck(pacPaperSheetInput, toInput, i18n),
    describe: describeOptions(),
    submit: async (v) => {
      setSaved(null);
      // Checked already: parsing gives the procedure's own input (empty choices as absent).
      const r = await key.mutateAsync({ commune: slug, ...pacPaperSheetInput.parse(toInput(v)) });
      setSaved({ sheet: v.sheet, ...r });
      form.reset();
    },
  });
  return (
    <Card title={t('pacWorkshops.desk.paper.heading')} headingLevel={2}>
      <p>{t('pacWorkshops.desk.paper.intro', { max: MAX_LINES })}</p>
      <div role="status">{saved && <Alert tone="success">{t('pacWorkshops.desk.paper.saved', saved)}</Alert>}</div>
      <KitForm {...props} busy={key.isPending}>
        <form.AppField name="sheet">
          {(f) => (
            <f.TextField
              label={t('pacWorkshops.desk.paper.sheet')}
              hint={t('pacWorkshops.desk.paper.sheetHint')}
              required
              maxLength={40}
            />
          )}
        </form.AppField>
        <form.Field name="lines" mode="array">
          {(list) => (
            <div className="shb-stack">
              {list.state.value.map((_, i) => {
                const n = i + 1;
                return (
                  <fieldset key={i} className="pw-fieldset">
                    <legend className="pw-legend">{t('pacWorkshops.desk.paper.line', { n })}</legend>
                    <form.AppField name={`lines[${i}].text`}>
                      {(f) => (
                        <f.TextAreaField label={t('pacWorkshops.desk.paper.text', { n })} required maxLength={4000} />
                      )}
                    </form.AppField>
                    <form.AppField name={`lines[${i}].theme`}>
                      {(f) => <f.TextField label={t('pacWorkshops.desk.paper.theme', { n })} maxLength={120} />}
                    </form.AppField>
                    <div className="pw-pair">
                      <form.AppField name={`lines[${i}].sex`}>
                        {(f) => (
                          <f.SelectField label={t('pacWorkshops.desk.paper.sex', { n })}>
                            <option value="">{t('pacWorkshops.desk.paper.unknown')}</option>
                            {ATTENDEE_SEXES.map((s) => (
                              <option key={s} value={s}>
                                {t(`pacWorkshops.sex.${s}`)}
                              </option>
                            ))}
                          </f.SelectField>
                        )}
                      </form.AppField>
                      <form.AppField name={`lines[${i}].ageBand`}>
                        {(f) => (
                          <f.SelectField label={t('pacWorkshops.desk.paper.ageBand', { n })}>
                            <option value="">{t('pacWorkshops.desk.paper.unknown')}</option>
                            {w.bands.map((b) => (
                              <option key={b.key} value={b.key}>
                                {bandLabel(t, b)}
                              </option>
                            ))}
                          </f.SelectField>
                        )}
                      </form.AppField>
                    </div>
                    {list.state.value.length > 1 && (
                      <Button variant="secondary" onClick={() => list.removeValue(i)}>
                        {t('pacWorkshops.desk.paper.removeLine', { n })}
                      </Button>
                    )}
                  </fieldset>
                );
              })}
              {list.state.value.length < MAX_LINES && (
                <Button variant="secondary" onClick={() => list.pushValue(EMPTY_LINE)}>
                  {t('pacWorkshops.desk.paper.addLine')}
                </Button>
              )}
            </div>
          )}
        </form.Field>
        <Button type="submit" busy={key.isPending}>
          {t('pacWorkshops.desk.paper.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}

/** What was keyed so far, as the public will read it (no names: there are none). */
function Lines({ w }: { w: StaffWorkshop }) {
  const { t } = usePacI18n();
  if (w.contributionLines.length === 0) return null;
  return (
    <section aria-labelledby="pw-keyed" className="shb-stack">
      <h2 id="pw-keyed">{t('pacWorkshops.desk.paper.lines', { n: w.contributionLines.length })}</h2>
      <ul className="pac-list">
        {w.contributionLines.map((l) => (
          <li key={l.id} className="pac-contribution">
            <p>
              <bdi dir="ltr">{l.sheet}</bdi> · {t('pacWorkshops.desk.paper.line', { n: l.line })}
            </p>
            <p className="pac-text">
              <bdi>{l.body}</bdi>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The minutes: written, then signed into the public PDF (after which nothing it states changes). */
function Minutes({ w }: { w: StaffWorkshop }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const invalidate = useInvalidate();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.pac.workshops.saveMinutes.mutationOptions({ onSuccess: invalidate }));
  const issue = useMutation(trpc.pac.workshops.issueMinutes.mutationOptions({ onSuccess: invalidate }));
  const { form, props } = useKitForm<{ minutes: string }>({
    defaultValues: { minutes: w.minutesText ?? '' },
    i18n,
    check: sectionCheck(pacMinutesInput, (v: { minutes: string }) => ({ id: w.id, minutes: v.minutes }), i18n),
    describe: describeOptions(),
    submit: async (v) => {
      setSaved(false);
      await save.mutateAsync({ commune: slug, id: w.id, minutes: v.minutes });
      setSaved(true);
    },
  });
  return (
    <Card title={t('pacWorkshops.desk.minutes.heading')} headingLevel={2}>
      {w.minutes ? (
        <>
          <p className="pac-text">
            <bdi>{w.minutesText}</bdi>
          </p>
          <p>{t('pacWorkshops.desk.minutes.issued', { code: w.minutes.code })}</p>
          <ul>
            <li>
              <a href={w.minutes.downloadPath}>{t('pacWorkshops.minutes.pdf')}</a>
            </li>
            <li>
              <a href={w.minutes.verifyPath}>{t('pacWorkshops.minutes.verify', { code: w.minutes.code })}</a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <div role="status">{saved && <Alert tone="success">{t('pacWorkshops.desk.minutes.saved')}</Alert>}</div>
          <KitForm {...props} busy={save.isPending}>
            <form.AppField name="minutes">
              {(f) => <f.TextAreaField label={t('pacWorkshops.desk.minutes.text')} required maxLength={20000} />}
            </form.AppField>
            <Button type="submit" variant="secondary" busy={save.isPending}>
              {t('pacWorkshops.desk.minutes.save')}
            </Button>
          </KitForm>
          <p>{t('pacWorkshops.desk.minutes.issueHint')}</p>
          {issue.error && <Alert tone="error">{describeError(issue.error, i18n, describeOptions()).message}</Alert>}
          <Button busy={issue.isPending} onClick={() => issue.mutate({ commune: slug, id: w.id })}>
            {t('pacWorkshops.desk.minutes.issue')}
          </Button>
        </>
      )}
    </Card>
  );
}
