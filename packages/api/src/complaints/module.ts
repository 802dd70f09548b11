import { defineModule, type ModulePermissions } from '../module';
import { complaintHeadlineFigures } from './figures';
import { complaintCase } from './case';
import { complaintsRouter } from './router';
import { reopenWindowClosing } from './reopen-window';
import { satisfactionSurvey } from './survey';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'complaints:process': ['agent', 'department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const complaintsModule = defineModule({
  name: 'complaints',
  routers: { complaints: complaintsRouter },
  permissions,
  figures: complaintHeadlineFigures,
  publicEvents: ['complaint.submitted', 'complaint.stage_changed'],
  staffDeadlines: [{ spec: complaintCase, assigneeColumn: 'assigneeId' }],
  timedNotices: [satisfactionSurvey, reopenWindowClosing],
});
