/** The bulletins section's menu entry and home card (in the first load, every language). */
export default {
  'bulletinsMenu.nav': 'نشرات الحصيلة',
  'bulletinsMenu.title': 'نشرات حصيلة التدبير',
  'bulletinsMenu.description': 'أرقام الجماعة كل فصل وكل سنة، موقعة ومرتبطة بمعطياتها المفتوحة.',
};

declare module '../../types' {
  interface Catalogs {
    bulletinsMenu: typeof import('./ar').default;
  }
}
