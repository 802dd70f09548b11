/** The open-data domain as other domains see it: import from here, never from its files. */
// The dataset contract first: a domain whose dataset open-data registers imports it from here,
// and this order keeps it initialised before the router's imports come back round to that domain.
export * from './spec';
