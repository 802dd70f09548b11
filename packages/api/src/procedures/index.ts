/** The procedures domain as other domains see it: import from here, never from its files. */
export { formatHours } from './hours';
export { findOverride, findTemplate, listTemplates } from './repository';
export { localizedText, openingHours, procedureCode } from './schemas';
/** RFC 4180 with its formula-injection guard: the PAC projects' file reads and writes through the same. */
export { csvField, parseCsv, toCsv } from './csv';
/** A commune's catalogue as it reads today (open data publishes it). */
export { list as communeProcedures } from './service';
