import type { ComponentProps } from 'react';
import { TextAreaField as SharedTextAreaField } from '@shabaka/ui';

/** The shared textarea, with the complaint screens' sizing. */
export const TextAreaField = ({ className, ...props }: ComponentProps<typeof SharedTextAreaField>) => (
  <SharedTextAreaField {...props} className={['cx-textarea', className].filter(Boolean).join(' ')} />
);
