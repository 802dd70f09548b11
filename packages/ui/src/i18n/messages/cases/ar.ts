/**
 * What every kind of case (complaint, information request…) shares on the portal: the owner's
 * secret code, copying it, the device's memory of recent cases. Flat keys `cases.*`, ICU
 * MessageFormat, typographic apostrophes (’). Travels with the complaints and information
 * screens (lazy chunks), not with the portal's first load.
 * In Arabic, Latin codes sit between U+2066/U+2069 (left-to-right isolate) so punctuation stays put.
 */
export default {
  'cases.channel.web': 'البوابة',
  'cases.channel.counter': 'الشبّاك',
  'cases.channel.paper': 'مراسلة ورقية',
  'cases.channel.phone': 'الهاتف',
  'cases.channel.open311': 'تطبيق شريك (Open311)',
  'cases.channel.post': 'البريد',
  'cases.channel.email': 'البريد الإلكتروني',
  'cases.code.label': 'رمز التتبع',
  'cases.code.copy': 'نسخ رمز التتبع',
  'cases.secret.label': 'الرمز السري',
  'cases.secret.copy': 'نسخ الرمز السري',
  'cases.secret.explain':
    'هذا الرمز يُثبت أن الملف ملفكم: به (أو بحسابكم) تطّلعون على ما يخصكم وحدكم، وتعيدون الفتح أو تقيّمون أو تسحبون الطلب. احتفظوا به ولا تعطوه لأحد. وهو مطبوع على الوصل.',
  'cases.copied': 'تم النسخ.',
  'cases.selected': 'تم التحديد: انسخوه يدويًا.',
  'cases.field.secret': 'الرمز السري المطبوع على الوصل',
  'cases.field.secretHint': '8 حروف وأرقام، مثل ⁦ABCD-EFGH⁩ (الحروف الكبيرة والصغيرة والمسافات سواء).',
  'cases.error.secretFormat': 'الرمز السري 8 حروف وأرقام، مثل ⁦ABCD-EFGH⁩.',
  'cases.owner.prove':
    'هذا الإجراء لصاحب الملف وحده: أدخلوا الرمز السري المطبوع على الوصل، أو سجّلوا الدخول بالحساب الذي قُدِّم به.',
  'cases.owner.yours': 'تم التعرف عليكم كصاحب هذا الملف.',
  'cases.owner.wrong': 'هذا الرمز السري لا يطابق هذا الملف.',
  'cases.owner.title': 'هل أنتم صاحب هذا الملف؟',
  'cases.owner.submit': 'متابعة بالرمز السري',
  'cases.phone.link': 'ملفاتي عبر رقم الهاتف',
  'cases.recent.title': 'ملفاتكم الأخيرة على هذا الجهاز',
  'cases.recent.intro': 'محفوظة في هذا المتصفح وحده لتعودوا إليها. على جهاز مشترك، احذفوها من الذاكرة.',
  'cases.recent.filed': 'بتاريخ {date}',
  'cases.recent.forget': 'نسيان',
  'cases.recent.forgetLabel': 'نسيان الملف ⁦{code}⁩ على هذا الجهاز',
  'cases.recent.forgetAll': 'نسيان الكل على هذا الجهاز',
  'cases.recent.forgotten': 'تم نسيان ⁦{code}⁩ على هذا الجهاز.',
  'cases.recent.forgottenAll': 'تم نسيان ملفاتكم على هذا الجهاز.',
  'cases.recent.receipt': 'الوصل',
  'cases.receipt.noSecret':
    'الرمز السري ليس في هذا الرابط: تجدونه على الوصل المطبوع أو في الرابط الذي توصلتم به عند الإيداع.',
  'cases.receipt.remembered': 'تم حفظ هذا الملف في ذاكرة هذا الجهاز.',
  'cases.owner.intro':
    'بالرمز السري المطبوع على الوصل (أو بتسجيل الدخول بالحساب الذي قُدِّم به الملف) تطّلعون على تفاصيلكم الخاصة وتتصرفون في الملف.',
};

declare module '../../types' {
  interface Catalogs {
    cases: typeof import('./ar').default;
  }
}
