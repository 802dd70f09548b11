import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { callFieldsInput } from '@shabaka/api/schemas';
import { Button } from '@shabaka/ui';
import { usePortal } from '../../config';
import { KitForm, useKitForm } from '../../forms/kit';
import { Part, Rows } from '../../forms/rows';
import { useCallsDeskI18n } from './i18n';
import { deskCheck, slot, type StaffCall } from './model';

type Bilingual = { ar: string; fr: string };

/** A call as the form holds it: the procedure's shape, numbers as typed text; a new row's key is empty. */
interface Draft {
  title: Bilingual;
  description: Bilingual;
  themes: Bilingual[];
  year: string;
  envelopeMad: string;
  maxPerProjectMad: string;
  eligibility: { seatInCommune: boolean; minYearsConstituted: string };
  criteria: { key: string; label: Bilingual; weight: string }[];
  checklist: { key: string; label: Bilingual; required: boolean }[];
  opensOn: string;
  closesOn: string;
}

const empty = (): Bilingual => ({ ar: '', fr: '' });

const EMPTY = (year: number): Draft => ({
  title: empty(),
  description: empty(),
  themes: [],
  year: String(year),
  envelopeMad: '',
  maxPerProjectMad: '',
  eligibility: { seatInCommune: true, minYearsConstituted: '0' },
  criteria: [{ key: '', label: empty(), weight: '' }],
  checklist: [{ key: '', label: empty(), required: true }],
  opensOn: '',
  closesOn: '',
});

const draftOf = (c: StaffCall): Draft => ({
  title: { ...c.title },
  description: { ...c.description },
  themes: c.themes.map((x) => ({ ...x })),
  year: String(c.year),
  envelopeMad: String(c.envelopeMad),
  maxPerProjectMad: c.maxPerProjectMad === null ? '' : String(c.maxPerProjectMad),
  eligibility: {
    seatInCommune: c.eligibility.seatInCommune,
    minYearsConstituted: String(c.eligibility.minYearsConstituted),
  },
  criteria: c.criteria.map((x) => ({ key: x.key, label: { ...x.label }, weight: String(x.weight) })),
  checklist: c.checklist.map((x) => ({ key: x.key, label: { ...x.label }, required: x.required })),
  opensOn: c.opensOn,
  closesOn: c.closesOn,
});

// An unreadable number goes as NaN: the schema names the field.
const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

/**
 * Keys are what marks and documents are filed under: a row keeps its key, a new one gets `<prefix><n>` from its
 * position (`c1`, `d2`), the next free number when another row already holds that one.
 */
function keyed<T extends { key: string }>(rows: T[], prefix: string) {
  const used = new Set(rows.map((r) => r.key).filter(Boolean));
  return rows.map((r, i) => {
    if (r.key) return r.key;
    let n = i + 1;
    while (used.has(`${prefix}${n}`)) n++;
    used.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  });
}

const toInput = (v: Draft) => {
  const criteriaKeys = keyed(v.criteria, 'c');
  const checklistKeys = keyed(v.checklist, 'd');
  return {
    title: v.title,
    description: v.description,
    themes: v.themes,
    year: num(v.year),
    envelopeMad: num(v.envelopeMad),
    maxPerProjectMad: v.maxPerProjectMad.trim() === '' ? null : num(v.maxPerProjectMad),
    eligibility: {
      seatInCommune: v.eligibility.seatInCommune,
      minYearsConstituted: v.eligibility.minYearsConstituted.trim() === '' ? 0 : num(v.eligibility.minYearsConstituted),
    },
    criteria: v.criteria.map((c, i) => ({ key: criteriaKeys[i]!, label: c.label, weight: num(c.weight) })),
    checklist: v.checklist.map((d, i) => ({ key: checklistKeys[i]!, label: d.label, required: d.required })),
    opensOn: v.opensOn,
    closesOn: v.closesOn,
  };
};

/**
 * Staff write a call (`calls.create`) or edit a draft (`calls.update`), checked with the procedure's own schema so
 * each refusal shows under its box; the server's (a closing day that is not a working day) lands there too.
 */
export function CallForm({ call, onSaved }: { call?: StaffCall; onSaved: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const onSuccess = () => queryClient.invalidateQueries(trpc.calls.pathFilter());
  const create = useMutation(trpc.calls.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.calls.update.mutationOptions({ onSuccess }));
  const { form, props } = useKitForm<Draft>({
    defaultValues: call ? draftOf(call) : EMPTY(new Date().getFullYear()),
    i18n,
    check: deskCheck(callFieldsInput, toInput, i18n),
    describe: { section: 'calls', slot, ...(call ? { within: 'call' } : {}) },
    submit: async (v) => {
      const saved = call
        ? await update.mutateAsync({ commune: slug, id: call.id, call: toInput(v) })
        : await create.mutateAsync({ commune: slug, ...toInput(v) });
      onSaved(saved.id);
    },
  });
  const busy = create.isPending || update.isPending;
  const bilingual = (name: 'title' | 'description', area = false) =>
    (['ar', 'fr'] as const).map((lang) => (
      <form.AppField key={lang} name={`${name}.${lang}`}>
        {(field) =>
          area ? (
            <field.TextAreaField
              label={t(`callsDesk.form.${name}.${lang}`)}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              lang={lang}
              required
              maxLength={4000}
            />
          ) : (
            <field.TextField
              label={t(`callsDesk.form.${name}.${lang}`)}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              lang={lang}
              required
              maxLength={200}
            />
          )
        }
      </form.AppField>
    ));
  return (
    <KitForm {...props} busy={busy}>
      <Part legend={t('callsDesk.form.part.text')}>
        {bilingual('title')}
        {bilingual('description', true)}
        <form.Field name="themes" mode="array">
          {(list) => (
            <Rows
              name="themes"
              legendText={t('callsDesk.form.themes')}
              list={list}
              legend={(n) => t('callsDesk.form.theme', { n })}
              remove={(n) => t('callsDesk.form.removeTheme', { n })}
              add={t('callsDesk.form.addTheme')}
              empty={empty()}
              min={0}
            >
              {(i) =>
                (['ar', 'fr'] as const).map((lang) => (
                  <form.AppField key={lang} name={`themes[${i}].${lang}`}>
                    {(field) => (
                      <field.TextField
                        label={t(`callsDesk.form.theme.${lang}`, { n: i + 1 })}
                        dir={lang === 'ar' ? 'rtl' : 'ltr'}
                        lang={lang}
                        required
                        maxLength={120}
                      />
                    )}
                  </form.AppField>
                ))
              }
            </Rows>
          )}
        </form.Field>
      </Part>
      <Part legend={t('callsDesk.form.part.money')}>
        <div className="cd-row">
          <form.AppField name="year">
            {(field) => <field.TextField label={t('callsDesk.form.year')} inputMode="numeric" required />}
          </form.AppField>
          <form.AppField name="envelopeMad">
            {(field) => <field.TextField label={t('callsDesk.form.envelope')} inputMode="numeric" required />}
          </form.AppField>
          <form.AppField name="maxPerProjectMad">
            {(field) => (
              <field.TextField
                label={t('callsDesk.form.maxPerProject')}
                hint={t('callsDesk.form.maxPerProjectHint')}
                inputMode="numeric"
              />
            )}
          </form.AppField>
        </div>
      </Part>
      <Part legend={t('callsDesk.form.part.eligibility')}>
        <form.AppField name="eligibility.seatInCommune">
          {(field) => <field.CheckField label={t('callsDesk.form.seatInCommune')} />}
        </form.AppField>
        <form.AppField name="eligibility.minYearsConstituted">
          {(field) => (
            <field.TextField
              label={t('callsDesk.form.minYears')}
              hint={t('callsDesk.form.minYearsHint')}
              inputMode="numeric"
            />
          )}
        </form.AppField>
      </Part>
      <Part legend={t('callsDesk.form.criteria')}>
        <form.Field name="criteria" mode="array">
          {(list) => (
            <Rows
              name="criteria"
              list={list}
              legend={(n) => t('callsDesk.form.criterion', { n })}
              remove={(n) => t('callsDesk.form.removeCriterion', { n })}
              add={t('callsDesk.form.addCriterion')}
              empty={{ key: '', label: empty(), weight: '' }}
              min={1}
            >
              {(i) => (
                <>
                  {(['ar', 'fr'] as const).map((lang) => (
                    <form.AppField key={lang} name={`criteria[${i}].label.${lang}`}>
                      {(field) => (
                        <field.TextField
                          label={t(`callsDesk.form.criterion.${lang}`, { n: i + 1 })}
                          dir={lang === 'ar' ? 'rtl' : 'ltr'}
                          lang={lang}
                          required
                          maxLength={200}
                        />
                      )}
                    </form.AppField>
                  ))}
                  <form.AppField name={`criteria[${i}].weight`}>
                    {(field) => (
                      <field.TextField
                        label={t('callsDesk.form.criterion.weight', { n: i + 1 })}
                        inputMode="numeric"
                        required
                      />
                    )}
                  </form.AppField>
                </>
              )}
            </Rows>
          )}
        </form.Field>
      </Part>
      <Part legend={t('callsDesk.form.checklist')}>
        <form.Field name="checklist" mode="array">
          {(list) => (
            <Rows
              name="checklist"
              list={list}
              legend={(n) => t('callsDesk.form.document', { n })}
              remove={(n) => t('callsDesk.form.removeDocument', { n })}
              add={t('callsDesk.form.addDocument')}
              empty={{ key: '', label: empty(), required: true }}
              min={0}
            >
              {(i) => (
                <>
                  {(['ar', 'fr'] as const).map((lang) => (
                    <form.AppField key={lang} name={`checklist[${i}].label.${lang}`}>
                      {(field) => (
                        <field.TextField
                          label={t(`callsDesk.form.document.${lang}`, { n: i + 1 })}
                          dir={lang === 'ar' ? 'rtl' : 'ltr'}
                          lang={lang}
                          required
                          maxLength={200}
                        />
                      )}
                    </form.AppField>
                  ))}
                  <form.AppField name={`checklist[${i}].required`}>
                    {(field) => <field.CheckField label={t('callsDesk.form.document.required', { n: i + 1 })} />}
                  </form.AppField>
                </>
              )}
            </Rows>
          )}
        </form.Field>
      </Part>
      <Part legend={t('callsDesk.form.part.dates')}>
        <div className="cd-row">
          <form.AppField name="opensOn">
            {(field) => <field.TextField label={t('callsDesk.form.opensOn')} type="date" required />}
          </form.AppField>
          <form.AppField name="closesOn">
            {(field) => (
              <field.TextField
                label={t('callsDesk.form.closesOn')}
                hint={t('callsDesk.form.closesOnHint')}
                type="date"
                required
              />
            )}
          </form.AppField>
        </div>
      </Part>
      <Button type="submit" busy={busy}>
        {call ? t('callsDesk.form.save') : t('callsDesk.form.create')}
      </Button>
    </KitForm>
  );
}
