import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

export interface FilePickerProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  id: string;
  /** The button's text, in the page's language. */
  button: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A file input whose button speaks the page's language. The browser's own control says
 * "Choose files / No file chosen" in the browser's language, whatever the page's: it stays
 * in the page (focus, keyboard, the field's label, automation) but visually hidden, and a
 * second label styled as a button opens it. That label is hidden from assistive technology,
 * so the input's name stays the field's label.
 */
export function FilePicker({ id, button, className, ...input }: FilePickerProps) {
  return (
    <span className={['shb-file', className].filter(Boolean).join(' ')}>
      <input {...input} id={id} type="file" className="shb-file-input" />
      <label htmlFor={id} className="shb-button shb-button--secondary shb-file-button" aria-hidden="true">
        {button}
      </label>
    </span>
  );
}
