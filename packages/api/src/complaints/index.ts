/** The complaints domain as other domains see it: import from here, never from its files. */
export { complaintHeadlineFigures, complaintPeriodFigures } from './figures';
export { findCategory, insertEvent } from './repository';
export { complaintCode, idempotencyKey, open311SubmitInput, submitInput } from './schemas';
export type { SubmitInput } from './schemas';
export { fileUrl, findByCode, shortLinkTarget, submit, trackingPath } from './service';
export { coarsen, complaintSettings } from './settings';
export { OPEN_STAGES, isOpen, open311Status } from './stages';
