import { defineModule, type ModulePermissions } from '../module';
import { apiKeysRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'apikeys:manage': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const apikeysModule = defineModule({
  name: 'apikeys',
  routers: { apiKeys: apiKeysRouter },
  permissions,
});
