import { defineModule, type ModulePermissions } from '../module';
import { roomsRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'rooms:manage': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the rooms domain adds to the app (registered by one line in modules.ts). */
export const roomsModule = defineModule({
  name: 'rooms',
  routers: { rooms: roomsRouter },
  permissions,
});
