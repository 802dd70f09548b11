/** Calls for projects as other domains see them: import from here, never from its files. */
export { callsModule } from './module';
export { applicationCase } from './case';
