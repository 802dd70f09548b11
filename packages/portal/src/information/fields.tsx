import type { Translator } from '@shabaka/ui';
import { informationRegisterInput, informationSubmitInput } from '@shabaka/api/schemas';
import { schemaCheck, useStore, type KitFormApi } from '../forms/kit';
import { useInformationI18n } from './i18n';
import { contactFor, DELIVERY_CHANNELS, localDateTime, type DeliveryChannel, type IntakeChannel } from './model';

/**
 * What a requester gives, shaped as the API's input (fields named by their API path, so the schema's and the
 * server's errors land on them); the staff's counter form adds how and when the request came in.
 */
export interface Draft {
  subject: string;
  description: string;
  urgent: boolean;
  urgencyReason: string;
  requester: { name: string; cin: string; phone: string; email: string; address: string };
  deliveryChannel: DeliveryChannel | '';
  /** Counter form only. */
  channel: IntakeChannel | '';
  /** Counter form only: a `datetime-local` value. */
  receivedAt: string;
}

export const emptyDraft = (name = '', email = ''): Draft => ({
  subject: '',
  description: '',
  urgent: false,
  urgencyReason: '',
  requester: { name, cin: '', phone: '', email, address: '' },
  deliveryChannel: '',
  channel: 'counter',
  receivedAt: '',
});

/**
 * The API's input from a draft. Only the contact the chosen delivery needs is sent
 * with it (a hidden field typed earlier stays in the draft, not in the request).
 */
export function requestOf(d: Draft) {
  const needs = contactFor(d.deliveryChannel);
  return {
    subject: d.subject.trim(),
    description: d.description.trim(),
    urgent: d.urgent,
    urgencyReason: d.urgent ? d.urgencyReason.trim() || undefined : undefined,
    requester: {
      name: d.requester.name.trim() || undefined,
      cin: d.requester.cin.trim(),
      phone: d.requester.phone.trim(),
      email: needs === 'email' ? d.requester.email.trim() : '',
      address: needs === 'address' ? d.requester.address.trim() || undefined : undefined,
    },
    // An unchosen channel is sent empty: the schema names the field.
    deliveryChannel: d.deliveryChannel as DeliveryChannel,
  };
}

/** The counter's input: the request, how it came in and when it was stamped. */
export const registrationOf = (d: Draft) => ({
  ...requestOf(d),
  channel: d.channel as IntakeChannel,
  receivedAt: localDateTime(d.receivedAt),
});

type I18n = Pick<Translator, 't' | 'has'>;
const describe = { router: 'informationRequests' } as const;
/** The citizen's form, checked with the procedure's own schema. */
export const submitCheck = (i18n: I18n) => schemaCheck(informationSubmitInput, requestOf, i18n, describe);
/** The counter form, checked with `register`'s schema. */
export const registerCheck = (i18n: I18n) => schemaCheck(informationRegisterInput, registrationOf, i18n, describe);

/**
 * The request's fields: what is asked, urgency, who asks, and how the answer is delivered
 * (the email or postal address appears when the chosen channel needs it).
 */
export function RequestFields({
  form,
  staff = false,
}: {
  form: KitFormApi<Draft>;
  /** At the counter the agent types what the requester says or wrote. */
  staff?: boolean;
}) {
  const { t } = useInformationI18n();
  const urgent = useStore(form.store, (s) => s.values.urgent);
  const needs = contactFor(useStore(form.store, (s) => s.values.deliveryChannel));
  return (
    <>
      <fieldset className="ir-fieldset">
        <legend>{t('information.form.what')}</legend>
        <form.AppField name="subject">
          {(field) => <field.TextField label={t('information.field.subject')} required maxLength={200} />}
        </form.AppField>
        <form.AppField name="description">
          {(field) => (
            <field.TextAreaField
              label={t('information.field.description')}
              hint={t('information.field.descriptionHint')}
              required
              rows={6}
              maxLength={4000}
            />
          )}
        </form.AppField>
        <form.AppField name="urgent">
          {(field) => <field.CheckField className="ir-check" label={t('information.field.urgent')} />}
        </form.AppField>
        {urgent && (
          <form.AppField name="urgencyReason">
            {(field) => (
              <field.TextAreaField
                label={t('information.field.urgencyReason')}
                hint={t('information.field.urgencyReasonHint')}
                required
                rows={3}
                maxLength={1000}
              />
            )}
          </form.AppField>
        )}
      </fieldset>
      <fieldset className="ir-fieldset">
        <legend>{staff ? t('information.form.whoStaff') : t('information.form.who')}</legend>
        <p className="shb-hint">{t('information.form.whoHint')}</p>
        <form.AppField name="requester.name">
          {(field) => <field.TextField label={t('information.field.name')} autoComplete="name" maxLength={120} />}
        </form.AppField>
        <form.AppField name="requester.cin">
          {(field) => (
            <field.TextField
              label={t('information.field.cin')}
              hint={t('information.field.cinHint')}
              dir="ltr"
              autoCapitalize="characters"
              maxLength={9}
            />
          )}
        </form.AppField>
        <form.AppField name="requester.phone">
          {(field) => (
            <field.TextField
              label={t('information.field.phone')}
              type="tel"
              dir="ltr"
              autoComplete="tel"
              maxLength={20}
            />
          )}
        </form.AppField>
      </fieldset>
      <form.AppField name="deliveryChannel">
        {(field) => (
          <field.RadioField
            legend={t('information.field.deliveryChannel')}
            hint={t('information.field.deliveryHint')}
            choices={DELIVERY_CHANNELS.map((c) => ({
              value: c,
              label: t(`information.delivery.${c}`),
              hint: t(`information.delivery.${c}.hint`),
            }))}
          />
        )}
      </form.AppField>
      {needs === 'email' && (
        <form.AppField name="requester.email">
          {(field) => (
            <field.TextField
              label={t('information.field.email')}
              hint={t('information.field.emailHint')}
              type="email"
              dir="ltr"
              autoComplete="email"
              required
            />
          )}
        </form.AppField>
      )}
      {needs === 'address' && (
        <form.AppField name="requester.address">
          {(field) => (
            <field.TextAreaField
              label={t('information.field.address')}
              autoComplete="street-address"
              required
              rows={3}
              maxLength={300}
            />
          )}
        </form.AppField>
      )}
    </>
  );
}
