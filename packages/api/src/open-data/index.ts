/** The open-data domain as other domains see it: import from here, never from its files. */
// The dataset contract first: a domain whose dataset open-data registers imports it from here,
// and this order keeps it initialised before the router's imports come back round to that domain.
export * from './spec';
export { openDataRouter } from './router';
export { catalogJsonLd, exportBundle, publishAll, versionFile, type FileKind, type OpenDataFile } from './service';
export { tableSchema, type TableSchema } from './files';
export { validateCsv, type SchemaError } from './validate';
