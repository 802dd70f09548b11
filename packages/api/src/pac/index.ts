/** The communal action plan as other domains see it: import from here, never from its files. */
export { pacModule } from './module';
export { contributionCase } from './case';
export { planFigures } from './projects';
export { proposalPeriodFigures } from './proposals/figures';
/** The PAC projects' public list (open data publishes it). */
export { listProjects } from './projects';
