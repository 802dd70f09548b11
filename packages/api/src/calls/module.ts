import { defineModule, type ModulePermissions } from '../module';
import { callsRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'calls:manage': ['agent', 'department_head', 'commune_admin'],
    // Opening a call and publishing its results bind the commune (the results grant subsidies).
    'calls:publish': ['department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** Calls for projects (issue 14), registered by one line in modules.ts. */
export const callsModule = defineModule({
  name: 'calls',
  routers: { calls: callsRouter },
  permissions,
});
