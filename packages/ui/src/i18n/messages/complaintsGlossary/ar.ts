/**
 * Labels of the complaints' enums, shared by the citizen screens and the staff desk (one wording:
 * the citizens'). Dynamic keys: complaintsGlossary.stage.<stage>, complaintsGlossary.kind.<kind>.
 */
export default {
  'complaintsGlossary.stage.received': 'تم التوصل بها',
  'complaintsGlossary.stage.processing': 'قيد المعالجة',
  'complaintsGlossary.stage.final': 'في طور الإغلاق',
  'complaintsGlossary.stage.resolved': 'تمت معالجتها',
  'complaintsGlossary.stage.rejected': 'مرفوضة',
  'complaintsGlossary.stage.duplicate': 'مكرَّرة',
  'complaintsGlossary.stage.referred': 'محالة على جهة أخرى',
  'complaintsGlossary.kind.complaint': 'شكاية',
  'complaintsGlossary.kind.observation': 'ملاحظة',
  'complaintsGlossary.kind.suggestion': 'اقتراح',
};

declare module '../../types' {
  interface Catalogs {
    complaintsGlossary: typeof import('./ar').default;
  }
}
