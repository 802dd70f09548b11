/** The documents domain as other domains see it: import from here, never from its files. */
export { renderDocument } from './pdf';
export { findByKey, issue } from './service';
