import { defineModule, type ModulePermissions } from '../module';
import { associationHeadlineFigures } from './figures';
import { associationsRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'associations:manage': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** The associations registry (issue 14), registered by one line in modules.ts. */
export const associationsModule = defineModule({
  name: 'associations',
  routers: { associations: associationsRouter },
  permissions,
  figures: associationHeadlineFigures,
});
