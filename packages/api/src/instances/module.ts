import { defineModule, type ModulePermissions } from '../module';
import { instancesRouter } from './router';

/**
 * The permissions this domain defines, and the roles that hold each. A commune's admins and department heads run
 * its instances' secretariat; its agents answer what an instance addresses to the commune; network coordinators
 * run the transparency committee (adopt recommendations, raise observations).
 */
const permissions = {
  commune: {
    'instances:manage': ['department_head', 'commune_admin'],
    'instances:answer': ['agent', 'department_head', 'commune_admin'],
  },
  network: {
    'committee:manage': ['coordinator', 'network_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
type NetworkDefined = typeof permissions.network;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
  interface NetworkPermissionRoles extends NetworkDefined {}
}

/** Consultative instances and the network's transparency committee (issue 16), registered in modules.ts. */
export const instancesModule = defineModule({
  name: 'instances',
  routers: { instances: instancesRouter },
  permissions,
  publicEvents: ['recommendation.state_changed', 'observation.state_changed'],
});
