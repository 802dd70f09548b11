/**
 * The procedures catalogue section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'proceduresMenu.nav': 'المساطر الإدارية',
  'proceduresMenu.title': 'المساطر الإدارية',
  'proceduresMenu.description': 'جميع المساطر والوثائق المطلوبة في مكان واحد.',
};

declare module '../../types' {
  interface Catalogs {
    proceduresMenu: typeof import('./ar').default;
  }
}
