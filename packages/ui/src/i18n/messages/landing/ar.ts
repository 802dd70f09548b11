/** The server-rendered landing page at `/` (apps/server/src/landing.ts). */
export default {
  'landing.intro': 'منصة الحكومة المنفتحة للجماعات الأعضاء: الشكايات، المساطر، المشاركة والشفافية.',
  'landing.region': 'جهة {region}',
  'landing.communes': 'بوابات الجماعات',
  'landing.population': 'عدد السكان: {population}',
  'landing.dashboard': 'لوحة قيادة الشبكة',
  'landing.partners': 'الشركاء',
  'landing.language': 'اللغة',
};

declare module '../../types' {
  interface Catalogs {
    landing: typeof import('./ar').default;
  }
}
