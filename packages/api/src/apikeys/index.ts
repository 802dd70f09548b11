/** The apikeys domain as other domains see it: import from here, never from its files. */
export { communeForApiKey } from './service';
