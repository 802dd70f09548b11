/**
 * The access-to-information requests section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'informationMenu.nav': 'الحصول على المعلومات',
  'informationMenu.title': 'الحق في الحصول على المعلومات',
  'informationMenu.description': 'اطلبوا معلومة من الجماعة وتابعوا الآجال القانونية لجوابها (القانون 31.13).',
};

declare module '../../types' {
  interface Catalogs {
    informationMenu: typeof import('./ar').default;
  }
}
