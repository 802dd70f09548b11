import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useInformationI18n } from './i18n';
// The section's styles come with the first load, not with its screens' chunks: a page the
// build wrote ahead (prerender.tsx) is laid out as it will stay before any script runs.
import '../page.css';
import './information.css';

// Access-to-information requests (Law 31-13).
const InformationSection = lazyScreen(useInformationI18n, () => import('./InformationSection'));
const InformationDesk = lazy(() => import('./desk/InformationDesk'));
const MyInformationRequests = lazy(() => import('./Mine').then((m) => ({ default: m.MyInformationRequests })));

export const informationModule = definePortalModule({
  name: 'information',
  section: {
    labels: { nav: 'informationMenu.nav', title: 'informationMenu.title', description: 'informationMenu.description' },
    menu: 3,
    routes: [<Route key="information" path="/information" nest component={InformationSection} />],
  },
  desk: {
    tabs: [{ href: '/information', label: 'desk.tab.information', permission: 'information:process', match: 'prefix' }],
    routes: [
      { path: '/information', nest: true, permission: 'information:process', render: () => <InformationDesk /> },
    ],
  },
  mine: MyInformationRequests,
  namespace: 'information',
});
