import { defineModule, type ModulePermissions } from '../module';
import { budgetRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    // The budget is the council's and the finance service's: its head and the commune's admins import and
    // publish it, not every agent at a counter.
    'budget:manage': ['department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the budget domain adds to the app (registered by one line in modules.ts). */
export const budgetModule = defineModule({
  name: 'budget',
  routers: { budget: budgetRouter },
  permissions,
});
