/**
 * Kinds of signed documents, one wording for the staff desk, the citizen's documents and the
 * verification page. Dynamic keys: documentsGlossary.type.<template>.
 */
export default {
  'documentsGlossary.type.residence_certificate': 'شهادة السكنى',
  'documentsGlossary.type.administrative_certificate': 'شهادة إدارية',
  'documentsGlossary.type.information_answer': 'جواب على طلب الحصول على المعلومات',
  'documentsGlossary.type.subsidy_convention': 'اتفاقية شراكة ودعم',
  'documentsGlossary.type.subsidy_decision': 'مقرر منح دعم',
  'documentsGlossary.type.petition_receipt': 'وصل إيداع عريضة',
  'documentsGlossary.type.pac_report': 'التقرير السنوي لتتبع برنامج عمل الجماعة',
  'documentsGlossary.type.pac_workshop_minutes': 'محضر ورشة برنامج عمل الجماعة',
  'documentsGlossary.type.results_bulletin': 'نشرة حصيلة التدبير',
  'documentsGlossary.type.instance_rules': 'النظام الداخلي لهيئة استشارية',
  'documentsGlossary.type.instance_minutes': 'محضر اجتماع هيئة استشارية',
};

declare module '../../types' {
  interface Catalogs {
    documentsGlossary: typeof import('./ar').default;
  }
}
