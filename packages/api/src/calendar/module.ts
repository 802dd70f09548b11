import { defineModule, type ModulePermissions } from '../module';
import { calendarRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  network: {
    'calendar:manage': ['network_admin'],
  },
} as const satisfies ModulePermissions;

type NetworkDefined = typeof permissions.network;
declare module '../access' {
  interface NetworkPermissionRoles extends NetworkDefined {}
}

export const calendarModule = defineModule({
  name: 'calendar',
  routers: { calendar: calendarRouter },
  permissions,
  publicEvents: ['calendar.changed'],
});
