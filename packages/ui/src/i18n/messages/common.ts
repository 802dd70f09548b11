/**
 * Shared by every frontend: shell, loading, generic errors. Flat keys `common.*`, ICU
 * MessageFormat. Apostrophes are typographic (’) so ICU never reads them as quotes.
 * `common.languageName` is each language's own name: the language switch reads it
 * from each catalog, so every option is labelled in its own language.
 */
export const messages = {
  ar: {
    'common.languageName': 'العربية',
    'common.language': 'اللغة',
    'common.skipToContent': 'الانتقال إلى المحتوى',
    'common.loading': 'جارٍ التحميل…',
    'common.retry': 'إعادة المحاولة',
    'common.required': 'مطلوب',
    'common.error.generic': 'حدث خطأ غير متوقع. حاول مرة أخرى.',
    'common.error.offline': 'تعذّر الاتصال بالخادم. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.',
    'common.notFound.title': 'الصفحة غير موجودة',
    'common.notFound.body': 'لم نعثر على الصفحة المطلوبة.',
    'common.backHome': 'العودة إلى الصفحة الرئيسية',
  },
  fr: {
    'common.languageName': 'Français',
    'common.language': 'Langue',
    'common.skipToContent': 'Aller au contenu',
    'common.loading': 'Chargement…',
    'common.retry': 'Réessayer',
    'common.required': 'obligatoire',
    'common.error.generic': 'Une erreur inattendue s’est produite. Réessayez.',
    'common.error.offline': 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    'common.notFound.title': 'Page introuvable',
    'common.notFound.body': 'La page demandée n’existe pas.',
    'common.backHome': 'Retour à l’accueil',
  },
  es: {
    'common.languageName': 'Español',
    'common.language': 'Idioma',
    'common.skipToContent': 'Ir al contenido',
    'common.loading': 'Cargando…',
    'common.retry': 'Reintentar',
    'common.required': 'obligatorio',
    'common.error.generic': 'Se ha producido un error inesperado. Inténtelo de nuevo.',
    'common.error.offline': 'No se pudo contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    'common.notFound.title': 'Página no encontrada',
    'common.notFound.body': 'La página solicitada no existe.',
    'common.backHome': 'Volver al inicio',
  },
};
