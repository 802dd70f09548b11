import { defineModule, type ModulePermissions } from '../module';
import { informationHeadlineFigures } from './figures';
import { informationRequestsRouter } from './router';
import { recomputeOpenDeadlines } from './service';
import { silenceRemedies } from './silence';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'information:process': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const informationRequestsModule = defineModule({
  name: 'information-requests',
  routers: { informationRequests: informationRequestsRouter },
  permissions,
  onCalendarChange: recomputeOpenDeadlines,
  figures: informationHeadlineFigures,
  publicEvents: ['information.state_changed', 'information.updated'],
  timedNotices: [silenceRemedies],
});
