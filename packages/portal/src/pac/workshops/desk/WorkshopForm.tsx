import { pacWorkshopFieldsInput } from '@shabaka/api/schemas';
import { WORKSHOP_KINDS, type WorkshopKind } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Spinner } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { ScreenHeading } from '../../../desk/shared';
import { KitForm, useKitForm } from '../../../forms/kit';
import { usePacI18n } from '../../i18n';
import { describeOptions, sectionCheck, type StaffWorkshop } from '../model';

interface Pair {
  ar: string;
  fr: string;
}
interface Values {
  kind: string;
  title: Pair;
  topic: Pair;
  agenda: Pair[];
  day: string;
  startTime: string;
  endTime: string;
  place: Pair;
  address: Pair;
  lat: string;
  lon: string;
  capacity: string;
}

const EMPTY: Pair = { ar: '', fr: '' };
const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/** The form's values as the procedure's input (`workshop`): a position only when both numbers are given. */
const toFields = (v: Values) => ({
  kind: v.kind as WorkshopKind,
  title: v.title,
  topic: v.topic,
  agenda: v.agenda,
  day: v.day,
  startTime: v.startTime,
  endTime: v.endTime,
  place: v.place,
  address: v.address,
  position: v.lat.trim() === '' && v.lon.trim() === '' ? null : { lat: number(v.lat), lon: number(v.lon) },
  capacity: number(v.capacity),
});

const valuesOf = (w: StaffWorkshop | undefined): Values =>
  w
    ? {
        kind: w.kind,
        title: w.title,
        topic: w.topic,
        agenda: w.agenda,
        day: w.day,
        startTime: w.startTime,
        endTime: w.endTime,
        place: w.place,
        address: w.address,
        lat: w.position ? String(w.position.lat) : '',
        lon: w.position ? String(w.position.lon) : '',
        capacity: String(w.capacity),
      }
    : {
        kind: '',
        title: EMPTY,
        topic: EMPTY,
        agenda: [EMPTY],
        day: '',
        startTime: '',
        endTime: '',
        place: EMPTY,
        address: EMPTY,
        lat: '',
        lon: '',
        capacity: '',
      };

/** A new workshop, or one edited (a published one moved: its registered citizens are told). */
export default function WorkshopForm({ id }: { id?: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const existing = useQuery({
    ...trpc.pac.workshops.staffDetail.queryOptions({ commune: slug, id: id ?? '' }),
    enabled: !!id,
  });
  if (id && !existing.data) return <Spinner />;
  return <Editor id={id} w={existing.data} />;
}

function Editor({ id, w }: { id: string | undefined; w: StaffWorkshop | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState(false);
  const heading = t(id ? 'pacWorkshops.desk.form.edit' : 'pacWorkshops.desk.form.new');
  usePageTitle(heading);
  const save = useMutation(
    trpc.pac.workshops.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.workshops.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: valuesOf(w),
    i18n,
    check: sectionCheck(pacWorkshopFieldsInput, toFields, i18n),
    describe: describeOptions('workshop'),
    submit: async (v) => {
      setSaved(false);
      const r = await save.mutateAsync({ commune: slug, ...(id ? { id } : {}), workshop: toFields(v) });
      setSaved(true);
      if (!id) navigate(`/${r.id}`);
    },
  });
  const pair = (name: 'title' | 'topic' | 'place' | 'address', max: number) => (
    <div className="pw-pair">
      <form.AppField name={`${name}.ar`}>
        {(f) => <f.TextField label={t(`pacWorkshops.desk.form.${name}.ar`)} required maxLength={max} dir="rtl" />}
      </form.AppField>
      <form.AppField name={`${name}.fr`}>
        {(f) => <f.TextField label={t(`pacWorkshops.desk.form.${name}.fr`)} required maxLength={max} dir="ltr" />}
      </form.AppField>
    </div>
  );
  return (
    <section className="shb-stack">
      <p>
        <Link href={id ? `/${id}` : '/'}>{t('pacWorkshops.desk.back')}</Link>
      </p>
      <ScreenHeading>{heading}</ScreenHeading>
      {id && <p>{t('pacWorkshops.desk.form.movedHint')}</p>}
      <div role="status">{saved && <Alert tone="success">{t('pacWorkshops.desk.form.saved')}</Alert>}</div>
      <KitForm {...props} busy={save.isPending}>
        <form.AppField name="kind">
          {(f) => (
            <f.SelectField label={t('pacWorkshops.desk.form.kind')} required>
              <option value="" />
              {WORKSHOP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`pacWorkshops.kind.${k}`)}
                </option>
              ))}
            </f.SelectField>
          )}
        </form.AppField>
        {pair('title', 200)}
        {pair('topic', 200)}
        <form.Field name="agenda" mode="array">
          {(list) => (
            <fieldset className="pw-fieldset">
              <legend className="pw-legend">{t('pacWorkshops.desk.form.agenda')}</legend>
              {list.state.value.map((_, i) => (
                <div key={i} className="shb-stack">
                  <div className="pw-pair">
                    <form.AppField name={`agenda[${i}].ar`}>
                      {(f) => (
                        <f.TextField
                          label={t('pacWorkshops.desk.form.agenda.ar', { n: i + 1 })}
                          required
                          maxLength={300}
                          dir="rtl"
                        />
                      )}
                    </form.AppField>
                    <form.AppField name={`agenda[${i}].fr`}>
                      {(f) => (
                        <f.TextField
                          label={t('pacWorkshops.desk.form.agenda.fr', { n: i + 1 })}
                          required
                          maxLength={300}
                          dir="ltr"
                        />
                      )}
                    </form.AppField>
                  </div>
                  {list.state.value.length > 1 && (
                    <Button variant="secondary" onClick={() => list.removeValue(i)}>
                      {t('pacWorkshops.desk.form.agenda.remove', { n: i + 1 })}
                    </Button>
                  )}
                </div>
              ))}
              {list.state.value.length < 30 && (
                <Button variant="secondary" onClick={() => list.pushValue(EMPTY)}>
                  {t('pacWorkshops.desk.form.agenda.add')}
                </Button>
              )}
            </fieldset>
          )}
        </form.Field>
        <form.AppField name="day">
          {(f) => <f.TextField label={t('pacWorkshops.desk.form.day')} type="date" required />}
        </form.AppField>
        <div className="pw-pair">
          <form.AppField name="startTime">
            {(f) => <f.TextField label={t('pacWorkshops.desk.form.startTime')} type="time" required />}
          </form.AppField>
          <form.AppField name="endTime">
            {(f) => <f.TextField label={t('pacWorkshops.desk.form.endTime')} type="time" required />}
          </form.AppField>
        </div>
        {pair('place', 200)}
        {pair('address', 300)}
        <p className="shb-hint">{t('pacWorkshops.desk.form.positionHint')}</p>
        <div className="pw-pair">
          <form.AppField name="lat">
            {(f) => <f.TextField label={t('pacWorkshops.desk.form.lat')} inputMode="decimal" dir="ltr" />}
          </form.AppField>
          <form.AppField name="lon">
            {(f) => <f.TextField label={t('pacWorkshops.desk.form.lon')} inputMode="decimal" dir="ltr" />}
          </form.AppField>
        </div>
        <form.AppField name="capacity">
          {(f) => <f.TextField label={t('pacWorkshops.desk.form.capacity')} inputMode="numeric" dir="ltr" required />}
        </form.AppField>
        <Button type="submit" busy={save.isPending}>
          {t('pacWorkshops.desk.form.save')}
        </Button>
      </KitForm>
    </section>
  );
}
