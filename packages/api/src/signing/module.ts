import { defineModule, type ModulePermissions } from '../module';
import { signingRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'keys:manage': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const signingModule = defineModule({
  name: 'signing',
  routers: { signing: signingRouter },
  permissions,
});
