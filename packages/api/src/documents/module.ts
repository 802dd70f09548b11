import { defineModule, type ModulePermissions } from '../module';
import { documentsRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'documents:issue': ['agent', 'department_head', 'commune_admin'],
    // Revoking voids a signed document for everyone: a commune admin's decision, not every agent's.
    'documents:revoke': ['commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const documentsModule = defineModule({
  name: 'documents',
  routers: { documents: documentsRouter },
  permissions,
});
