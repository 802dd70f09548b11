import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useSubsidiesI18n } from './i18n';

// The open subsidy ledger (issue 14): screens and their words load with their own chunks.
const Ledger = lazyScreen(useSubsidiesI18n, () => import('./Ledger'));
const SubsidiesDesk = lazy(() => import('./desk/SubsidiesDesk'));
const MySubsidies = lazy(() => import('./Mine'));

/** The subsidies section, listed in modules.ts. */
export const subsidiesModule = definePortalModule({
  name: 'subsidies',
  section: {
    menu: 7,
    labels: { nav: 'subsidiesMenu.nav', title: 'subsidiesMenu.title', description: 'subsidiesMenu.description' },
    routes: [<Route key="subsidies" path="/subsidies" component={Ledger} />],
  },
  desk: {
    tabs: [{ href: '/subsidies', label: 'subsidiesMenu.nav', permission: 'subsidies:manage', match: 'prefix' }],
    routes: [{ path: '/subsidies', nest: true, permission: 'subsidies:manage', render: () => <SubsidiesDesk /> }],
  },
  mine: MySubsidies,
  namespace: 'subsidies',
});
