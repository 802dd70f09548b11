/**
 * The complaints section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'complaintsMenu.nav': 'الشكايات',
  'complaintsMenu.title': 'الشكايات',
  'complaintsMenu.description': 'قدّموا شكاية أو ملاحظة أو اقتراحًا وتابعوا مراحل معالجتها.',
};

declare module '../../types' {
  interface Catalogs {
    complaintsMenu: typeof import('./ar').default;
  }
}
