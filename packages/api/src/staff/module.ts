import { defineModule, type ModulePermissions } from '../module';
import { staffRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'staff:access': ['agent', 'department_head', 'moderator', 'commune_admin'],
    'members:manage': ['commune_admin'],
  },
  /** A network admin manages members in every commune (to appoint a new commune's first admin). */
  networkAdminEverywhere: ['members:manage'],
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const staffModule = defineModule({
  name: 'staff',
  routers: { staff: staffRouter },
  permissions,
});
