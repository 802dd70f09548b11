import type { CSSProperties } from 'react';

export interface Theme {
  primary: string;
  secondary: string;
  accent: string;
}

/** The CSS variables styles.css reads; put the result on the app's root element. */
export function themeStyle(theme: Theme): CSSProperties {
  return {
    '--color-primary': theme.primary,
    '--color-secondary': theme.secondary,
    '--color-accent': theme.accent,
  } as CSSProperties;
}
