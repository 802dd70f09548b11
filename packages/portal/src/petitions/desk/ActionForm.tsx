import { Alert, Button } from '@shabaka/ui';
import { useState, type ReactNode } from 'react';
import { KitForm, useKitForm, type FieldTexts, type Schema } from '../../forms/kit';
import { usePetitionsDeskI18n } from './i18n';
import { describeDesk, deskCheck } from './model';

export type Values = Record<string, string>;

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  kind?: 'text' | 'area' | 'number' | 'date' | 'select';
  options?: { value: string; label: string }[];
  maxLength?: number;
  required?: boolean;
}

/**
 * One of the bureau's forms (a decision, a date, a text): its boxes, checked with the procedure's own schema
 * and refused by the server under the box the error names (`rename` maps an input path such as `vote.for` to
 * the box's name), and what was done said in a live region once sent.
 */
export function ActionForm({
  legend,
  intro,
  fields,
  schema,
  toInput,
  send,
  done,
  submit,
  variant = 'primary',
  rename = (p) => p,
  onDone,
}: {
  legend: string;
  intro?: ReactNode;
  fields: FieldSpec[];
  schema: Schema;
  toInput: (v: Values) => unknown;
  send: (input: unknown) => Promise<unknown>;
  done: string;
  submit: string;
  variant?: 'primary' | 'secondary';
  rename?: (path: string) => string;
  /** Said by the screen instead (a decision moves the petition on, and this form goes away with its state). */
  onDone?: (said: string) => void;
}) {
  const i18n = usePetitionsDeskI18n();
  const [said, setSaid] = useState('');
  const renamed = (texts: FieldTexts) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [rename(k), v]));
  const { form, props } = useKitForm<Values>({
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, ''])),
    i18n,
    check: (v) => renamed(deskCheck(schema, toInput, i18n)(v)),
    describe: (error) => {
      const said = describeDesk(error, i18n);
      return { message: said.message, fields: renamed(said.fields) };
    },
    submit: async (v) => {
      setSaid('');
      await send(toInput(v));
      if (onDone) onDone(done);
      else setSaid(done);
      form.reset();
    },
  });
  return (
    <fieldset className="pd-fieldset shb-stack">
      <legend className="pd-legend">{legend}</legend>
      {intro}
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <KitForm {...props}>
        {fields.map((f) => (
          <form.AppField key={f.name} name={f.name}>
            {(field) =>
              f.kind === 'area' ? (
                <field.TextAreaField label={f.label} hint={f.hint} required={f.required} maxLength={f.maxLength} />
              ) : f.kind === 'select' ? (
                <field.SelectField label={f.label} hint={f.hint} required={f.required}>
                  <option value="" />
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </field.SelectField>
              ) : (
                <field.TextField
                  label={f.label}
                  hint={f.hint}
                  required={f.required}
                  maxLength={f.maxLength}
                  type={f.kind === 'date' ? 'date' : 'text'}
                  inputMode={f.kind === 'number' ? 'numeric' : undefined}
                />
              )
            }
          </form.AppField>
        ))}
        <Button type="submit" variant={variant}>
          {submit}
        </Button>
      </KitForm>
    </fieldset>
  );
}

/** A whole number as typed (Arabic-Indic digits too); anything else goes as NaN, which the schema names. */
export function count(s: string) {
  const latin = s.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  return latin === '' || !/^\d+$/.test(latin) ? NaN : Number(latin);
}
