/**
 * The delivery log as evidence (staff case pages, its CSV export) and following a case by SMS
 * with a confirmed phone (issue 13). Flat keys `noticeLog.*`, ICU MessageFormat. Travels with
 * the desk and tracking screens (lazy chunks). The phone code's SMS (`noticeLog.sms.*`) is an
 * outbox template (api notifications/templates.ts), rendered on the server.
 * In Arabic, Latin codes and numbers sit between U+2066/U+2069 (left-to-right isolate).
 */
export default {
  'noticeLog.title': 'الإشعارات المرسلة (سجل التسليم)',
  'noticeLog.intro':
    'كل إشعار وكل محاولة إرسال: القناة والوقت والنموذج وصيغته وبصمة المحتوى ومعرّف المزوّد والحالة. هذا ما يثبت أن المواطن أُخطر داخل الأجل القانوني.',
  'noticeLog.empty': 'لم يُرسل أي إشعار بخصوص هذا الملف.',
  'noticeLog.channel.email': 'بريد إلكتروني',
  'noticeLog.channel.sms': 'رسالة نصية',
  'noticeLog.state.pending': 'في الانتظار',
  'noticeLog.state.sent': 'أُرسل',
  'noticeLog.state.dead': 'تعذّر الإرسال',
  'noticeLog.status.sent': 'قبله المزوّد',
  'noticeLog.status.failed': 'فشل',
  'noticeLog.status.dead': 'فشل نهائي',
  'noticeLog.recipient': 'المرسل إليه',
  'noticeLog.template': 'النموذج',
  'noticeLog.version': 'الصيغة',
  'noticeLog.written': 'كُتب في {date}',
  'noticeLog.attempts':
    '{count, plural, zero {لا محاولة بعد} one {محاولة واحدة} two {محاولتان} few {# محاولات} many {# محاولة} other {# محاولة}}',
  'noticeLog.attempt': 'المحاولة {n}',
  'noticeLog.notTried': 'لم تتم أي محاولة بعد: الإشعار ينتظر في صندوق الإرسال.',
  'noticeLog.nextAttempt': 'المحاولة التالية: {date}',
  'noticeLog.hash': 'بصمة المحتوى (SHA-256)',
  'noticeLog.hashFull': 'البصمة كاملة',
  'noticeLog.copyHash': 'نسخ البصمة',
  'noticeLog.copied': 'نُسخت.',
  'noticeLog.provider': 'معرّف المزوّد',
  'noticeLog.error': 'الخطأ',
  'noticeLog.none': '—',
  'noticeLog.csv': 'تنزيل السجل (CSV)',
  'noticeLog.csvReady': 'نُزّل الملف {file}.',
  'noticeLog.period.title': 'تصدير الإشعارات لفترة',
  'noticeLog.period.intro': 'كل إشعارات الجماعة بين تاريخين (بتوقيت المغرب)، في ملف CSV يُفتح في Excel.',
  'noticeLog.period.from': 'من',
  'noticeLog.period.to': 'إلى (ضمنه)',
  'noticeLog.period.legalOnly': 'الإشعارات القانونية وحدها',
  'noticeLog.period.download': 'تنزيل CSV',
  'noticeLog.error.reason.invalid_period': 'يجب أن يكون تاريخ النهاية بعد تاريخ البداية، وألا تتجاوز الفترة 366 يوما.',
  'noticeLog.error.reason.too_many_rows': 'الفترة تضم أسطرا كثيرة جدا: اختر فترة أقصر.',
  'noticeLog.error.reason.unknown_case': 'لا يوجد هذا الملف في هذه الجماعة.',
  // CSV column headers.
  'noticeLog.col.case': 'رمز الملف',
  'noticeLog.col.caseType': 'نوع الملف',
  'noticeLog.col.notice': 'معرّف الإشعار',
  'noticeLog.col.template': 'النموذج',
  'noticeLog.col.class': 'الصنف',
  'noticeLog.col.channel': 'القناة',
  'noticeLog.col.recipient': 'المرسل إليه (مُخفى جزئيا)',
  'noticeLog.col.language': 'اللغة',
  'noticeLog.col.written': 'كُتب (UTC)',
  'noticeLog.col.state': 'حالة الإشعار',
  'noticeLog.col.attempt': 'المحاولة',
  'noticeLog.col.at': 'وقت المحاولة (UTC)',
  'noticeLog.col.atMorocco': 'وقت المحاولة (المغرب)',
  'noticeLog.col.version': 'صيغة النموذج',
  'noticeLog.col.key': 'مفتاح عدم التكرار',
  'noticeLog.col.hash': 'بصمة المحتوى SHA-256',
  'noticeLog.col.provider': 'معرّف المزوّد',
  'noticeLog.col.status': 'نتيجة المحاولة',
  'noticeLog.col.error': 'الخطأ',
  // Following a case by SMS (tracking page), listing a phone's cases.
  'noticeLog.follow.title': 'تتبّع الملف برسائل نصية',
  'noticeLog.follow.intro':
    'أضف رقم هاتف محمول ليتلقى إشعارات هذا الملف برسالة نصية. نرسل إليه رمزا من 6 أرقام للتأكد من أنه هاتفك.',
  'noticeLog.follow.phone': 'رقم الهاتف المحمول',
  'noticeLog.follow.phoneHint': '06… أو 07… أو ‎+212…',
  'noticeLog.follow.send': 'أرسل لي رمزا',
  'noticeLog.follow.sent': 'رمز من 6 أرقام في طريقه برسالة نصية إلى ⁦{phone}⁩، صالح لمدة 10 دقائق من طلبه.',
  'noticeLog.follow.code': 'الرمز المتوصل به',
  'noticeLog.follow.codeHint': '6 أرقام',
  'noticeLog.follow.confirm': 'تأكيد',
  'noticeLog.follow.again': 'رقم آخر أو رمز جديد',
  'noticeLog.follow.done': 'سيتلقى الهاتف ⁦{phone}⁩ إشعارات هذا الملف برسائل نصية.',
  'noticeLog.phone.link': 'ملفاتي عبر رقم الهاتف',
  'noticeLog.phone.title': 'ملفاتي عبر رقم الهاتف',
  'noticeLog.phone.intro': 'إذا أكّدتَ رقم هاتفك لتتبّع ملفات في هذه الجماعة، أدخله لتتلقى رمزا، ثم اطّلع على ملفاتك.',
  'noticeLog.phone.sent':
    'إذا كان هذا الرقم يتتبّع ملفات في هذه الجماعة، فرمز من 6 أرقام في طريقه إليه، صالح لمدة 10 دقائق من طلبه.',
  'noticeLog.phone.cases': 'الملفات المسجلة لهذا الرقم',
  'noticeLog.phone.none': 'لا يوجد أي ملف مسجل لهذا الرقم في هذه الجماعة.',
  'noticeLog.phone.open': 'تتبّع الملف ⁦{code}⁩',
  'noticeLog.phone.kind.complaint': 'شكاية',
  'noticeLog.phone.kind.information_request': 'طلب معلومات',
  'noticeLog.phone.expires': 'تنتهي هذه القائمة في {time}؛ بعدها اطلب رمزا جديدا.',
  'noticeLog.error.field.to': 'يجب أن يكون تاريخ النهاية بعد تاريخ البداية، وألا تتجاوز الفترة 366 يوما.',
  'noticeLog.error.field.pin': 'الرمز مكوّن من 6 أرقام.',
  'noticeLog.error.field.phone':
    'أدخل رقم هاتف محمول مغربي (06… أو 07… أو ‎+212…): الخطوط الثابتة (05…) لا تستقبل الرسائل النصية.',
  'noticeLog.error.reason.not_a_mobile':
    'هذا الرقم ليس رقم هاتف محمول مغربي: الخطوط الثابتة (05…) لا تستقبل الرسائل النصية.',
  'noticeLog.error.reason.wrong_code': 'الرمز غير صحيح أو منتهي الصلاحية. اطلب رمزا جديدا.',
  'noticeLog.error.reason.code_locked': 'محاولات خاطئة كثيرة لهذا الرمز. اطلب رمزا جديدا.',
  'noticeLog.error.reason.phone_session_expired': 'انتهت صلاحية هذه القائمة. اطلب رمزا جديدا.',
  // The code's SMS (outbox template `phone.code`): one segment, no link (a code never travels with one).
  'noticeLog.sms.code.subject': 'رمز التأكيد من {commune}',
  'noticeLog.sms.code.body': 'رمز التأكيد الخاص بك: {token}. صالح لمدة 10 دقائق. لا تعطه لأحد.',
  'noticeLog.sms.code.sms': '{commune}: رمزك {token}. لا تعطه لأحد.',
};

declare module '../../types' {
  interface Catalogs {
    noticeLog: typeof import('./ar').default;
  }
}
