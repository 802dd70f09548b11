import { bulletinPeriodInput, bulletinTextsInput, periodLabel } from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useRouter } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { Figures } from '../Figures';
import { useBulletinsI18n } from '../i18n';
import '../bulletins.css';

type Item = RouterOutputs['bulletins']['staffList'][number];
type Detail = RouterOutputs['bulletins']['staffGet'];

/**
 * /staff/bulletins — the commune's bulletins: a period's draft opened by an editor, its editors' texts written
 * (a save over a colleague's newer one is refused), its figures read live until someone with `bulletins:approve`
 * approves it: then they are frozen, signed in three languages and published at the bulletin's stable address.
 */
export default function BulletinsDesk() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useBulletinsI18n();
  const { t } = i18n;
  usePageTitle(t('bulletins.desk.title'));
  const list = useQuery(trpc.bulletins.staffList.queryOptions({ commune: slug }));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('bulletins.desk.title')}</ScreenHeading>
      <p>{t('bulletins.desk.intro')}</p>
      <GenerateForm onDone={setOpen} />
      <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'bulletins' }).message}>
        {(items) => (
          <ul className="bl-list">
            {items.map((b) => (
              <li key={b.id}>
                <Row item={b} open={open === b.id} onOpen={() => setOpen(open === b.id ? null : b.id)} />
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function Row({ item, open, onOpen }: { item: Item; open: boolean; onOpen: () => void }) {
  const i18n = useBulletinsI18n();
  const { t } = i18n;
  const period = periodLabel(i18n, item);
  return (
    <Card title={period} headingLevel={2}>
      <div className="shb-stack">
        <p>
          <strong>{t(`bulletins.desk.state.${item.state}`)}</strong>
        </p>
        <div className="bl-actions">
          <Button type="button" variant="secondary" aria-expanded={open} onClick={onOpen}>
            {t('bulletins.desk.edit', { period })}
          </Button>
        </div>
        {open && <Editor id={item.id} />}
      </div>
    </Card>
  );
}

interface PeriodValues {
  year: string;
  quarter: string;
}
const toPeriod = (v: PeriodValues) => ({ year: Number(v.year), quarter: Number(v.quarter) });

function GenerateForm({ onDone }: { onDone: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useBulletinsI18n();
  const { t } = i18n;
  const generate = useMutation(
    trpc.bulletins.generate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.bulletins.pathFilter()),
    }),
  );
  const year = new Date().getFullYear();
  const { form, props } = useKitForm<PeriodValues>({
    defaultValues: { year: String(year), quarter: String(Math.max(1, Math.ceil((new Date().getMonth() + 1) / 3) - 1)) },
    i18n,
    check: schemaCheck(bulletinPeriodInput, toPeriod, i18n, { section: 'bulletins' }),
    submit: async (v) => onDone((await generate.mutateAsync({ commune: slug, ...toPeriod(v) })).id),
    describe: { section: 'bulletins' },
  });
  return (
    <KitForm {...props} busy={generate.isPending}>
      <form.AppField name="year">
        {(field) => (
          <field.SelectField label={t('bulletins.desk.year')} required>
            {[year, year - 1, year - 2].map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="quarter">
        {(field) => (
          <field.SelectField label={t('bulletins.desk.quarter')} required>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={String(q)}>
                {t('bulletins.desk.quarterN', { quarter: q })}
              </option>
            ))}
            <option value="0">{t('bulletins.desk.wholeYear')}</option>
          </field.SelectField>
        )}
      </form.AppField>
      <div>
        <Button type="submit">{t('bulletins.desk.generate')}</Button>
      </div>
    </KitForm>
  );
}

function Editor({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useBulletinsI18n();
  const detail = useQuery(trpc.bulletins.staffGet.queryOptions({ commune: slug, id }));
  return (
    <Loaded query={detail} describe={(e) => describeError(e, i18n, { section: 'bulletins' }).message}>
      {(d) => <EditorView d={d} />}
    </Loaded>
  );
}

interface TextValues {
  editorialAr: string;
  editorialFr: string;
  editorialEs: string;
  notesAr: string;
  notesFr: string;
  notesEs: string;
}
const toTexts = (v: TextValues) => ({
  texts: {
    editorial: { ar: v.editorialAr, fr: v.editorialFr, es: v.editorialEs },
    notes: { ar: v.notesAr, fr: v.notesFr, es: v.notesEs },
  },
});
// The form's boxes are named after the texts: an error on `texts.editorial.ar` lands under "editorialAr".
const slot = (p: string) =>
  p.replace(/^texts\.(editorial|notes)\.(ar|fr|es)$/, (_, k: string, l: string) => `${k}${l[0]!.toUpperCase()}${l[1]}`);
const DESCRIBE = { section: 'bulletins', slot } as const;

function EditorView({ d }: { d: Detail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { can } = useMe();
  const i18n = useBulletinsI18n();
  const { t } = i18n;
  const portal = useRouter().base.replace(/\/staff\/bulletins$/, '');
  const [said, setSaid] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries(trpc.bulletins.pathFilter());
  const save = useMutation(trpc.bulletins.saveTexts.mutationOptions({ onSuccess: invalidate }));
  const approve = useMutation(trpc.bulletins.approve.mutationOptions({ onSuccess: invalidate }));
  const draft = d.state === 'draft';
  const { form, props } = useKitForm<TextValues>({
    defaultValues: {
      editorialAr: d.texts.editorial?.ar ?? '',
      editorialFr: d.texts.editorial?.fr ?? '',
      editorialEs: d.texts.editorial?.es ?? '',
      notesAr: d.texts.notes?.ar ?? '',
      notesFr: d.texts.notes?.fr ?? '',
      notesEs: d.texts.notes?.es ?? '',
    },
    i18n,
    check: schemaCheck(bulletinTextsInput, (v) => ({ id: d.id, version: d.version, ...toTexts(v) }), i18n, DESCRIBE),
    submit: async (v) => {
      await save.mutateAsync({ commune: slug, id: d.id, version: d.version, ...toTexts(v) });
      setSaid(t('bulletins.desk.saved'));
    },
    describe: DESCRIBE,
  });
  const box = (name: keyof TextValues, dir: 'rtl' | 'ltr') => (
    <form.AppField name={name}>
      {(field) => (
        <field.TextAreaField
          label={t(`bulletins.desk.${name}`)}
          maxLength={6000}
          dir={dir}
          rows={4}
          readOnly={!draft}
        />
      )}
    </form.AppField>
  );
  return (
    <div className="shb-stack">
      {draft ? (
        <Alert tone="info">{t('bulletins.desk.live')}</Alert>
      ) : (
        <p>
          <Link href={`~${portal}/bulletins/${d.period}`}>{t('bulletins.desk.publicPage')}</Link>
        </p>
      )}
      <KitForm {...props} busy={save.isPending}>
        {box('editorialAr', 'rtl')}
        {box('editorialFr', 'ltr')}
        {box('editorialEs', 'ltr')}
        {box('notesAr', 'rtl')}
        {box('notesFr', 'ltr')}
        {box('notesEs', 'ltr')}
        {draft && (
          <div>
            <Button type="submit">{t('bulletins.desk.save')}</Button>
          </div>
        )}
      </KitForm>
      {said && <p role="status">{said}</p>}
      {draft && can('bulletins:approve') && (
        <div className="shb-stack">
          <p>{t('bulletins.desk.approveHint')}</p>
          <div>
            <Button
              type="button"
              busy={approve.isPending}
              onClick={() =>
                approve.mutate(
                  { commune: slug, id: d.id, version: d.version },
                  { onSuccess: () => setSaid(t('bulletins.desk.published')) },
                )
              }
            >
              {t('bulletins.desk.approve')}
            </Button>
          </div>
          {approve.error && (
            <Alert tone="error">{describeError(approve.error, i18n, { section: 'bulletins' }).message}</Alert>
          )}
        </div>
      )}
      <Figures sections={d.figures.sections} level={3} />
    </div>
  );
}
