/** The PAC's projects as the rest of the pac domain sees them. */
export { pacProjectsRouter } from './router';
export { seedDemoPacProjects } from './demo';
export { planFigures } from './figures';
/** The public list of projects (open data publishes it). */
export { list as listProjects } from './service';
