import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `noticeLog.*` keys (and `cases.*` for the copy button): the delivery log and SMS follow screens. */
export const useNoticeLogI18n = scopedI18n(['noticeLog', 'cases']);
