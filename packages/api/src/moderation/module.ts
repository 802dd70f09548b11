import { defineModule, type ModulePermissions } from '../module';
import { moderationRouter, photosRouter } from './router';

/** The permissions this domain defines, and the roles that hold each. */
const permissions = {
  commune: {
    'moderation:act': ['moderator', 'commune_admin'],
  },
} as const satisfies ModulePermissions;

type CommuneDefined = typeof permissions.commune;
declare module '../access' {
  interface CommunePermissionRoles extends CommuneDefined {}
}

export const moderationModule = defineModule({
  name: 'moderation',
  routers: { photos: photosRouter, moderation: moderationRouter },
  permissions,
  publicEvents: ['image.hidden', 'image.restored', 'image.removed'],
});
