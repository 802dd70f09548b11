/** The signing domain as other domains see it: import from here, never from its files. */
export { sha256Hex, signMessage, signedMessage, verifyMessage } from './crypto';
export { lockActiveKey } from './repository';
export { signingRouter } from './router';
export { MIN_SECRET_LENGTH, createSigning, signingSetup } from './runtime';
export type { Signing, SigningSetup } from './runtime';
export { activeSigningKey, publicKeys } from './service';
export type { PublishedKey } from './service';
