/** Messages the server itself sends (rate limits, refused requests), in the caller's language. */
export const messages = {
  ar: {
    'server.rateLimited':
      'طلبات كثيرة في وقت قصير. المرجو المحاولة من جديد بعد {seconds, plural, zero {لحظة} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
    'server.crossSite': 'تم رفض هذا الطلب لأنه صادر عن موقع آخر.',
    'server.busy': 'الخادم مشغول الآن. المرجو المحاولة من جديد بعد لحظات.',
    'server.batchTooLarge': 'يمكن أن يحمل الطلب الواحد {max} استدعاءات على الأكثر، وهذا الطلب يحمل {count}.',
    'server.bodyTooLarge': 'هذا الطلب كبير جدًّا: الحد الأقصى هنا {size}.',
    'server.tooDeep': 'هذا الطلب متداخل أكثر من اللازم (الحد الأقصى {max} مستوى).',
    'server.badPath': 'عنوان هذا الطلب غير صالح: استعمل العنوان بشكله المعتاد.',
    'server.tooManyStreams':
      'عدد كبير من المتابعات المباشرة مفتوح من هذا العنوان (الحد الأقصى {max}). أغلق بعضها ثم أعد المحاولة.',
  },
  fr: {
    'server.rateLimited':
      'Trop de demandes en peu de temps. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
    'server.crossSite': 'Cette demande a été refusée car elle vient d’un autre site.',
    'server.busy': 'Le serveur est occupé en ce moment. Réessayez dans quelques instants.',
    'server.batchTooLarge': 'Une requête peut porter au plus {max} appels ; celle-ci en porte {count}.',
    'server.bodyTooLarge': 'Cette requête est trop volumineuse : {size} au maximum ici.',
    'server.tooDeep': 'Cette requête est imbriquée trop profondément ({max} niveaux au maximum).',
    'server.badPath': 'L’adresse de cette requête n’est pas valide : utilisez sa forme habituelle.',
    'server.tooManyStreams':
      'Trop de suivis en direct sont ouverts depuis cette adresse ({max} au maximum). Fermez-en quelques-uns puis réessayez.',
  },
  es: {
    'server.rateLimited':
      'Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo dentro de {seconds, plural, one {# segundo} other {# segundos}}.',
    'server.crossSite': 'Esta solicitud fue rechazada porque procede de otro sitio.',
    'server.busy': 'El servidor está ocupado en este momento. Vuelva a intentarlo dentro de unos instantes.',
    'server.batchTooLarge': 'Una solicitud puede llevar como máximo {max} llamadas; esta lleva {count}.',
    'server.bodyTooLarge': 'Esta solicitud es demasiado grande: {size} como máximo aquí.',
    'server.tooDeep': 'Esta solicitud está anidada a demasiada profundidad ({max} niveles como máximo).',
    'server.badPath': 'La dirección de esta solicitud no es válida: use su forma habitual.',
    'server.tooManyStreams':
      'Hay demasiados seguimientos en directo abiertos desde esta dirección ({max} como máximo). Cierre algunos y vuelva a intentarlo.',
  },
};
