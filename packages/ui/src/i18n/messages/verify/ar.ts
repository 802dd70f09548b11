/** The server-rendered verification page of signed documents at `/verify/<code>` (apps/server/src/documents.ts). */
export default {
  'verify.title': 'التحقق من وثيقة',
  'verify.intro':
    'تحمل الوثائق الصادرة عن جماعات الشبكة رمز تحقق ورمز QR. تؤكد هذه الصفحة الجهة المصدرة للوثيقة وتاريخ إصدارها ونوعها وما إذا كانت لا تزال سارية، دون إظهار مضمونها.',
  'verify.lookup.label': 'رمز التحقق',
  'verify.lookup.hint': 'مثال: MDQ-DOC-2026-000007',
  'verify.lookup.submit': 'تحقق',
  'verify.status.valid': 'وثيقة صحيحة',
  'verify.status.revoked': 'وثيقة ملغاة',
  'verify.status.tampered': 'وثيقة غير صحيحة',
  'verify.status.unknown': 'رمز غير معروف',
  'verify.explain.valid': 'أصدرت جماعة {commune} هذه الوثيقة ووقعتها إلكترونيا، وتوقيعها سليم.',
  'verify.explain.revoked': 'أصدرت جماعة {commune} هذه الوثيقة ثم ألغتها: لم تعد صالحة.',
  'verify.explain.tampered': 'التوقيع غير مطابق: لا يجوز الاعتماد على هذه الوثيقة. يرجى الاتصال بجماعة {commune}.',
  'verify.explain.unknown': 'لا توجد وثيقة تحمل الرمز {code}. تأكدوا من الرمز المدخل.',
  'verify.file.identical': 'الملف الذي قدمتموه مطابق للأصل الموقع.',
  'verify.file.different': 'الملف الذي قدمتموه يختلف عن الأصل الموقع: لقد تم تعديله.',
  'verify.field.code': 'رمز التحقق',
  'verify.field.issuer': 'الجهة المصدرة',
  'verify.field.type': 'نوع الوثيقة',
  'verify.field.issuedAt': 'تاريخ الإصدار',
  'verify.field.key': 'مفتاح التوقيع',
  'verify.field.revokedAt': 'تاريخ الإلغاء',
  'verify.field.reason': 'سبب الإلغاء',
  'verify.issuer': 'جماعة {name}',
  'verify.compare.title': 'مقارنة نسخة',
  'verify.compare.help': 'اختاروا ملف PDF الذي توصلتم به: تتم مقارنته بالأصل الموقع على الخادم ولا يتم الاحتفاظ به.',
  'verify.compare.file': 'ملف PDF',
  'verify.compare.submit': 'قارن',
  'verify.compare.missing': 'اختاروا ملف PDF للمقارنة.',
  'verify.compare.tooLarge': 'حجم الملف يتجاوز {size} ميغابايت.',
  'verify.privacy': 'لا تعرض هذه الصفحة سوى الجهة المصدرة والتاريخ والنوع والحالة. يبقى مضمون الوثيقة لدى حاملها.',
  'verify.offline': 'التحقق دون هذا الموقع: سجل التوقيع والمفاتيح العمومية للجماعات.',
  'verify.offlineHolders':
    'صدرت هذه الوثيقة قبل حماية سجلها العمومي، لذلك لا تُنشر بصماتها وتوقيعها إلا لحاملها (حماية لبياناته الشخصية). يمكن لأي أحد التحقق من نسخة بإرسالها أعلاه.',
  'verify.links.record': 'سجل التوقيع (JSON)',
  'verify.links.keys': 'المفاتيح العمومية',
  /** The header's name (the network's, as in the reference data). */
  'verify.brand': 'شبكة المدن الاستراتيجية',
  'verify.language': 'اللغة',
  'verify.another': 'التحقق من وثيقة أخرى',
  'verify.pdf.forbidden':
    'هذه الوثيقة متاحة فقط لحاملها ولموظفي الجماعة المصدرة. سجلوا الدخول أو استعملوا رابط التحميل الذي توصلتم به.',
  'verify.pdf.unknown': 'لا توجد وثيقة تحمل هذا الرمز.',
};

declare module '../../types' {
  interface Catalogs {
    verify: typeof import('./ar').default;
  }
}
