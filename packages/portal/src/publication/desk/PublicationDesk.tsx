import { publicationSaveInput } from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { PUBLICATION_CATEGORIES } from '@shabaka/db/enums';
import { Alert, Button, Card, FilePicker } from '@shabaka/ui';
import { useId, useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { CheckField, ScreenHeading } from '../../desk/shared';
import { prepareScan, ScanError } from '../../desk/files';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { usePublicationI18n } from '../i18n';
import '../publication.css';

type StaffList = RouterOutputs['publication']['staffList'];
type StaffItem = StaffList['items'][number];
type Staff = StaffList['staff'];
type Category = (typeof PUBLICATION_CATEGORIES)[number];

interface Values {
  category: Category | '';
  ar: string;
  fr: string;
  es: string;
  departmentId: string;
  keeperId: string;
  url: string;
  updatedOn: string;
  refreshMonths: string;
}

const toInput = (v: Values) => ({
  item: {
    category: v.category || undefined,
    title: { ar: v.ar, fr: v.fr, es: v.es },
    departmentId: v.departmentId || null,
    keeperId: v.keeperId || null,
    url: v.url,
    updatedOn: v.updatedOn,
    refreshMonths: v.refreshMonths.trim() === '' ? NaN : Number(v.refreshMonths),
  },
});
// The form's boxes are named after the item's fields: errors on `item.url` land under the "url" box.
const DESCRIBE = { section: 'publication', slot: (p: string) => p.replace(/^item\.(title\.)?/, '') } as const;

/**
 * /staff/publication — the commune's checklist of what it publishes of its own accord: each item's state
 * today (stale ones first to see), edited in place (a save over a colleague's newer one is refused), removed,
 * or, for a commune without one, started from article 10's list (its wording to verify, said on screen).
 */
export default function PublicationDesk() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePublicationI18n();
  const { t } = i18n;
  usePageTitle(t('publication.desk.title'));
  const list = useQuery(trpc.publication.staffList.queryOptions({ commune: slug }));
  const start = useMutation(
    trpc.publication.startFromLaw.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.publication.pathFilter()),
    }),
  );
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('publication.desk.title')}</ScreenHeading>
      <p>{t('publication.desk.intro')}</p>
      <Alert tone="warning">{t('publication.desk.toVerify')}</Alert>
      <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'publication' }).message}>
        {(data) => (
          <>
            {data.items.length === 0 && (
              <div>
                <Button type="button" busy={start.isPending} onClick={() => start.mutate({ commune: slug })}>
                  {t('publication.desk.start')}
                </Button>
              </div>
            )}
            {start.error && (
              <Alert tone="error">{describeError(start.error, i18n, { section: 'publication' }).message}</Alert>
            )}
            <p role="status">
              {t('publication.desk.counts', {
                fresh: data.counts.fresh,
                stale: data.counts.stale,
                unpublished: data.counts.unpublished,
              })}
            </p>
            <ul className="pub-list">
              {data.items.map((i) => (
                <li key={i.id}>
                  <ItemRow
                    item={i}
                    staff={data.staff}
                    editing={editing === i.id}
                    onEdit={() => setEditing(i.id)}
                    onDone={() => setEditing(null)}
                  />
                </li>
              ))}
            </ul>
            {editing === 'new' ? (
              <ItemForm staff={data.staff} onDone={() => setEditing(null)} />
            ) : (
              <div>
                <Button type="button" variant="secondary" onClick={() => setEditing('new')}>
                  {t('publication.desk.add')}
                </Button>
              </div>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function ItemRow({
  item,
  staff,
  editing,
  onEdit,
  onDone,
}: {
  item: StaffItem;
  staff: Staff;
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePublicationI18n();
  const { t, lang } = i18n;
  const remove = useMutation(
    trpc.publication.remove.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.publication.pathFilter()),
    }),
  );
  const title = lang === 'ar' ? item.title.ar : item.title.fr;
  return (
    <Card title={title} headingLevel={2}>
      <div className="shb-stack">
        <p>
          <strong className={`pub-status pub-status--${item.status}`}>{t(`publication.status.${item.status}`)}</strong>
          {item.nextDueOn && <> · {t('publication.desk.due', { date: item.nextDueOn })}</>}
        </p>
        <p>
          {t('publication.desk.keeper', {
            name: staff.find((s) => s.id === item.keeperId)?.displayName ?? t('publication.desk.noKeeper'),
          })}
        </p>
        {item.file && (
          <p>
            <a href={item.file.href} target="_blank" rel="noopener">
              {t('publication.desk.currentFile', { name: item.file.name })}
            </a>
          </p>
        )}
        {editing ? (
          <ItemForm item={item} staff={staff} onDone={onDone} />
        ) : (
          <div className="pub-actions">
            <Button
              type="button"
              variant="secondary"
              onClick={onEdit}
              aria-label={t('publication.desk.editItem', { title })}
            >
              {t('publication.desk.edit')}
            </Button>{' '}
            <Button
              type="button"
              variant="secondary"
              busy={remove.isPending}
              aria-label={t('publication.desk.removeItem', { title })}
              onClick={() => remove.mutate({ commune: slug, id: item.id })}
            >
              {t('publication.desk.remove')}
            </Button>
          </div>
        )}
        {remove.error && (
          <Alert tone="error">{describeError(remove.error, i18n, { section: 'publication' }).message}</Alert>
        )}
      </div>
    </Card>
  );
}

/** The file chosen to publish, read in the browser before the save (a scan downscaled, a PDF as it is). */
async function uploadOf(file: File) {
  const s = await prepareScan(file);
  return { name: s.name, dataBase64: s.dataBase64 };
}

function ItemForm({ item, staff, onDone }: { item?: StaffItem; staff: Staff; onDone: () => void }) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dropFile, setDropFile] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePublicationI18n();
  const { t, lang } = i18n;
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }));
  const save = useMutation(
    trpc.publication.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.publication.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: {
      category: item?.category ?? '',
      ar: item?.title.ar ?? '',
      fr: item?.title.fr ?? '',
      es: item?.title.es ?? '',
      departmentId: item?.department?.id ?? '',
      keeperId: item?.keeperId ?? '',
      url: item?.url ?? '',
      updatedOn: item?.updatedOn ?? '',
      refreshMonths: item ? String(item.refreshMonths) : '12',
    },
    i18n,
    check: schemaCheck(publicationSaveInput, toInput, i18n, DESCRIBE),
    submit: async (v) => {
      setFileProblem(null);
      let upload;
      try {
        upload = file ? await uploadOf(file) : dropFile ? null : undefined;
      } catch (error) {
        if (error instanceof ScanError) {
          setFileProblem(t(`publication.desk.fileProblem.${error.problem}`));
          return;
        }
        throw error;
      }
      await save.mutateAsync({
        commune: slug,
        ...(item ? { id: item.id, version: item.version } : {}),
        ...(toInput(v) as { item: Parameters<typeof save.mutateAsync>[0]['item'] }),
        ...(upload !== undefined ? { file: upload } : {}),
      });
      onDone();
    },
    describe: DESCRIBE,
  });
  return (
    <KitForm {...props} busy={save.isPending}>
      <form.AppField name="category">
        {(field) => (
          <field.SelectField label={t('publication.field.category')} required>
            <option value="" />
            {PUBLICATION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`publication.category.${c}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="ar">
        {(field) => <field.TextField label={t('publication.field.ar')} required maxLength={200} dir="rtl" />}
      </form.AppField>
      <form.AppField name="fr">
        {(field) => <field.TextField label={t('publication.field.fr')} required maxLength={200} dir="ltr" />}
      </form.AppField>
      <form.AppField name="es">
        {(field) => <field.TextField label={t('publication.field.es')} maxLength={200} dir="ltr" />}
      </form.AppField>
      <form.AppField name="departmentId">
        {(field) => (
          <field.SelectField label={t('publication.field.departmentId')}>
            <option value="">{t('publication.field.noDepartment')}</option>
            {(overview.data?.departments ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.names[lang]}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="keeperId">
        {(field) => (
          <field.SelectField label={t('publication.field.keeperId')} hint={t('publication.field.keeperHint')}>
            <option value="">{t('publication.desk.noKeeper')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="url">
        {(field) => (
          <field.TextField
            label={t('publication.field.url')}
            hint={t('publication.field.urlHint')}
            maxLength={500}
            dir="ltr"
            inputMode="url"
          />
        )}
      </form.AppField>
      <div className="shb-field">
        <label htmlFor={fileId} className="shb-label">
          {t('publication.field.file')}
        </label>
        <p className="shb-hint" id={`${fileId}-hint`}>
          {file ? t('publication.desk.chosenFile', { name: file.name }) : t('publication.field.fileHint')}
        </p>
        <FilePicker
          id={fileId}
          button={t('publication.desk.chooseFile')}
          accept="application/pdf,image/*"
          aria-describedby={`${fileId}-hint`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFileProblem(null);
          }}
        />
        {fileProblem && (
          <p className="shb-field-error" role="alert">
            {fileProblem}
          </p>
        )}
      </div>
      {item?.file && !file && (
        <CheckField
          label={t('publication.desk.dropFile', { name: item.file.name })}
          checked={dropFile}
          onChange={(e) => setDropFile(e.target.checked)}
        />
      )}
      <form.AppField name="updatedOn">
        {(field) => (
          <field.TextField
            label={t('publication.field.updatedOn')}
            hint={t('publication.field.updatedOnHint')}
            type="date"
          />
        )}
      </form.AppField>
      <form.AppField name="refreshMonths">
        {(field) => (
          <field.TextField label={t('publication.field.refreshMonths')} required inputMode="numeric" maxLength={2} />
        )}
      </form.AppField>
      <div className="pub-actions">
        <Button type="submit">{t('publication.desk.save')}</Button>{' '}
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('publication.desk.cancel')}
        </Button>
      </div>
    </KitForm>
  );
}
