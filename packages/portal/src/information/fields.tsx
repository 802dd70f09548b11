import { TextField } from '@shabaka/ui';
import { useId, type ChangeEvent } from 'react';
import { RadioGroup } from '../RadioGroup';
import { TextAreaField } from '@shabaka/ui';
import { useInformationI18n } from './i18n';
import { contactFor, DELIVERY_CHANNELS, type DeliveryChannel } from './model';

/** What a requester gives; the citizen's form and the staff's counter form both edit it. */
export interface Draft {
  subject: string;
  description: string;
  urgent: boolean;
  urgencyReason: string;
  name: string;
  cin: string;
  phone: string;
  email: string;
  address: string;
  deliveryChannel: DeliveryChannel | '';
}

/** The draft's free-text fields. */
type TextKey = 'subject' | 'description' | 'urgencyReason' | 'name' | 'cin' | 'phone' | 'email' | 'address';

export const emptyDraft = (name = '', email = ''): Draft => ({
  subject: '',
  description: '',
  urgent: false,
  urgencyReason: '',
  name,
  cin: '',
  phone: '',
  email,
  address: '',
  deliveryChannel: '',
});

/** The fields' order on screen: the focus goes to the first one the server refused. */
export const FIELD_ORDER = [
  'subject',
  'description',
  'urgencyReason',
  'requester.name',
  'requester.cin',
  'requester.phone',
  'deliveryChannel',
  'requester.email',
  'requester.address',
] as const;

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
      name: d.name.trim() || undefined,
      cin: d.cin.trim(),
      phone: d.phone.trim(),
      email: needs === 'email' ? d.email.trim() : '',
      address: needs === 'address' ? d.address.trim() || undefined : undefined,
    },
    // An unchosen channel is sent empty: the server names the field in its answer.
    deliveryChannel: d.deliveryChannel as DeliveryChannel,
  };
}

/**
 * The request's fields: what is asked, urgency, who asks, and how the answer is delivered
 * (the email or postal address appears when the chosen channel needs it). Inputs are
 * named by their API path, so a server error lands on its field.
 */
export function RequestFields({
  draft,
  set,
  errors,
  staff = false,
}: {
  draft: Draft;
  set: (changes: Partial<Draft>) => void;
  errors: Record<string, string>;
  /** At the counter the agent types what the requester says or wrote. */
  staff?: boolean;
}) {
  const { t } = useInformationI18n();
  const needs = contactFor(draft.deliveryChannel);
  const urgentId = useId();
  /** A text input's wiring: the draft's value, its update, and the server's error for the API name. */
  const bind = (key: TextKey, name: string = key) => ({
    name,
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ [key]: e.target.value }),
    error: errors[name],
  });
  return (
    <>
      <fieldset className="ir-fieldset">
        <legend>{t('information.form.what')}</legend>
        <TextField label={t('information.field.subject')} required maxLength={200} {...bind('subject')} />
        <TextAreaField
          label={t('information.field.description')}
          hint={t('information.field.descriptionHint')}
          required
          rows={6}
          maxLength={4000}
          {...bind('description')}
        />
        <div className="ir-check">
          <input
            id={urgentId}
            type="checkbox"
            name="urgent"
            checked={draft.urgent}
            onChange={(e) => set({ urgent: e.target.checked })}
          />
          <label htmlFor={urgentId}>{t('information.field.urgent')}</label>
        </div>
        {draft.urgent && (
          <TextAreaField
            label={t('information.field.urgencyReason')}
            hint={t('information.field.urgencyReasonHint')}
            required
            rows={3}
            maxLength={1000}
            {...bind('urgencyReason')}
          />
        )}
      </fieldset>
      <fieldset className="ir-fieldset">
        <legend>{staff ? t('information.form.whoStaff') : t('information.form.who')}</legend>
        <p className="shb-hint">{t('information.form.whoHint')}</p>
        <TextField
          label={t('information.field.name')}
          autoComplete="name"
          maxLength={120}
          {...bind('name', 'requester.name')}
        />
        <TextField
          label={t('information.field.cin')}
          hint={t('information.field.cinHint')}
          dir="ltr"
          autoCapitalize="characters"
          maxLength={9}
          {...bind('cin', 'requester.cin')}
        />
        <TextField
          label={t('information.field.phone')}
          type="tel"
          dir="ltr"
          autoComplete="tel"
          maxLength={20}
          {...bind('phone', 'requester.phone')}
        />
      </fieldset>
      <RadioGroup
        legend={t('information.field.deliveryChannel')}
        hint={t('information.field.deliveryHint')}
        name="deliveryChannel"
        value={draft.deliveryChannel}
        onChange={(v) => set({ deliveryChannel: v as DeliveryChannel })}
        error={errors.deliveryChannel}
        choices={DELIVERY_CHANNELS.map((c) => ({
          value: c,
          label: t(`information.delivery.${c}`),
          hint: t(`information.delivery.${c}.hint`),
        }))}
      />
      {needs === 'email' && (
        <TextField
          label={t('information.field.email')}
          hint={t('information.field.emailHint')}
          type="email"
          dir="ltr"
          autoComplete="email"
          required
          {...bind('email', 'requester.email')}
        />
      )}
      {needs === 'address' && (
        <TextAreaField
          label={t('information.field.address')}
          autoComplete="street-address"
          required
          rows={3}
          maxLength={300}
          {...bind('address', 'requester.address')}
        />
      )}
    </>
  );
}
