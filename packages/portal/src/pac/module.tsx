import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { usePacI18n } from './i18n';
import { usePacProjectsI18n } from './projects/i18n';
import { usePacProposalsI18n } from './proposals/i18n';

// The communal action plan (issue 15): screens and their words load with their own chunks.
const PlanPage = lazyScreen(usePacI18n, () => import('./PlanPage'));
const DraftPage = lazyScreen(usePacI18n, () => import('./DraftPage'));
const Unanswered = lazyScreen(usePacI18n, () => import('./Unanswered'));
const PacDesk = lazyScreen(usePacI18n, () => import('./desk/PacDesk'));
const MyContributions = lazyScreen(usePacI18n, () => import('./Mine'));
const ProjectsPage = lazyScreen(usePacProjectsI18n, () => import('./projects/ProjectsPage'));
const ProjectPage = lazyScreen(usePacProjectsI18n, () => import('./projects/ProjectPage'));
const ProjectsDesk = lazyScreen(usePacProjectsI18n, () => import('./projects/desk/ProjectsDesk'));
// Prioritisation (pac/proposals): consultations, proposals, votes and results, in their own namespace.
const Consultations = lazyScreen(usePacProposalsI18n, () => import('./proposals/ConsultationsPage'));
const Consultation = lazyScreen(usePacProposalsI18n, () => import('./proposals/ConsultationPage'));
const MyProposals = lazyScreen(usePacProposalsI18n, () => import('./proposals/Mine'));
const MyWorkshops = lazyScreen(usePacI18n, () => import('./workshops/Mine'));
const PrioritiesDesk = lazyScreen(usePacProposalsI18n, () => import('./proposals/desk/PrioritiesDesk'));
/** The account page's cards of this section: contributions on the draft, proposals, workshops signed up for. */
const Mine = () => (
  <>
    <MyContributions />
    <MyProposals />
    <MyWorkshops />
  </>
);
const WorkshopsPage = lazyScreen(usePacI18n, () => import('./workshops/WorkshopsPage'));
const WorkshopPage = lazyScreen(usePacI18n, () => import('./workshops/WorkshopPage'));
const ConsultationsPage = lazyScreen(usePacI18n, () => import('./workshops/ConsultationsPage'));
const ConsultationPage = lazyScreen(usePacI18n, () => import('./workshops/ConsultationPage'));

/** The action plan's section, listed in modules.ts. */
export const pacModule = definePortalModule({
  name: 'pac',
  section: {
    menu: 9,
    labels: { nav: 'pacMenu.nav', title: 'pacMenu.title', description: 'pacMenu.description' },
    routes: [
      <Route key="pac" path="/pac" component={PlanPage} />,
      <Route key="pac-draft" path="/pac/draft" component={DraftPage} />,
      <Route key="pac-unanswered" path="/pac/unanswered" component={Unanswered} />,
      <Route key="pac-projects" path="/pac/projects" component={ProjectsPage} />,
      <Route key="pac-project" path="/pac/projects/:code" component={ProjectPage} />,
      <Route key="pac-priorities" path="/pac/priorities" component={Consultations} />,
      <Route key="pac-priority" path="/pac/priorities/:id" component={Consultation} />,
      <Route key="pac-workshops" path="/pac/workshops" component={WorkshopsPage} />,
      <Route key="pac-workshop" path="/pac/workshops/:id">
        {(p) => <WorkshopPage key={p.id} id={p.id} />}
      </Route>,
      <Route key="pac-consultations" path="/pac/consultations" component={ConsultationsPage} />,
      <Route key="pac-consultation" path="/pac/consultations/:id">
        {(p) => <ConsultationPage key={p.id} id={p.id} />}
      </Route>,
    ],
  },
  desk: {
    tabs: [
      { href: '/pac', label: 'pacMenu.nav', permission: 'pac:manage', match: 'prefix' },
      { href: '/projects', label: 'pacMenu.projects', permission: 'pac:manage', match: 'prefix' },
      { href: '/priorities', label: 'pacMenu.priorities', permission: 'pac:manage', match: 'prefix' },
    ],
    routes: [
      { path: '/pac', nest: true, permission: 'pac:manage', render: () => <PacDesk /> },
      { path: '/projects', nest: true, permission: 'pac:manage', render: () => <ProjectsDesk /> },
      { path: '/priorities', nest: true, permission: 'pac:manage', render: () => <PrioritiesDesk /> },
    ],
  },
  mine: Mine,
  namespace: 'pac',
});
