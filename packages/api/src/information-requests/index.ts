/** The information-requests domain as other domains see it: import from here, never from its files. */
export { informationHeadlineFigures, informationPeriodFigures } from './figures';
export { informationCode } from './schemas';
export { findByCode, recomputeOpenDeadlines, shortLinkTarget, trackingPath } from './service';
