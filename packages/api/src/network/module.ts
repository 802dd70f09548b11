import { defineModule, type ModulePermissions } from '../module';
import { networkRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  network: {
    'network:view': ['coordinator', 'network_admin'],
    'network:admin': ['network_admin'],
  },
} as const satisfies ModulePermissions;

type NetworkDefined = typeof permissions.network;
declare module '../access' {
  interface NetworkPermissionRoles extends NetworkDefined {}
}

export const networkModule = defineModule({
  name: 'network',
  routers: { network: networkRouter },
  permissions,
});
