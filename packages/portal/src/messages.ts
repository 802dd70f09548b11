import { commonMessages, complaintsMessages, deskMessages, mergeCatalogs, portalMessages } from '@shabaka/ui';

/** Only the namespaces the portal shows: the dashboard's and landing page's stay out of its bundle. */
export const messages = mergeCatalogs(commonMessages, portalMessages, complaintsMessages, deskMessages);
