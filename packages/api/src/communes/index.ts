/** The communes domain as other domains see it: import from here, never from its files. */
export {
  departmentsOf,
  findCommuneByPrefix,
  findCommuneBySlug,
  listCommunes,
  networkCommunes,
  rolesOf,
  settingsOfCommune,
} from './repository';
export type { CommuneRow } from './repository';
export { CODE_PREFIX, communeSlug, localized } from './schemas';
export { requireCommune } from './service';
