/** The information-requests domain as other domains see it: import from here, never from its files. */
export { informationHeadlineFigures } from './figures';
export { findByCode } from './repository';
export { informationCode } from './schemas';
export { recomputeOpenDeadlines, trackingPath } from './service';
