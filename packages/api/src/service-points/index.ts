/** The service-points domain as other domains see it: import from here, never from its files. */
export { pointsForProcedures } from './repository';
export { publicServicePoint } from './service';
export type { PublicServicePoint } from './service';
/** A commune's service points as the public sees them (open data publishes them). */
export { list as communeServicePoints } from './service';
