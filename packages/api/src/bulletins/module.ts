import { defineModule, type ModulePermissions } from '../module';
import { bulletinsRouter } from './router';

/**
 * The permissions this domain defines, and the roles that hold each: editors write a draft, a different permission
 * approves it (its figures are frozen, signed and published in the commune's name).
 */
const permissions = {
  commune: {
    'bulletins:edit': ['agent', 'department_head', 'commune_admin'],
    'bulletins:approve': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** What the bulletins domain adds to the app (registered by one line in modules.ts). */
export const bulletinsModule = defineModule({
  name: 'bulletins',
  routers: { bulletins: bulletinsRouter },
  permissions,
});
