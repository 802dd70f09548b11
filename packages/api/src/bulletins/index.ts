/** The bulletins domain as other domains see it: import from here, never from its files. */
export { bulletinsRouter } from './router';
export { SECTION_PROVIDERS, type SectionProvider, type DatasetId } from './sections';
/** A figure's words (open data publishes them beside the figures). */
export { figureLabel, sectionTitle } from './labels';
