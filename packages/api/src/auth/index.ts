/** The auth domain as other domains see it: import from here, never from its files. */
export { findUserByEmail } from './repository';
export { email } from './schemas';
export type { Session } from './service';
