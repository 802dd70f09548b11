/** The files domain as other domains see it: import from here, never from its files. */
export { processPhoto, processScan } from './images';
export type { ProcessedFile } from './images';
export { putFile } from './repository';
export { upload } from './schemas';
export type { Upload } from './schemas';
