import { petitionFieldsInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { ASSOCIATION_SECTORS, type AssociationSector } from '@shabaka/db/enums';
import { Button, Card } from '@shabaka/ui';
import { Link, useLocation } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { KitForm, schemaCheck, useKitForm, useStore } from '../forms/kit';
import { inLanguage } from '../subsidies/model';
import { usePetitionsI18n } from './i18n';
import { useTrackEffect } from './parts';
import './petitions.css';

interface Values {
  track: 'petition' | 'proposal';
  associationId: string;
  subject: string;
  reasons: string;
  request: string;
  theme: AssociationSector | '';
  language: 'ar' | 'fr' | 'es';
  name: string;
  cin: string;
  address: string;
  phone: string;
}
const toInput = (v: Values) => ({
  track: v.track,
  associationId: v.track === 'petition' && v.associationId ? v.associationId : null,
  subject: v.subject,
  reasons: v.reasons,
  request: v.request,
  // Checked by the schema before it is sent: an empty choice is refused, naming the field.
  theme: v.theme as AssociationSector,
  language: v.language,
  mandataire: { name: v.name, cin: v.cin, address: v.address, phone: v.phone || undefined },
});

/** The mandataire's fields sit at the form's top level ("mandataire.cin" is shown under "cin"). */
const DESCRIBE = {
  section: 'petitions',
  slot: (path: string) => (path.startsWith('mandataire.') ? path.slice('mandataire.'.length) : path),
} as const;

/** /petitions/new — a draft petition or proposal; the account that writes it becomes its mandataire. */
export default function NewPetition() {
  const { me } = useMe();
  const { t } = usePetitionsI18n();
  usePageTitle(t('petitions.new.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/petitions">{t('petitions.back')}</Link>
      </p>
      <h1>{t('petitions.new.title')}</h1>
      {me ? (
        <NewForm />
      ) : (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent('/petitions/new')}`}>{t('petitions.new.signIn')}</Link>
        </p>
      )}
    </div>
  );
}

function NewForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t, lang } = i18n;
  const [, navigate] = useLocation();
  // The associations the account represents here: a petition may be filed in one's name.
  const represented = useQuery(trpc.calls.mine.queryOptions({ commune: slug }));
  const create = useMutation(
    trpc.petitions.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: {
      track: 'petition',
      associationId: '',
      subject: '',
      reasons: '',
      request: '',
      theme: '',
      language: lang,
      name: '',
      cin: '',
      address: '',
      phone: '',
    },
    i18n,
    check: schemaCheck(petitionFieldsInput, toInput, i18n, DESCRIBE),
    submit: async (v) => {
      const { id } = await create.mutateAsync({ commune: slug, ...toInput(v) });
      navigate(`/petitions/${id}/manage`);
    },
    describe: DESCRIBE,
  });
  const track = useStore(form.store, (s) => s.values.track);
  const effect = useTrackEffect();
  const associations = represented.data?.associations ?? [];
  return (
    <KitForm {...props} busy={create.isPending}>
      <form.AppField name="track">
        {(field) => (
          <field.RadioField
            legend={t('petitions.new.track')}
            choices={[
              {
                value: 'petition',
                label: t('petitions.track.petition'),
                hint: effect?.('petition'),
              },
              { value: 'proposal', label: t('petitions.track.proposal'), hint: effect?.('proposal') },
            ]}
          />
        )}
      </form.AppField>
      {track === 'petition' && associations.length > 0 && (
        <form.AppField name="associationId">
          {(field) => (
            <field.SelectField label={t('petitions.new.association')}>
              <option value="">{t('petitions.new.asCitizens')}</option>
              {associations.map((a) => (
                <option key={a.id} value={a.id}>
                  {inLanguage(a.names, lang)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
      )}
      <form.AppField name="subject">
        {(field) => <field.TextField label={t('petitions.new.subject')} required maxLength={200} />}
      </form.AppField>
      <form.AppField name="reasons">
        {(field) => (
          <field.TextAreaField
            label={t('petitions.new.reasons')}
            hint={t('petitions.new.reasonsHint')}
            required
            maxLength={4000}
          />
        )}
      </form.AppField>
      <form.AppField name="request">
        {(field) => <field.TextAreaField label={t('petitions.new.request')} required maxLength={2000} />}
      </form.AppField>
      <form.AppField name="theme">
        {(field) => (
          <field.SelectField label={t('petitions.new.theme')} required>
            <option value="">{t('petitions.new.themeChoose')}</option>
            {ASSOCIATION_SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`associationsGlossary.sector.${s}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <Card title={t('petitions.new.mandataire')} headingLevel={2}>
        <p>{t('petitions.new.mandataireHint')}</p>
        <form.AppField name="name">
          {(field) => <field.TextField label={t('petitions.new.name')} required autoComplete="name" maxLength={120} />}
        </form.AppField>
        <form.AppField name="cin">
          {(field) => <field.TextField label={t('petitions.new.cin')} required dir="ltr" maxLength={12} />}
        </form.AppField>
        <form.AppField name="address">
          {(field) => (
            <field.TextField
              label={t('petitions.new.address')}
              required
              autoComplete="street-address"
              maxLength={300}
            />
          )}
        </form.AppField>
        <form.AppField name="phone">
          {(field) => <field.TextField label={t('petitions.new.phone')} type="tel" dir="ltr" autoComplete="tel" />}
        </form.AppField>
      </Card>
      <Button type="submit" busy={create.isPending}>
        {t('petitions.new.submit')}
      </Button>
    </KitForm>
  );
}
