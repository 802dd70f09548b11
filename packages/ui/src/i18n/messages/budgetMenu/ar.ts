/** The budget section's menu entry and home card (in the first load, every language). */
export default {
  'budgetMenu.nav': 'الميزانية',
  'budgetMenu.title': 'ميزانية الجماعة',
  'budgetMenu.description': 'من أين يأتي المال وأين يذهب، وما تحقق منه، بكلمات بسيطة.',
};

declare module '../../types' {
  interface Catalogs {
    budgetMenu: typeof import('./ar').default;
  }
}
