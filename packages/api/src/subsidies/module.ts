import { defineModule, type ModulePermissions } from '../module';
import { subsidyFigures } from './figures';
import { subsidiesRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'subsidies:manage': ['agent', 'department_head', 'commune_admin'],
    // Signing a convention, recording a payment or cancelling commits the commune's money.
    'subsidies:sign': ['department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** The open subsidy ledger (issue 14), registered by one line in modules.ts. */
export const subsidiesModule = defineModule({
  name: 'subsidies',
  routers: { subsidies: subsidiesRouter },
  permissions,
  figures: subsidyFigures,
});
