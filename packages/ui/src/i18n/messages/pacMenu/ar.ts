/** The action plan's menu entry and home card (in the first load, every language). */
export default {
  'pacMenu.nav': 'برنامج عمل الجماعة',
  'pacMenu.title': 'برنامج عمل الجماعة',
  'pacMenu.projects': 'تتبع المشاريع',
  'pacMenu.priorities': 'أولويات البرنامج',
  'pacMenu.description': 'مراحل البرنامج، ومشروعه المعروض للتعليق، ومساهمات المواطنين وأجوبة الجماعة',
};

declare module '../../types' {
  interface Catalogs {
    pacMenu: typeof import('./ar').default;
  }
}
