import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useOpenDataI18n } from './i18n';

// Open data (issue 16): the screens and their words load with their own chunks.
const CataloguePage = lazyScreen(useOpenDataI18n, () => import('./CataloguePage'));
const DatasetPage = lazyScreen(useOpenDataI18n, () => import('./DatasetPage'));
const OpenDataDesk = lazyScreen(useOpenDataI18n, () => import('./desk/OpenDataDesk'));

/** The open-data section, listed in modules.ts. */
export const openDataModule = definePortalModule({
  name: 'open-data',
  section: {
    menu: 10,
    labels: { nav: 'openDataMenu.nav', title: 'openDataMenu.title', description: 'openDataMenu.description' },
    routes: [
      <Route key="open-data" path="/open-data" component={CataloguePage} />,
      <Route key="open-data-dataset" path="/open-data/:dataset" component={DatasetPage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/open-data', label: 'openDataMenu.nav', permission: 'open-data:publish', match: 'prefix' }],
    routes: [{ path: '/open-data', nest: true, permission: 'open-data:publish', render: () => <OpenDataDesk /> }],
  },
  namespace: 'openData',
});
