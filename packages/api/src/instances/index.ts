/** The instances domain as other domains see it: import from here, never from its files. */
export { instancesModule } from './module';
export { recommendationCase, observationCase } from './case';
/** The bulletins' section: a commune's recommendations for a period. */
export { recommendationFigures } from './figures';
export type { RecommendationFigures } from './figures';
export { SUBJECTS as OPINION_SUBJECT_TABLES } from './opinions';
export { seedDemoInstances } from './demo';
