export * from './enums';
export * from './types';
export type { Insertable, Selectable, Updateable } from 'kysely';
export {
  createDb,
  migrateToLatest,
  fromPglite,
  restorePglite,
  maintainTables,
  type Db,
  type DbHandle,
  type CreateDbOptions,
} from './create-db';
export { seedReferenceData, ensureReferenceData, referenceFingerprint, REFERENCE_DATA, insertCommune } from './seed';
export * from './reference-data';
export * from './tables/procedures';
export * from './tables/information-requests';
export * from './tables/documents';
export * from './tables/notifications';
export * from './tables/accounts';
export * from './tables/notification-inbox';
export * from './tables/notification-preferences';
export * from './tables/phone-codes';
export * from './tables/associations';
export * from './tables/rooms';
export * from './tables/subsidies';
export * from './tables/calls';
export * from './tables/pac';
export * from './tables/publication';
export * from './tables/bulletins';
export * from './tables/petitions';
export * from './tables/pac-projects';
export * from './tables/pac-proposals';
export * from './tables/pac-workshops';
export * from './tables/budget';
export * from './tables/open-data';
export * from './tables/instances';
