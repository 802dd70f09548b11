/** The documents domain as other domains see it: import from here, never from its files. */
export { findByKey, issue, shortLinkTarget } from './service';
export { arDate, frDate, TEMPLATE_TITLES } from './templates';
export { documentPeriodFigures } from './figures';
