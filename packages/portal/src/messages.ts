import { MENU_NAMESPACES, type Namespace } from '@shabaka/ui';

/**
 * Only the namespaces the portal shows on first load, in the active language only: the
 * dashboard's and landing page's stay out, the staff desk's (`desk`) loads with the desk's
 * lazy chunks (see desk/i18n.ts) and each section's with its own. The sections' menu entries
 * (`*Menu`) are in the bundle already.
 */
export const FIRST_LOAD_NAMESPACES: readonly Namespace[] = ['common', 'portal', ...MENU_NAMESPACES];
