/** Procedures catalogue screens: search, procedure page, sheet, compare, service points (citizen side) and their staff editing tab. */
export const messages = {
  ar: {
    'procedures.title': 'المساطر الإدارية',
  },
  fr: {
    'procedures.title': 'Démarches administratives',
  },
  es: {
    'procedures.title': 'Trámites administrativos',
  },
};
