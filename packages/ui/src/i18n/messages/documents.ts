/** Remotely signed official documents: issuing, revoking and key rotation (staff desk), and the citizen’s own documents. */
export const messages = {
  ar: {
    'documents.title': 'الوثائق الرسمية',
  },
  fr: {
    'documents.title': 'Documents officiels',
  },
  es: {
    'documents.title': 'Documentos oficiales',
  },
};
