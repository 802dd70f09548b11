import { pacDraftFieldsInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { Part, Rows } from '../../forms/rows';
import { usePacI18n } from '../i18n';
import { inLanguage, usePacDates, type Draft } from '../model';

type Bilingual = { ar: string; fr: string };
interface Values {
  title: Bilingual;
  opensOn: string;
  closesOn: string;
  sections: { title: Bilingual; paragraphs: { text: Bilingual }[] }[];
}

const empty = (): Bilingual => ({ ar: '', fr: '' });
const emptySection = () => ({ title: empty(), paragraphs: [{ text: empty() }] });
const valuesOf = (d: Draft | null): Values =>
  d
    ? {
        title: { ...d.title },
        opensOn: d.opensOn,
        closesOn: d.closesOn,
        sections: d.sections.map((s) => ({
          title: { ...s.title },
          paragraphs: s.paragraphs.map((p) => ({ text: { ...p.text } })),
        })),
      }
    : { title: empty(), opensOn: '', closesOn: '', sections: [emptySection()] };
/** A section's or paragraph's box whatever its row. */
const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/**
 * The desk's draft plan: the one not yet open to comment is written and edited here (its sections of numbered
 * paragraphs and its window); once open, its words stay, and a new draft starts empty.
 */
export default function DraftScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const { day } = usePacDates();
  // Said by the screen: a new draft's form is replaced by the saved draft's.
  const [saved, setSaved] = useState(false);
  usePageTitle(t('pac.desk.draft.heading'));
  const overview = useQuery(trpc.pac.staffOverview.queryOptions({ commune: slug }));
  const upcoming = overview.data?.drafts.find((d) => d.window === 'upcoming');
  const draft = useQuery({
    ...trpc.pac.staffDraft.queryOptions({ commune: slug, id: upcoming?.id ?? '' }),
    enabled: !!upcoming,
  });
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pac.desk.draft.heading')}</ScreenHeading>
      <p>{t('pac.desk.draft.intro')}</p>
      <Loaded query={overview} describe={(e) => describeError(e, i18n, { section: 'pac' }).message}>
        {(data) => {
          const plan = data.plans[0];
          if (!plan) return <p>{t('pac.desk.draft.noPlan')}</p>;
          const open = data.drafts.filter((d) => d.window !== 'upcoming');
          return (
            <>
              {open.length > 0 && (
                <ul className="pac-list">
                  {open.map((d) => (
                    <li key={d.id}>
                      {t(d.window === 'open' ? 'pac.desk.draft.isOpen' : 'pac.desk.draft.isClosed', {
                        title: inLanguage(d.title, lang),
                        date: day(d.closesOn),
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {upcoming && draft.isPending ? null : (
                <DraftForm
                  key={upcoming?.id ?? 'new'}
                  planId={plan.id}
                  draft={upcoming ? (draft.data ?? null) : null}
                  onSaved={() => setSaved(true)}
                />
              )}
            </>
          );
        }}
      </Loaded>
      {saved && <Alert tone="success">{t('pac.desk.draft.saved')}</Alert>}
    </section>
  );
}

function DraftForm({ planId, draft, onSaved }: { planId: string; draft: Draft | null; onSaved: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const save = useMutation(
    trpc.pac.saveDraft.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.pac.pathFilter()) }),
  );
  const toInput = (v: Values) => ({ planId, ...v });
  const options = { section: 'pac' as const, slot, within: 'draft' };
  const { form, props } = useKitForm<Values>({
    defaultValues: valuesOf(draft),
    i18n,
    check: schemaCheck(pacDraftFieldsInput, toInput, i18n, options),
    describe: options,
    submit: async (v) => {
      await save.mutateAsync({ commune: slug, ...(draft ? { id: draft.id } : {}), draft: toInput(v) });
      onSaved();
    },
  });
  const bilingual = (
    name: string,
    key: 'title' | 'section' | 'paragraph',
    values: Record<string, number | string>,
    area = false,
  ) =>
    (['ar', 'fr'] as const).map((lang) => (
      <form.AppField key={lang} name={`${name}.${lang}` as 'title.ar'}>
        {(field) =>
          area ? (
            <field.TextAreaField
              label={t(`pac.desk.draft.${key}.${lang}`, values)}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              lang={lang}
              required
              maxLength={4000}
            />
          ) : (
            <field.TextField
              label={t(`pac.desk.draft.${key}.${lang}`, values)}
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
    <KitForm {...props} busy={save.isPending}>
      <Part legend={t('pac.desk.draft.part')}>
        {bilingual('title', 'title', {})}
        <div className="kit-row">
          <form.AppField name="opensOn">
            {(field) => <field.TextField label={t('pac.desk.draft.opensOn')} type="date" required />}
          </form.AppField>
          <form.AppField name="closesOn">
            {(field) => <field.TextField label={t('pac.desk.draft.closesOn')} type="date" required />}
          </form.AppField>
        </div>
      </Part>
      <form.Field name="sections" mode="array">
        {(sections) => (
          <Rows
            name="sections"
            legendText={t('pac.desk.draft.sections')}
            list={sections}
            legend={(n) => t('pac.desk.draft.sectionN', { n })}
            remove={(n) => t('pac.desk.draft.removeSection', { n })}
            add={t('pac.desk.draft.addSection')}
            empty={emptySection()}
            min={1}
          >
            {(i) => (
              <div className="shb-stack">
                {bilingual(`sections[${i}].title`, 'section', { n: i + 1 })}
                <form.Field name={`sections[${i}].paragraphs`} mode="array">
                  {(paragraphs) => (
                    <Rows
                      name={`sections[${i}].paragraphs`}
                      list={paragraphs}
                      legend={(n) => t('pac.paragraph', { number: `${i + 1}.${n}` })}
                      remove={(n) => t('pac.desk.draft.removeParagraph', { number: `${i + 1}.${n}` })}
                      add={t('pac.desk.draft.addParagraph', { n: i + 1 })}
                      empty={{ text: empty() }}
                      min={1}
                    >
                      {(j) =>
                        bilingual(
                          `sections[${i}].paragraphs[${j}].text`,
                          'paragraph',
                          { number: `${i + 1}.${j + 1}` },
                          true,
                        )
                      }
                    </Rows>
                  )}
                </form.Field>
              </div>
            )}
          </Rows>
        )}
      </form.Field>
      <Button type="submit" busy={save.isPending}>
        {draft ? t('pac.desk.draft.save') : t('pac.desk.draft.create')}
      </Button>
    </KitForm>
  );
}
