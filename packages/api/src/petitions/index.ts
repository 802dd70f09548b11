/** The petitions domain as other domains see it: import from here, never from its files. */
export { petitionsModule } from './module';
export { petitionCase } from './case';
export { seedDemoPetitions } from './demo';
export { petitionPeriodFigures } from './figures';
