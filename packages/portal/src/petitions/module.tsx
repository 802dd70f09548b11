import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { usePetitionsDeskI18n } from './desk/i18n';
import { usePetitionsI18n } from './i18n';

// Petitions and citizen proposals (issue 15): screens and their words load with their own chunks.
const Register = lazyScreen(usePetitionsI18n, () => import('./Register'));
const NewPetition = lazyScreen(usePetitionsI18n, () => import('./NewPetition'));
const PetitionPage = lazyScreen(usePetitionsI18n, () => import('./PetitionPage'));
const Manage = lazyScreen(usePetitionsI18n, () => import('./Manage'));
const Sheet = lazyScreen(usePetitionsI18n, () => import('./Sheet'));
const MyPetitions = lazyScreen(usePetitionsI18n, () => import('./Mine'));
const PetitionsDesk = lazyScreen(usePetitionsDeskI18n, () => import('./desk/PetitionsDesk'));

/** The petitions' section, listed in modules.ts. */
export const petitionsModule = definePortalModule({
  name: 'petitions',
  section: {
    menu: 10,
    labels: { nav: 'petitionsMenu.nav', title: 'petitionsMenu.title', description: 'petitionsMenu.description' },
    routes: [
      <Route key="petitions" path="/petitions" component={Register} />,
      <Route key="petition-new" path="/petitions/new" component={NewPetition} />,
      <Route key="petition-manage" path="/petitions/:id/manage" component={Manage} />,
      <Route key="petition-sheet" path="/petitions/:id/sheet" component={Sheet} />,
      <Route key="petition" path="/petitions/:id" component={PetitionPage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/petitions', label: 'petitionsMenu.nav', permission: 'petitions:key', match: 'prefix' }],
    routes: [{ path: '/petitions', nest: true, permission: 'petitions:key', render: () => <PetitionsDesk /> }],
  },
  mine: MyPetitions,
  namespace: 'petitions',
});
