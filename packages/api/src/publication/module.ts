import { defineModule, type ModulePermissions } from '../module';
import { publicationRouter } from './router';
import { publicationTimedNotices } from './time';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'publication:manage': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the publication domain adds to the app (registered by one line in modules.ts). */
export const publicationModule = defineModule({
  name: 'publication',
  routers: { publication: publicationRouter },
  permissions,
  timedNotices: publicationTimedNotices,
});
