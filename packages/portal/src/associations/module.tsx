import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useAssociationsI18n } from './i18n';
import './associations.css';

// The directory, an association's page and its private page; the registry's desk for staff.
const AssociationsSection = lazyScreen(useAssociationsI18n, () => import('./AssociationsSection'));
const AssociationsDesk = lazy(() => import('./desk/AssociationsDesk'));

/** The associations registry (issue 14), listed in modules.ts. */
export const associationsModule = definePortalModule({
  name: 'associations',
  section: {
    menu: 6,
    labels: {
      nav: 'associationsMenu.nav',
      title: 'associationsMenu.title',
      description: 'associationsMenu.description',
    },
    routes: [<Route key="associations" path="/associations" nest component={AssociationsSection} />],
  },
  desk: {
    tabs: [
      { href: '/associations', label: 'desk.tab.associations', permission: 'associations:manage', match: 'prefix' },
    ],
    routes: [
      { path: '/associations', nest: true, permission: 'associations:manage', render: () => <AssociationsDesk /> },
    ],
  },
  namespace: 'associations',
});
