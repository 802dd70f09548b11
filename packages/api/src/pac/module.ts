import { defineModule, type ModulePermissions } from '../module';
import { proposalTimedNotices } from './proposals/time';
import { pacRouter } from './router';
import { pacTimedNotices } from './time';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'pac:manage': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** The communal action plan (issue 15), registered by one line in modules.ts. */
export const pacModule = defineModule({
  name: 'pac',
  routers: { pac: pacRouter },
  permissions,
  timedNotices: [...pacTimedNotices, ...proposalTimedNotices],
});
