import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useBulletinsI18n } from './i18n';

// Bulletins of management results (issue 16): the screens and their words load with their own chunks.
const BulletinsSection = lazyScreen(useBulletinsI18n, () => import('./BulletinsSection'));
const BulletinPage = lazyScreen(useBulletinsI18n, () => import('./BulletinPage'));
const BulletinsDesk = lazyScreen(useBulletinsI18n, () => import('./desk/BulletinsDesk'));

/** The bulletins section, listed in modules.ts. */
export const bulletinsModule = definePortalModule({
  name: 'bulletins',
  section: {
    menu: 11,
    labels: { nav: 'bulletinsMenu.nav', title: 'bulletinsMenu.title', description: 'bulletinsMenu.description' },
    routes: [
      <Route key="bulletins" path="/bulletins" component={BulletinsSection} />,
      <Route key="bulletin" path="/bulletins/:period" component={BulletinPage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/bulletins', label: 'bulletinsMenu.nav', permission: 'bulletins:edit', match: 'prefix' }],
    routes: [{ path: '/bulletins', nest: true, permission: 'bulletins:edit', render: () => <BulletinsDesk /> }],
  },
  namespace: 'bulletins',
});
