/**
 * What the platform sends by email and SMS (issue 13), in the recipient's language. The
 * `.sms` messages must fit one SMS segment with the longest code and the short link (70
 * characters in Arabic, UCS-2): packages/api/test/notifications-templates.test.ts counts them.
 */
export default {
  'notifications.email.footer': 'أرسلت {commune} هذه الرسالة عبر منصة شبكة. المرجو عدم الرد عليها.',
  'notifications.email.track': 'تتبع الملف',
  'notifications.email.trackText': 'لتتبع الملف: {link}',
  'notifications.email.note': 'رسالة الجماعة:',
  'notifications.link.unknown': 'هذا الرابط لا يؤدي إلى أي ملف. تحققوا من الرقم المطبوع على الوصل.',
  'notifications.complaint.received.subject': '{commune}: تم التوصل بشكايتكم {code}',
  'notifications.complaint.received.body':
    'سجلت {commune} شكايتكم تحت المرجع {code}. ستتوصلون بجواب الجماعة في أجل أقصاه {answerDue}. احتفظوا بهذا المرجع لتتبع شكايتكم.',
  'notifications.complaint.received.sms': 'توصلنا بشكايتكم: {link}',
  'notifications.complaint.updated.subject': '{commune}: شكايتكم {code} - {stage}',
  'notifications.complaint.updated.body': 'تغيرت حالة شكايتكم {code}، وهي الآن: {stage}.',
  'notifications.complaint.updated.sms': 'شكايتكم: {stage}. {link}',
};

declare module '../../types' {
  interface Catalogs {
    notifications: typeof import('./ar').default;
  }
}
