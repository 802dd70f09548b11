/** The calls' menu entry and home card (in the first load, every language). */
export default {
  'callsMenu.nav': 'طلبات المشاريع',
  'callsMenu.title': 'طلبات المشاريع ونتائجها',
  'callsMenu.description': 'الطلبات المفتوحة للجمعيات، المعايير، والنتائج مع أسبابها',
};

declare module '../../types' {
  interface Catalogs {
    callsMenu: typeof import('./ar').default;
  }
}
