/** The rooms section's menu entry and home card (in the first load, every language). */
export default {
  'roomsMenu.nav': 'القاعات',
  'roomsMenu.title': 'قاعات للجمعيات',
  'roomsMenu.description': 'قاعات الجماعة وأوقات شغلها',
};

declare module '../../types' {
  interface Catalogs {
    roomsMenu: typeof import('./ar').default;
  }
}
