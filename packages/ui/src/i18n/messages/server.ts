/** Messages the server itself sends (rate limits, refused requests), in the caller's language. */
export const messages = {
  ar: {
    'server.rateLimited': 'طلبات كثيرة في وقت قصير. المرجو المحاولة من جديد بعد {seconds, plural, zero {لحظة} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
    'server.crossSite': 'تم رفض هذا الطلب لأنه صادر عن موقع آخر.',
  },
  fr: {
    'server.rateLimited': 'Trop de demandes en peu de temps. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
    'server.crossSite': 'Cette demande a été refusée car elle vient d’un autre site.',
  },
  es: {
    'server.rateLimited': 'Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo dentro de {seconds, plural, one {# segundo} other {# segundos}}.',
    'server.crossSite': 'Esta solicitud fue rechazada porque procede de otro sitio.',
  },
};
