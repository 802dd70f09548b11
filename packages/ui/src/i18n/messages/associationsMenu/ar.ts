/**
 * The associations section's menu entry and home card (in the first load, every language).
 */
export default {
  'associationsMenu.nav': 'الجمعيات',
  'associationsMenu.title': 'سجل الجمعيات',
  'associationsMenu.description': 'الجمعيات العاملة في الجماعة، حسب المجال والحي.',
};

declare module '../../types' {
  interface Catalogs {
    associationsMenu: typeof import('./ar').default;
  }
}
