/** The publication domain as other domains see it: import from here, never from its files. */
export { publicationRouter } from './router';
export { publishedFile } from './service';
export type { PublicItem, PublicationStatus } from './service';
