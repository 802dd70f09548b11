/** Petitions and citizen proposals (issue 15): the register, signing, the mandataire's and the bureau's screens. */
export default {
  'petitions.error.reason.activity_required': 'اذكروا النشاط الذي تزاولونه بالجماعة.',
  'petitions.error.reason.already_signed': 'سبق التوقيع على هذه العريضة بهذا الحساب أو بهذه البطاقة الوطنية.',
  'petitions.error.reason.association_files_directly': 'تودع الجمعية عريضتها باسمها مباشرة، دون جمع توقيعات.',
  'petitions.error.reason.association_not_eligible': 'لا تستوفي الجمعية بعد كل شروط تقديم العريضة.',
  'petitions.error.reason.basis_not_accepted': 'لا تقبل الجماعة التوقيع على هذا الأساس.',
  'petitions.error.reason.checklist_incomplete': 'لا يمكن إيداع العريضة بعد: أكملوا العناصر الناقصة في لائحة التحقق.',
  'petitions.error.reason.invalid_transition': 'لا يمكن نقل العريضة إلى هذه المرحلة من مرحلتها الحالية.',
  'petitions.error.reason.not_admissible': 'لا تبرمج ولا تناقش إلا عريضة مقبولة.',
  'petitions.error.reason.not_allowed': 'لا يمكنكم الاطلاع على هذه المعطيات.',
  'petitions.error.reason.not_collecting': 'لا تقبل هذه العريضة توقيعات في هذه المرحلة.',
  'petitions.error.reason.not_decided': 'يسجل التتبع بعد قرار المجلس.',
  'petitions.error.reason.not_draft': 'لا يعدل إلا مشروع عريضة لم تفتح بعد للتوقيع.',
  'petitions.error.reason.not_filed': 'يسجل مرجع البوابة الوطنية بعد إيداع العريضة.',
  'petitions.error.reason.not_mandataire': 'وكيل العريضة وحده يتابع مسطرتها.',
  'petitions.error.reason.not_representative': 'الممثل المعتمد للجمعية وحده يقدم عريضة باسمها.',
  'petitions.error.reason.petition_reviewed': 'يبت مكتب المجلس في العريضة، ولا يجاب عنها كمقترح.',
  'petitions.error.reason.proposal_answered': 'يجاب عن المقترح المواطن، ولا يعرض على مكتب المجلس.',
  'petitions.error.reason.proposal_by_citizens': 'يقدم المقترح المواطن من طرف المواطنين، لا من طرف جمعية.',
  'petitions.error.reason.session_exists': 'توجد دورة في هذا اليوم في جدول المجلس.',
  'petitions.error.reason.session_not_held': 'لم تنعقد بعد الدورة المبرمجة فيها العريضة.',
  'petitions.error.reason.session_past': 'انطلقت هذه الدورة من قبل.',
  'petitions.error.reason.unknown_association': 'لا توجد هذه الجمعية في سجل الجماعة.',
  'petitions.error.reason.unknown_petition': 'لا توجد هذه العريضة في هذه الجماعة.',
  'petitions.error.reason.unknown_session': 'لا توجد هذه الدورة في جدول المجلس.',
  'petitions.error.reason.voter_required': 'تشترط الجماعة التسجيل في اللوائح الانتخابية للتوقيع.',
};

declare module '../../types' {
  interface Catalogs {
    petitions: typeof import('./ar').default;
  }
}
