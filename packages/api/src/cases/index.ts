/** The cases domain as other domains see it: import from here, never from its files. */
export { caseCode } from './codes';
export {
  auditedActor,
  formatSecret,
  generateSecret,
  hashSecret,
  newOwnerSecret,
  normaliseSecret,
  ownerSecret,
  ownerView,
  proveOwner,
  withHash,
} from './owner';
export type { OwnedCase } from './owner';
