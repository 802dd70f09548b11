import { defineModule } from '../module';
import { permissions } from './permissions';
import { petitionsRouter } from './router';
import { petitionTimedNotices, petitionUpkeep } from './time';

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

/** Petitions and citizen proposals (issue 15), registered by one line in modules.ts. */
export const petitionsModule = defineModule({
  name: 'petitions',
  routers: { petitions: petitionsRouter },
  permissions,
  publicEvents: ['petition.state_changed'],
  timedNotices: petitionTimedNotices,
  upkeep: petitionUpkeep,
});
