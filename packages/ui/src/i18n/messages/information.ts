/** Access-to-information requests (Law 31-13): filing, tracking, published answers (citizen side) and the staff queue. */
export const messages = {
  ar: {
    'information.title': 'الحق في الحصول على المعلومات',
  },
  fr: {
    'information.title': 'Accès à l’information',
  },
  es: {
    'information.title': 'Acceso a la información',
  },
};
