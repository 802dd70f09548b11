/** The subsidy ledger's menu entry and home card (in the first load, every language). */
export default {
  'subsidiesMenu.nav': 'الدعم',
  'subsidiesMenu.title': 'سجل الدعم العمومي للجمعيات',
  'subsidiesMenu.description': 'من استفاد، لأي مشروع، وكم صُرف',
};

declare module '../../types' {
  interface Catalogs {
    subsidiesMenu: typeof import('./ar').default;
  }
}
