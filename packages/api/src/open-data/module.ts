import { defineModule, type ModulePermissions } from '../module';
import { openDataRouter } from './router';

/**
 * Publishing a dataset puts the commune's figures before everyone, for good (versions are frozen):
 * a decision for a department head or the commune's administrator, not every agent.
 */
const permissions = {
  commune: {
    'open-data:publish': ['department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the open-data domain adds to the app (registered by one line in modules.ts). */
export const openDataModule = defineModule({
  name: 'open-data',
  routers: { openData: openDataRouter },
  permissions,
});
