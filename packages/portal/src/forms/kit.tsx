/**
 * The portal's form kit: forms on @tanstack/react-form with the fields of @shabaka/ui (label, hint and error linked
 * by aria-describedby), checked on submit and then on every change, the focus moved to the first field in error
 * (or to the summary), and the server's refusal shown through describeError: its sentence in the summary, its field
 * errors under the fields they name. Imported by lazy screens only, so the library stays out of the first load.
 */
import { createFormHook, createFormHookContexts, revalidateLogic, useStore } from '@tanstack/react-form';
import {
  Alert,
  SelectField as UiSelectField,
  TextAreaField as UiTextAreaField,
  TextField as UiTextField,
  type SelectFieldProps,
  type TextAreaFieldProps,
  type TextFieldProps,
  type Translator,
  useI18n,
} from '@shabaka/ui';
import {
  createContext,
  useContext,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { describeError, describeIssues, type DescribeOptions, type ErrorText } from '../errors';
import { RadioGroup, type Choice } from '../RadioGroup';

const { fieldContext, formContext, useFieldContext } = createFormHookContexts();

export { useStore };

/** Field paths → translated texts: what a form's checks return, and what the server's refusal maps to. */
export type FieldTexts = Record<string, string>;

const ServerFields = createContext<FieldTexts>({});

/** A field's error: its check's text while the check fails, else the server's for its path. */
export const errorOf = (name: string, errors: readonly unknown[], server: FieldTexts): string | undefined =>
  errors.find((e): e is string => typeof e === 'string' && e !== '') ??
  server[name] ??
  // An array field's name (`tranches[1].amountMad`) as the server's path names it (`tranches.1.amountMad`).
  server[name.replace(/\[(\d+)\]/g, '.$1')];

/** The error the kit's field in context shows. */
function useFieldError(): string | undefined {
  const field = useFieldContext<unknown>();
  const errors = useStore(field.store, (s) => s.meta.errors);
  return errorOf(field.name, errors, useContext(ServerFields));
}

/** The server's field texts, for a field the form lays out itself (`errorOf(field.name, errors, server)`). */
export const useServerFields = () => useContext(ServerFields);

type Bound<P> = Omit<P, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'>;

/** A kit field's binding to the form field around it: its name, value, change, blur and error. */
function useBound<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>() {
  const field = useFieldContext<string>();
  return {
    name: field.name,
    value: field.state.value,
    onChange: (e: ChangeEvent<E>) => field.handleChange(e.target.value),
    onBlur: field.handleBlur,
    error: useFieldError(),
  };
}

const TextField = (props: Bound<TextFieldProps>) => <UiTextField {...props} {...useBound<HTMLInputElement>()} />;
const TextAreaField = (props: Bound<TextAreaFieldProps>) => (
  <UiTextAreaField {...props} {...useBound<HTMLTextAreaElement>()} />
);
const SelectField = (props: Bound<SelectFieldProps>) => <UiSelectField {...props} {...useBound<HTMLSelectElement>()} />;

/** A password being chosen (sign-up, change): the server's rule as the hint, and the browser may suggest one. */
function NewPasswordField({ label }: { label: ReactNode }) {
  const { t } = useI18n();
  return (
    <TextField
      label={label}
      hint={t('portal.field.passwordHint')}
      type="password"
      autoComplete="new-password"
      minLength={10}
      required
    />
  );
}

function RadioField(props: { legend: ReactNode; choices: Choice[]; hint?: ReactNode; inline?: boolean }) {
  const field = useFieldContext<string>();
  return (
    <RadioGroup
      {...props}
      name={field.name}
      value={field.state.value}
      onChange={(v) => field.handleChange(v)}
      error={useFieldError()}
    />
  );
}

/** A checkbox with its label after it (the usual reading order for a check); `className` places it (desk-check). */
function CheckField({ label, className = 'desk-check' }: { label: ReactNode; className?: string }) {
  const field = useFieldContext<boolean>();
  const id = useId();
  return (
    <div className={className}>
      <input
        id={id}
        type="checkbox"
        name={field.name}
        checked={field.state.value}
        onChange={(e) => field.handleChange(e.target.checked)}
        onBlur={field.handleBlur}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export const { useAppForm, useTypedAppFormContext } = createFormHook({
  fieldContext,
  formContext,
  fieldComponents: { TextField, TextAreaField, SelectField, RadioField, CheckField, NewPasswordField },
  formComponents: {},
});

/** What a check needs of a schema (zod's `safeParse`; the portal does not depend on zod itself). */
export interface Schema {
  safeParse: (input: unknown) => { success: true } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
}

/**
 * A check made of an API schema (`@shabaka/api/schemas`: the object the procedure parses): the form's values as the
 * procedure's input, parsed, each issue worded as the server's would be (describeIssues).
 */
export const schemaCheck =
  <V,>(
    schema: Schema,
    toInput: (value: V) => unknown,
    i18n: Pick<Translator, 't' | 'has'>,
    options: DescribeOptions & { router?: string } = {},
  ) =>
  (value: V): FieldTexts => {
    const parsed = schema.safeParse(toInput(value));
    return parsed.success ? {} : describeIssues(parsed.error.issues, i18n, options);
  };

/** Moves the focus to the first control marked invalid in `form`, else to `summary` (after the errors render). */
function focusFirstError(form: HTMLFormElement | null, summary: HTMLElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A radio group is marked on its fieldset: the focus goes to its first radio.
    const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
    (target ?? summary)?.focus();
  });
}

export interface KitFormOptions<V> {
  defaultValues: V;
  i18n: Pick<Translator, 't' | 'has'>;
  /** The form's checks (the API's schemas): field path → translated text, empty when valid. */
  check?: (value: V) => FieldTexts | Promise<FieldTexts>;
  /** Sends the form; a thrown tRPC error is shown through describeError. */
  submit: (value: V) => Promise<unknown>;
  /** How describeError reads this form's refusals (the screen's section, the edited object). */
  describe?: DescribeOptions | ((error: unknown, value: V) => ErrorText);
}

/**
 * A form of the kit: `form` (TanStack Form, with the kit's fields as `form.AppField`), and `props` for `<KitForm>`.
 * Checks run on submit, then again on every change (a fixed field loses its error at once).
 */
export function useKitForm<V>({ defaultValues, i18n, check, submit, describe }: KitFormOptions<V>) {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<ErrorText | null>(null);
  const form = useAppForm({
    defaultValues,
    validationLogic: revalidateLogic({ mode: 'submit', modeAfterSubmission: 'change' }),
    // Every press runs the checks and moves the focus, also while errors are shown.
    canSubmitWhenInvalid: true,
    validators: check
      ? {
          onDynamicAsync: async ({ value }) => {
            const fields = await check(value);
            return Object.keys(fields).length ? { fields } : undefined;
          },
        }
      : {},
    onSubmitInvalid: () => {
      setRefusal(null);
      focusFirstError(formRef.current, summaryRef.current);
    },
    onSubmit: async ({ value }) => {
      setRefusal(null);
      try {
        await submit(value);
      } catch (error) {
        setRefusal(typeof describe === 'function' ? describe(error, value) : describeError(error, i18n, describe));
        focusFirstError(formRef.current, summaryRef.current);
      }
    },
  });
  const invalid = useStore(form.store, (s) => s.submissionAttempts > 0 && !s.isValid);
  const summary = invalid ? i18n.t('portal.error.form') : (refusal?.message ?? null);
  return { form, props: { form, formRef, summaryRef, summary, serverFields: refusal?.fields ?? {} } };
}

/** The form of `useKitForm<V>`, for a component that lays out some of its fields. */
export type KitFormApi<V> = ReturnType<typeof useKitForm<V>>['form'];

export interface KitFormProps {
  form: { handleSubmit: () => Promise<void>; AppForm: React.ComponentType<{ children?: ReactNode }> };
  formRef: RefObject<HTMLFormElement | null>;
  summaryRef: RefObject<HTMLDivElement | null>;
  summary: string | null;
  serverFields: FieldTexts;
  className?: string;
  /** While true (a send or an upload in progress), pressing submit does nothing. */
  busy?: boolean;
  children: ReactNode;
}

/** The `<form>` of a kit form: no browser validation (the kit's checks speak the reader's language), the summary first. */
export function KitForm({ form, formRef, summaryRef, summary, serverFields, className, busy, children }: KitFormProps) {
  return (
    <form
      ref={formRef}
      noValidate
      className={className ?? 'shb-stack'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void form.handleSubmit();
      }}
    >
      <div ref={summaryRef} tabIndex={-1}>
        {summary && <Alert tone="error">{summary}</Alert>}
      </div>
      <ServerFields.Provider value={serverFields}>
        <form.AppForm>{children}</form.AppForm>
      </ServerFields.Provider>
    </form>
  );
}
