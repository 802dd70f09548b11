import { TextField } from '@shabaka/ui';
import type { ComponentProps } from 'react';

/** A tracking code or key typed by hand: left-to-right on an Arabic page, no autofill, no spellcheck. */
export const CodeField = (props: ComponentProps<typeof TextField>) => (
  <TextField dir="ltr" autoComplete="off" spellCheck={false} {...props} />
);
