/** Tracking codes: one forgiving parser for every case type, defined with the other field rules. */
export { caseCode, normaliseCode, type CaseCodeKind } from '../fields';
