import { defineModule, type ModulePermissions } from '../module';
import { noticeLogRouter } from './evidence-router';
import { phoneFollowRouter } from './phone-router';
import { notificationsRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'notifications:read': ['agent', 'department_head', 'commune_admin'],
    'notifications:manage': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** Email and SMS notices through the outbox (registered by one line in modules.ts). */
export const notificationsModule = defineModule({
  name: 'notifications',
  routers: { notifications: notificationsRouter, noticeLog: noticeLogRouter, phoneFollow: phoneFollowRouter },
  permissions,
});
