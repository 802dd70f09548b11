import { commonMessages, mergeCatalogs, portalMessages } from '@shabaka/ui';

/**
 * Only the namespaces the portal shows on first load: the dashboard's and landing page's
 * stay out of its bundle, the staff desk's (`desk.*`) travels with the desk's lazy
 * chunks (see desk/i18n.ts) and the complaints screens' (`complaints.*`) with theirs
 * (see complaints/i18n.ts).
 */
export const messages = mergeCatalogs(commonMessages, portalMessages);
