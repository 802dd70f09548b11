/**
 * Shared by every frontend: shell, loading, generic errors. Flat keys `common.*`, ICU
 * MessageFormat. Apostrophes are typographic (’) so ICU never reads them as quotes.
 * `common.languageName` is each language's own name: the language switch reads it
 * from each catalog, so every option is labelled in its own language.
 */
export default {
  'common.languageName': 'العربية',
  'common.language': 'اللغة',
  'common.skipToContent': 'الانتقال إلى المحتوى',
  'common.loading': 'جارٍ التحميل…',
  'common.retry': 'إعادة المحاولة',
  'common.coordinates': '{lat}، {lon}',
  'common.coordinates.north': 'شمالا',
  'common.coordinates.south': 'جنوبا',
  'common.coordinates.east': 'شرقا',
  'common.coordinates.west': 'غربا',
  'common.map.zoomIn': 'تكبير الخريطة',
  'common.map.zoomOut': 'تصغير الخريطة',
  'common.map.attribution': 'خلفية الخريطة: {source}',
  'common.required': 'مطلوب',
  'common.error.generic': 'حدث خطأ غير متوقع. حاول مرة أخرى.',
  'common.error.offline': 'تعذّر الاتصال بالخادم. تحقّقوا من اتصالكم بالإنترنت ثم أعيدوا المحاولة.',
  'common.notFound.title': 'الصفحة غير موجودة',
  'common.notFound.body': 'لم نعثر على الصفحة المطلوبة.',
  'common.backHome': 'العودة إلى الصفحة الرئيسية',
};

declare module '../../types' {
  interface Catalogs {
    common: typeof import('./ar').default;
  }
}
