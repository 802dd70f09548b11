import { defineModule, type ModulePermissions } from '../module';
import { auditRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'audit:view': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const auditModule = defineModule({
  name: 'audit',
  routers: { audit: auditRouter },
  permissions,
});
