import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useBudgetI18n } from './i18n';
import './budget.css';

// "A budget you can read" (issue 16): the screens and their words load with their own chunks.
const BudgetSection = lazyScreen(useBudgetI18n, () => import('./BudgetSection'));
const BudgetDesk = lazyScreen(useBudgetI18n, () => import('./desk/BudgetDesk'));

/** The budget section, listed in modules.ts. */
export const budgetModule = definePortalModule({
  name: 'budget',
  section: {
    menu: 10,
    labels: { nav: 'budgetMenu.nav', title: 'budgetMenu.title', description: 'budgetMenu.description' },
    routes: [<Route key="budget" path="/budget" component={BudgetSection} />],
  },
  desk: {
    tabs: [{ href: '/budget', label: 'budgetMenu.nav', permission: 'budget:manage', match: 'prefix' }],
    routes: [{ path: '/budget', nest: true, permission: 'budget:manage', render: () => <BudgetDesk /> }],
  },
  namespace: 'budget',
});
