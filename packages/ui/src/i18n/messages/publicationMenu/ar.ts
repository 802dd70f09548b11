/** The publication section's menu entry and home card (in the first load, every language). */
export default {
  'publicationMenu.nav': 'النشر الاستباقي',
  'publicationMenu.title': 'ما تنشره الجماعة من تلقاء نفسها',
  'publicationMenu.description': 'المعلومات التي تنشرها الجماعة دون طلب، ومدى تحيينها.',
};

declare module '../../types' {
  interface Catalogs {
    publicationMenu: typeof import('./ar').default;
  }
}
