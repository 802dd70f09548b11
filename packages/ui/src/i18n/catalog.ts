import type { Language } from './languages';
import { messages as common } from './messages/common';
import { messages as complaints } from './messages/complaints';
import { messages as cases } from './messages/cases';
import { messages as desk } from './messages/desk';
import { messages as dashboard } from './messages/dashboard';
import { messages as landing } from './messages/landing';
import { messages as portal } from './messages/portal';
import { messages as verify } from './messages/verify';
import { messages as server } from './messages/server';
import { messages as procedures } from './messages/procedures';
import { messages as information } from './messages/information';
import { messages as documents } from './messages/documents';

export type Messages = Record<string, string>;
export type Catalog = Record<Language, Messages>;

/** Several namespaces as one catalog (later ones win on a clash; the catalog test forbids clashes). */
export function mergeCatalogs(...parts: Catalog[]): Catalog {
  return {
    ar: Object.assign({}, ...parts.map((p) => p.ar)),
    fr: Object.assign({}, ...parts.map((p) => p.fr)),
    es: Object.assign({}, ...parts.map((p) => p.es)),
  };
}

export {
  common as commonMessages,
  portal as portalMessages,
  dashboard as dashboardMessages,
  landing as landingMessages,
  complaints as complaintsMessages,
  cases as casesMessages,
  desk as deskMessages,
  procedures as proceduresMessages,
  information as informationMessages,
  documents as documentsMessages,
};

/** Every namespace, by file name; the catalog test checks each one on its own. */
export const namespaces: Record<string, Catalog> = {
  common,
  portal,
  dashboard,
  landing,
  complaints,
  cases,
  desk,
  server,
  verify,
  procedures,
  information,
  documents,
};

/**
 * Every namespace merged: the default of `createTranslator` and `I18nProvider`. An app
 * that wants a smaller bundle passes only its namespaces to `I18nCatalogProvider`.
 */
// Marked pure so a bundle that never reads `catalog` drops the namespaces it merges.
export const catalog: Catalog = /* @__PURE__ */ mergeCatalogs(
  common,
  portal,
  dashboard,
  landing,
  complaints,
  cases,
  desk,
  server,
  verify,
  procedures,
  information,
  documents,
);
