/** The portal's notification settings, the unsubscribe page (issue 13: preferences and consent). */
export default {
  'notificationSettings.title': 'إعدادات الإشعارات',
  'notificationSettings.account.title': 'الإشعارات',
  'notificationSettings.account.note':
    'اختاروا كيف تصلكم مستجدات الملفات التي تتابعونها والملخصات. الإشعارات القانونية المتعلقة بملفاتكم تصلكم دائما.',
  'notificationSettings.account.link': 'إعدادات الإشعارات',
  'notificationSettings.intro':
    'اختاروا كيف تصلكم رسائل المتابعة: مستجدات الملفات التي تتابعونها والملخصات. يمكنكم تغيير اختياركم في أي وقت.',
  'notificationSettings.legal':
    'الإشعارات القانونية (التوصل بطلبكم، الجواب، تمديد الأجل، الرفض وأسبابه) المتعلقة بملفاتكم تصلكم دائما عبر كل وسيلة قدمتموها: لا يمكن إيقافها، ولا تخضع للوتيرة المختارة هنا.',
  'notificationSettings.channel.email': 'البريد الإلكتروني',
  'notificationSettings.channel.sms': 'الرسائل القصيرة (SMS)',
  'notificationSettings.channel.inapp': 'الجرس في البوابة',
  'notificationSettings.emailAddress': 'إلى {email}',
  'notificationSettings.smsNone': 'لا يوجد رقم هاتف مرتبط بحسابكم حاليا: لا يمكن إرسال أي رسالة قصيرة.',
  'notificationSettings.consent': 'أوافق على التوصل برسائل المتابعة عبر هذه الوسيلة',
  'notificationSettings.frequency': 'الوتيرة',
  'notificationSettings.frequency.immediate': 'فورا',
  'notificationSettings.frequency.daily': 'ملخص يومي',
  'notificationSettings.frequency.weekly': 'ملخص أسبوعي (يوم الاثنين)',
  'notificationSettings.frequency.never': 'أبدا',
  'notificationSettings.save': 'حفظ',
  'notificationSettings.saving': 'جار الحفظ…',
  'notificationSettings.saved': 'تم حفظ اختياراتكم.',
  'notificationSettings.history': 'سجل الموافقات',
  'notificationSettings.historyNone': 'لم تسجل أي موافقة بعد.',
  'notificationSettings.historyItem':
    '{date}: {channel}، {granted, select, true {موافقة} other {سحب الموافقة}} ({source, select, web {البوابة} counter {الشباك} email {رابط إلغاء الاشتراك} other {{source}}})',
  'notificationSettings.link': 'إعدادات الإشعارات',
  'notificationSettings.signIn': 'سجلوا الدخول لتدبير إشعاراتكم.',
  'notificationSettings.unsubscribe.title': 'إلغاء الاشتراك',
  'notificationSettings.unsubscribe.intro':
    'اضغطوا على الزر لإيقاف رسائل المتابعة عبر البريد الإلكتروني. الإشعارات القانونية المتعلقة بملفاتكم تصلكم دائما.',
  'notificationSettings.unsubscribe.confirm': 'إلغاء الاشتراك',
  'notificationSettings.unsubscribe.pending': 'جار الإلغاء…',
  'notificationSettings.unsubscribe.done':
    'تم إلغاء اشتراككم: لن تتوصلوا بعد الآن برسائل المتابعة عبر البريد الإلكتروني.',
  'notificationSettings.unsubscribe.missing': 'هذا الرابط غير كامل. افتحوا رابط إلغاء الاشتراك كما ورد في الرسالة.',
};

declare module '../../types' {
  interface Catalogs {
    notificationSettings: typeof import('./ar').default;
  }
}
