/** The communes domain as other domains see it: import from here, never from its files. */
export { departmentsOf, findCommuneBySlug, listCommunes, rolesOf } from './repository';
export type { CommuneRow } from './repository';
export { communeSlug, localized } from './schemas';
export { requireCommune } from './service';
