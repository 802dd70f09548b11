import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { usePublicationI18n } from './i18n';

// Proactive publication (issue 16, Law 31-13 art. 10): the screens and their words load with their own chunks.
const PublicationSection = lazyScreen(usePublicationI18n, () => import('./PublicationSection'));
const PublicationDesk = lazyScreen(usePublicationI18n, () => import('./desk/PublicationDesk'));

/** The publication section, listed in modules.ts. */
export const publicationModule = definePortalModule({
  name: 'publication',
  section: {
    menu: 10,
    labels: { nav: 'publicationMenu.nav', title: 'publicationMenu.title', description: 'publicationMenu.description' },
    routes: [<Route key="publication" path="/publication" component={PublicationSection} />],
  },
  desk: {
    tabs: [{ href: '/publication', label: 'publicationMenu.nav', permission: 'publication:manage', match: 'prefix' }],
    routes: [{ path: '/publication', nest: true, permission: 'publication:manage', render: () => <PublicationDesk /> }],
  },
  namespace: 'publication',
});
