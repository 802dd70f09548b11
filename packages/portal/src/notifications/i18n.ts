import { scopedI18n } from '../i18n';

/** The notification settings and unsubscribe pages' catalog (with the portal's first load). */
export const useNotificationSettingsI18n = scopedI18n(['notificationSettings']);
