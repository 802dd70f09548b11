/** The petitions' menu entry and home card (in the first load, every language). */
export default {
  'petitionsMenu.nav': 'العرائض',
  'petitionsMenu.title': 'العرائض والمقترحات المواطنة',
  'petitionsMenu.description': 'عرائض إلى المجلس ومقترحات، توقيعاتها ومآلها',
};

declare module '../../types' {
  interface Catalogs {
    petitionsMenu: typeof import('./ar').default;
  }
}
