import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useInstancesI18n } from './i18n';

// Consultative instances and the network's committee (issue 16): screens and their words load with their chunks.
const InstancesList = lazyScreen(useInstancesI18n, () => import('./InstancesList'));
const InstancePage = lazyScreen(useInstancesI18n, () => import('./InstancePage'));
const CommitteePage = lazyScreen(useInstancesI18n, () =>
  import('./InstancePage').then((m) => ({ default: m.CommitteePage })),
);
const Recommendations = lazyScreen(useInstancesI18n, () => import('./desk/Desk'));
const Recommendation = lazyScreen(useInstancesI18n, () =>
  import('./desk/Desk').then((m) => ({ default: m.RecommendationScreen })),
);
const Observations = lazyScreen(useInstancesI18n, () =>
  import('./desk/Desk').then((m) => ({ default: m.ObservationsQueue })),
);
const Observation = lazyScreen(useInstancesI18n, () =>
  import('./desk/Desk').then((m) => ({ default: m.ObservationScreen })),
);

/** The instances section, listed in modules.ts. */
export const instancesModule = definePortalModule({
  name: 'instances',
  section: {
    menu: 10,
    labels: { nav: 'instancesMenu.nav', title: 'instancesMenu.title', description: 'instancesMenu.description' },
    routes: [
      <Route key="instances" path="/instances" component={InstancesList} />,
      <Route key="instance" path="/instances/:id" component={InstancePage} />,
      // The network's transparency committee, at one address on every commune's portal.
      <Route key="committee" path="/committee" component={CommitteePage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/instances', label: 'instancesMenu.nav', permission: 'instances:answer', match: 'prefix' }],
    routes: [
      { path: '/instances', permission: 'instances:answer', render: () => <Recommendations /> },
      { path: '/instances/observations', permission: 'instances:answer', render: () => <Observations /> },
      { path: '/instances/r/:id', permission: 'instances:answer', render: (p) => <Recommendation id={p.id ?? ''} /> },
      { path: '/instances/o/:id', permission: 'instances:answer', render: (p) => <Observation id={p.id ?? ''} /> },
    ],
  },
  namespace: 'instances',
});
