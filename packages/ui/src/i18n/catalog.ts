import { namespaces } from './all';
import type { Catalog } from './types';

export type { Catalog, Messages } from './types';
export { namespaces };

/** Several namespaces as one catalog (later ones win on a clash; the catalog test forbids clashes). */
export function mergeCatalogs(...parts: Catalog[]): Catalog {
  return {
    ar: Object.assign({}, ...parts.map((p) => p.ar)),
    fr: Object.assign({}, ...parts.map((p) => p.fr)),
    es: Object.assign({}, ...parts.map((p) => p.es)),
  };
}

/**
 * Every namespace in every language, for Node (the server's pages and PDFs, scripts, tests):
 * the default of `createTranslator`. Browser code never imports this file; it loads one
 * language at a time (see ./load.ts).
 */
export const catalog: Catalog = mergeCatalogs(...Object.values(namespaces));
