import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useCallsI18n } from './i18n';

// Calls for projects (issue 14): screens and their words load with their own chunks.
const CallList = lazyScreen(useCallsI18n, () => import('./List'));
const CallPage = lazyScreen(useCallsI18n, () => import('./CallPage'));
const ScoreSheet = lazyScreen(useCallsI18n, () => import('./ScoreSheet'));
const CallsDesk = lazy(() => import('./desk/CallsDesk'));
const MyCalls = lazy(() => import('./Mine'));

/** The calls section, listed in modules.ts. */
export const callsModule = definePortalModule({
  name: 'calls',
  section: {
    menu: 8,
    labels: { nav: 'callsMenu.nav', title: 'callsMenu.title', description: 'callsMenu.description' },
    routes: [
      <Route key="calls" path="/calls" component={CallList} />,
      <Route key="call-committee" path="/calls/:id/committee" component={ScoreSheet} />,
      <Route key="call" path="/calls/:id" component={CallPage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/calls', label: 'callsMenu.nav', permission: 'calls:manage', match: 'prefix' }],
    routes: [{ path: '/calls', nest: true, permission: 'calls:manage', render: () => <CallsDesk /> }],
  },
  mine: MyCalls,
  namespace: 'calls',
});
