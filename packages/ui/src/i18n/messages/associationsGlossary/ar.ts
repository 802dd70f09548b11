/**
 * Labels of the associations registry's enums, shared by the portal and the dashboard.
 * Dynamic keys: associationsGlossary.sector.<sector>, associationsGlossary.document.<kind>.
 */
export default {
  'associationsGlossary.sector.social': 'العمل الاجتماعي',
  'associationsGlossary.sector.education': 'التربية والتعليم',
  'associationsGlossary.sector.health': 'الصحة',
  'associationsGlossary.sector.culture': 'الثقافة والفنون',
  'associationsGlossary.sector.sport': 'الرياضة',
  'associationsGlossary.sector.environment': 'البيئة',
  'associationsGlossary.sector.women': 'حقوق المرأة',
  'associationsGlossary.sector.youth': 'الشباب',
  'associationsGlossary.sector.disability': 'الأشخاص في وضعية إعاقة',
  'associationsGlossary.sector.development': 'التنمية المحلية',
  'associationsGlossary.sector.heritage': 'التراث',
  'associationsGlossary.sector.neighbourhood': 'جمعيات الأحياء',
  'associationsGlossary.document.statutes': 'القانون الأساسي',
  'associationsGlossary.document.general_assembly_minutes': 'محضر آخر جمع عام',
  'associationsGlossary.document.provisional_receipt': 'الوصل المؤقت',
  'associationsGlossary.document.definitive_receipt': 'الوصل النهائي',
};

declare module '../../types' {
  interface Catalogs {
    associationsGlossary: typeof import('./ar').default;
  }
}
