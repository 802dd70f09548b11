/** The associations domain as other domains see it (rooms, petitions): import from here, never from its files. */
export { associationsRouter } from './router';
export { isRepresentative, publicAssociation, standingOf, type PublicAssociation, type Viewer } from './service';
export { associationFlags, type AssociationFlags, type Flag, type FlagReason, type SubsidyStanding } from './flags';
export { associationSettings, ASSOCIATION_SETTINGS_DEFAULTS, type AssociationSettings } from './settings';
export * as associationsRepository from './repository';
export { seedDemoAssociations } from './demo';
