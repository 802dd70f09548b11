/** Messages the server itself sends (rate limits, refused requests), in the caller's language. */
export default {
  'server.rateLimited':
    'طلبات كثيرة في وقت قصير. المرجو المحاولة من جديد بعد {seconds, plural, zero {لحظة} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'server.crossSite': 'تم رفض هذا الطلب لأنه صادر عن موقع آخر.',
  'server.busy': 'الخادم مشغول الآن. المرجو المحاولة من جديد بعد لحظات.',
  'server.batchTooLarge': 'يمكن أن يحمل الطلب الواحد {max} استدعاءات على الأكثر، وهذا الطلب يحمل {count}.',
  'server.bodyTooLarge': 'هذا الطلب كبير جدًّا: الحد الأقصى هنا {size}.',
  'server.tooDeep': 'هذا الطلب متداخل أكثر من اللازم (الحد الأقصى {max} مستوى).',
  'server.badPath': 'عنوان هذا الطلب غير صالح: استعمل العنوان بشكله المعتاد.',
  'server.tooManyStreams':
    'عدد كبير من المتابعات المباشرة مفتوح من هذا العنوان (الحد الأقصى {max}). أغلقوا بعضها ثم أعيدوا المحاولة.',
};

declare module '../../types' {
  interface Catalogs {
    server: typeof import('./ar').default;
  }
}
