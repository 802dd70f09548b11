/**
 * Staff roles, one wording for the portal (account page, staff area) and the network dashboard.
 * Dynamic keys: staffGlossary.role.<commune or network role>.
 */
export default {
  'staffGlossary.role.agent': 'عون',
  'staffGlossary.role.department_head': 'رئيس مصلحة',
  'staffGlossary.role.moderator': 'مشرف',
  'staffGlossary.role.commune_admin': 'مسؤول الجماعة',
  'staffGlossary.role.coordinator': 'منسّق الشبكة',
  'staffGlossary.role.network_admin': 'مسؤول الشبكة',
};

declare module '../../types' {
  interface Catalogs {
    staffGlossary: typeof import('./ar').default;
  }
}
