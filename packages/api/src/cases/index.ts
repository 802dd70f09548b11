/** The cases domain as other domains see it: import from here, never from its files. */
export {
  CODE_SERIES,
  allocateCode,
  caseCode,
  codePattern,
  codeStem,
  codeYear,
  communeOfCode,
  lookupCode,
  nextSequence,
  normaliseCode,
} from './codes';
export type { CodeSeries } from './codes';
export { byCommune, communesOf, dailySums, headlines, overdueCounts, stateCounts, tally } from './figures';
export { idempotentIntake } from './intake';
export { caseRows, insertTimelineEntry } from './repository';
export { bump, dayOf, histogramMedian, moveStateCount, percentOf } from './rollups';
export type { CountTable, Counter, RollupTable } from './rollups';
export {
  canMove,
  deadlinesOf,
  dueSoonUntil,
  isOpenIn,
  moveCase,
  publishState,
  recordEntry,
  timing,
  transition,
  withLockedCase,
  timelineWriter,
} from './kernel';
export type { CaseEntry, CaseMove, CaseRow, CaseSpec } from './kernel';
export {
  caseByCode,
  caseMine,
  caseQueue,
  dueSoonSql,
  findCaseByCode,
  overdueSql,
  ownedCase,
  trackCase,
} from './queries';
export type { QueueFilters } from './queries';
export {
  auditedActor,
  formatSecret,
  generateSecret,
  hashSecret,
  newOwnerSecret,
  normaliseSecret,
  ownerSecret,
  ownerView,
  proveOwner,
  withHash,
} from './owner';
export type { OwnedCase } from './owner';
