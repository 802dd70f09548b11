import { petitionPaperBatchInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { errorOf, KitForm, useKitForm, useServerFields, useStore, type KitFormApi } from '../../forms/kit';
import { usePetitionsDeskI18n } from './i18n';
import { describeDesk, deskCheck, useDossier, type Dossier } from './model';

interface Line {
  name: string;
  cin: string;
  address: string;
  neighbourhood: string;
  basis: '' | 'resident' | 'activity';
  activity: string;
  registeredVoter: boolean;
}
interface Sheet {
  sheet: string;
  signers: Line[];
}

/** A paper sheet holds at most this many lines a batch (the procedure's own limit). */
const MAX = 100;
const EMPTY_LINE: Line = {
  name: '',
  cin: '',
  address: '',
  neighbourhood: '',
  basis: '',
  activity: '',
  registeredVoter: false,
};

const toInput = (id: string) => (v: Sheet) => ({
  id,
  sheet: v.sheet,
  signers: v.signers.map((s) => ({
    name: s.name,
    cin: s.cin,
    address: s.address,
    neighbourhood: s.neighbourhood,
    // No choice goes as nothing: the schema names the line's basis.
    basis: s.basis || undefined,
    activity: s.basis === 'activity' ? s.activity || undefined : undefined,
    registeredVoter: s.registeredVoter,
  })),
});

/** The outcome of a saved sheet: lines counted, the duplicates by their line number, the new total. */
interface Saved {
  sheet: string;
  accepted: number;
  duplicates: number[];
  signatures: number;
  threshold: number;
}

/**
 * An agent keys a paper signature sheet while the petition collects: every line checked before anything is
 * stored (a bad line's box says what is wrong, the other lines stay as typed), then each person counted once —
 * who already signed online, on an earlier sheet or higher on this one is a duplicate, said by line number.
 */
export default function PaperScreen({ id }: { id: string }) {
  const i18n = usePetitionsDeskI18n();
  const { t } = i18n;
  const { can } = useMe();
  const dossier = useDossier(id);
  usePageTitle(t('petitionsDesk.paper.title'));
  return (
    <section className="shb-stack">
      <Loaded query={dossier} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(p) => (
          <>
            <ScreenHeading>
              {t('petitionsDesk.paper.title')} — <bdi dir="ltr">{p.code}</bdi>
            </ScreenHeading>
            <p>
              <Link href={`/${p.id}`}>
                <bdi>{p.subject}</bdi>
              </Link>
            </p>
            {!can('petitions:key') ? (
              <p>{t('petitionsDesk.paper.notAllowed')}</p>
            ) : p.state !== 'collecting' ? (
              <p>{t('petitionsDesk.paper.notCollecting')}</p>
            ) : (
              <PaperForm p={p} />
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function PaperForm({ p }: { p: Dossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsDeskI18n();
  const { t, formatNumber, formatList } = i18n;
  const rules = useQuery(trpc.petitions.staffRules.queryOptions({ commune: slug }));
  const voter = rules.data?.registeredVoterRequired ?? false;
  const bases = rules.data?.signerBases ?? (['resident', 'activity'] as const);
  const [saved, setSaved] = useState<Saved | null>(null);
  const key = useMutation(
    trpc.petitions.paperBatch.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Sheet>({
    defaultValues: { sheet: '', signers: [EMPTY_LINE] },
    i18n,
    check: deskCheck(petitionPaperBatchInput, toInput(p.id), i18n),
    describe: (error) => describeDesk(error, i18n),
    submit: async (v) => {
      setSaved(null);
      // Checked already: parsing gives the procedure's own input (a CIN's spaces and dashes dropped).
      const r = await key.mutateAsync({ commune: slug, ...petitionPaperBatchInput.parse(toInput(p.id)(v)) });
      setSaved({ sheet: v.sheet, ...r });
      form.reset();
    },
  });
  return (
    <>
      <p>{t('petitionsDesk.paper.intro', { max: MAX })}</p>
      <div role="status">
        {saved && (
          <Alert tone="success" title={t('petitionsDesk.paper.saved', { sheet: saved.sheet })}>
            <p>{t('petitionsDesk.paper.accepted', { n: saved.accepted })}</p>
            <p>
              {saved.duplicates.length === 0
                ? t('petitionsDesk.paper.noDuplicate')
                : t('petitionsDesk.paper.duplicates', {
                    n: saved.duplicates.length,
                    lines: formatList(saved.duplicates.map((l) => formatNumber(l + 1))),
                  })}
            </p>
            <p>
              {t('petitionsDesk.paper.total', {
                n: formatNumber(saved.signatures),
                threshold: formatNumber(saved.threshold),
              })}{' '}
              {saved.signatures >= saved.threshold
                ? t('petitionsDesk.paper.reached')
                : t('petitionsDesk.paper.missing', { n: saved.threshold - saved.signatures })}
            </p>
          </Alert>
        )}
      </div>
      <KitForm {...props} busy={key.isPending}>
        <form.AppField name="sheet">
          {(field) => (
            <field.TextField
              label={t('petitionsDesk.paper.sheet')}
              hint={t('petitionsDesk.paper.sheetHint')}
              required
              maxLength={40}
            />
          )}
        </form.AppField>
        <form.Field name="signers" mode="array">
          {(list) => (
            <div className="shb-stack">
              {list.state.value.map((_, i) => (
                <LineFields
                  key={i}
                  form={form}
                  i={i}
                  voter={voter}
                  bases={bases}
                  onRemove={list.state.value.length > 1 ? () => list.removeValue(i) : undefined}
                />
              ))}
              {list.state.value.length < MAX ? (
                <Button variant="secondary" onClick={() => list.pushValue(EMPTY_LINE)}>
                  {t('petitionsDesk.paper.addLine')}
                </Button>
              ) : (
                <p>{t('petitionsDesk.paper.full', { max: MAX })}</p>
              )}
            </div>
          )}
        </form.Field>
        <Button type="submit" busy={key.isPending}>
          {t('petitionsDesk.paper.submit')}
        </Button>
      </KitForm>
    </>
  );
}

/** One line of the sheet: a fieldset named by its number, its boxes named by the line too. */
function LineFields({
  form,
  i,
  voter,
  bases,
  onRemove,
}: {
  form: KitFormApi<Sheet>;
  i: number;
  voter: boolean;
  bases: readonly ('resident' | 'activity')[];
  onRemove: (() => void) | undefined;
}) {
  const { t } = usePetitionsDeskI18n();
  const n = i + 1;
  const basis = useStore(form.store, (s) => s.values.signers[i]?.basis);
  return (
    <fieldset className="pd-fieldset pd-row">
      <legend className="pd-legend">{t('petitionsDesk.paper.line', { n })}</legend>
      <form.AppField name={`signers[${i}].name`}>
        {(f) => <f.TextField label={t('petitionsDesk.paper.field.name', { n })} required maxLength={120} />}
      </form.AppField>
      <form.AppField name={`signers[${i}].cin`}>
        {(f) => (
          <f.TextField
            label={t('petitionsDesk.paper.field.cin', { n })}
            dir="ltr"
            autoComplete="off"
            required
            maxLength={12}
          />
        )}
      </form.AppField>
      <form.AppField name={`signers[${i}].address`}>
        {(f) => <f.TextField label={t('petitionsDesk.paper.field.address', { n })} required maxLength={300} />}
      </form.AppField>
      <form.AppField name={`signers[${i}].neighbourhood`}>
        {(f) => <f.TextField label={t('petitionsDesk.paper.field.neighbourhood', { n })} required maxLength={80} />}
      </form.AppField>
      <form.AppField name={`signers[${i}].basis`}>
        {(f) => (
          <f.SelectField label={t('petitionsDesk.paper.field.basis', { n })} required>
            <option value="" />
            {bases.map((b) => (
              <option key={b} value={b}>
                {t(`petitionsDesk.basis.${b}`)}
              </option>
            ))}
          </f.SelectField>
        )}
      </form.AppField>
      {basis === 'activity' && (
        <form.AppField name={`signers[${i}].activity`}>
          {(f) => (
            <f.TextField
              label={t('petitionsDesk.paper.field.activity', { n })}
              hint={t('petitionsDesk.paper.activityHint')}
              required
              maxLength={200}
            />
          )}
        </form.AppField>
      )}
      {voter && (
        <form.AppField name={`signers[${i}].registeredVoter`}>
          {(f) => <f.CheckField label={t('petitionsDesk.paper.field.registeredVoter', { n })} />}
        </form.AppField>
      )}
      {voter && <CheckError name={`signers[${i}].registeredVoter`} />}
      {onRemove && (
        <Button variant="secondary" onClick={onRemove}>
          {t('petitionsDesk.paper.removeLine', { n })}
        </Button>
      )}
    </fieldset>
  );
}

/** The server's word on a checkbox (the commune asks signers to be on the rolls): the kit's check shows none. */
function CheckError({ name }: { name: string }) {
  const text = errorOf(name, [], useServerFields());
  return text ? <p className="shb-field-error">{text}</p> : null;
}
