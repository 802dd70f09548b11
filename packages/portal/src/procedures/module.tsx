import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useProceduresI18n } from './i18n';
// The section's styles come with the first load, not with its screens' chunks: a page the
// build wrote ahead (prerender.tsx) is laid out as it will stay before any script runs.
import './procedures.css';

// Search, sheet, compare, service points; the commune's values at the desk.
const ProceduresSection = lazyScreen(useProceduresI18n, () => import('./ProceduresSection'));
const ProceduresDesk = lazy(() => import('./desk/ProceduresDesk'));

export const proceduresModule = definePortalModule({
  name: 'procedures',
  section: {
    labels: { nav: 'proceduresMenu.nav', title: 'proceduresMenu.title', description: 'proceduresMenu.description' },
    menu: 2,
    routes: [<Route key="procedures" path="/procedures" nest component={ProceduresSection} />],
  },
  desk: {
    tabs: [{ href: '/procedures', label: 'desk.tab.procedures', permission: 'procedures:edit', match: 'prefix' }],
    routes: [{ path: '/procedures', nest: true, permission: 'procedures:edit', render: () => <ProceduresDesk /> }],
  },
  namespace: 'procedures',
});
