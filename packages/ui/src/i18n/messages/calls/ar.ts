/** Calls for projects (issue 14): the public calls and results, filing a dossier, the committee's scoring. */
export default {
  'calls.error.reason.already_applied': 'أودعت هذه الجمعية ملفا في هذا الطلب من قبل.',
  'calls.error.reason.call_closed': 'لم يعد هذا الطلب يستقبل الملفات.',
  'calls.error.reason.call_not_draft': 'لا يُعدَّل إلا طلب لم يُفتح بعد.',
  'calls.error.reason.call_not_open': 'هذا الطلب غير مفتوح.',
  'calls.error.reason.call_still_open': 'ما زال الطلب يستقبل الملفات: تُنشر النتائج بعد آخر أجل.',
  'calls.error.reason.conflict_declared': 'صرحتم بتضارب مصالح في هذا الملف: لا يمكنكم تنقيطه.',
  'calls.error.reason.dossiers_unchecked': 'لم يُبت بعد في قبول بعض الملفات.',
  'calls.error.reason.empty_file': 'الملف فارغ.',
  'calls.error.reason.invalid_transition': 'لا يمكن نقل الملف إلى هذه الوضعية.',
  'calls.error.reason.mark_too_high': 'النقطة تتجاوز السلم.',
  'calls.error.reason.missing_document': 'هذه الوثيقة مطلوبة.',
  'calls.error.reason.missing_mark': 'ضعوا نقطة لكل معيار.',
  'calls.error.reason.not_admissible': 'لا يُنقَّط إلا ملف مقبول.',
  'calls.error.reason.not_allowed': 'وحدهم مصالح الجماعة والجمعية ولجنة الطلب يطلعون على هذا الملف.',
  'calls.error.reason.not_member': 'وحدهم أعضاء لجنة هذا الطلب ينقطون ملفاته.',
  'calls.error.reason.not_representative': 'وحدهم الممثلون المعتمدون للجمعية يودعون ملفها.',
  'calls.error.reason.not_scored': 'لم تنقط اللجنة هذا الملف بما يكفي بعد.',
  'calls.error.reason.not_working_day': 'يجب أن يكون آخر أجل يوم عمل.',
  'calls.error.reason.over_envelope': 'المبالغ المقترحة تتجاوز الغلاف المالي للطلب.',
  'calls.error.reason.over_maximum': 'المبلغ المطلوب يتجاوز السقف المحدد لكل مشروع.',
  'calls.error.reason.over_requested': 'لا يتجاوز المبلغ الممنوح المبلغ المطلوب.',
  'calls.error.reason.proposals_missing': 'بعض الملفات المقبولة بلا اقتراح بعد.',
  'calls.error.reason.reports_overdue': 'تقرير عن دعم سابق متأخر: أودعوه أولا.',
  'calls.error.reason.seat_outside_commune': 'هذا الطلب موجه للجمعيات التي يوجد مقرها بالجماعة.',
  'calls.error.reason.too_recent': 'الجمعية حديثة التأسيس بالنسبة لشروط هذا الطلب.',
  'calls.error.reason.unknown_account': 'لا يوجد حساب بهذا البريد الإلكتروني.',
  'calls.error.reason.unknown_application': 'لا يوجد هذا الملف في هذه الجماعة.',
  'calls.error.reason.unknown_association': 'لا توجد هذه الجمعية في سجل هذه الجماعة.',
  'calls.error.reason.unknown_call': 'لا يوجد طلب المشاريع هذا في هذه الجماعة.',
  'calls.error.reason.unknown_document': 'لا يتضمن هذا الملف هذه الوثيقة.',
  'calls.error.reason.unknown_item': 'لا يطلب هذا الطلب هذه الوثيقة.',
};

declare module '../../types' {
  interface Catalogs {
    calls: typeof import('./ar').default;
  }
}
