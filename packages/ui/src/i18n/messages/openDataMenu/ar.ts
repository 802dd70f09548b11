/** The open-data section's menu entry and home card (in the first load, every language). */
export default {
  'openDataMenu.nav': 'البيانات المفتوحة',
  'openDataMenu.title': 'البيانات المفتوحة',
  'openDataMenu.description':
    'تحميل أرقام الجماعة في ملفات مفتوحة: الشكايات، طلبات المعلومات، المساطر، نقط الخدمة، الدعم والمشاريع.',
};

declare module '../../types' {
  interface Catalogs {
    openDataMenu: typeof import('./ar').default;
  }
}
