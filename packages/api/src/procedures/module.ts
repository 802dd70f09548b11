import { defineModule, type ModulePermissions } from '../module';
import { proceduresRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'procedures:edit': ['commune_admin', 'department_head'],
  },
  network: {
    'procedures:templates': ['network_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
type NetworkDefined = typeof permissions.network;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
  interface NetworkPermissionRoles extends NetworkDefined {}
}

export const proceduresModule = defineModule({
  name: 'procedures',
  routers: { procedures: proceduresRouter },
  permissions,
  publicEvents: ['procedure.updated', 'procedure.template_updated'],
});
