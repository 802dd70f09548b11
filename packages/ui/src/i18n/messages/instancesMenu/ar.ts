/** The instances section's menu entry and home card (in the first load, every language). */
export default {
  'instancesMenu.nav': 'الهيئات واللجنة',
  'instancesMenu.title': 'الهيئات الاستشارية ولجنة الشفافية',
  'instancesMenu.description': 'أعضاء الهيئات وتصريحاتهم بالمصالح، واجتماعاتها، وتوصياتها وأجوبة الجماعة.',
};

declare module '../../types' {
  interface Catalogs {
    instancesMenu: typeof import('./ar').default;
  }
}
