import { complaintsModule } from './complaints/module';
import { apiKeysModule, moderationModule } from './desk/module';
import { documentsModule } from './documents/module';
import { informationModule } from './information/module';
import { definePortalModule, type PortalModule } from './module';
import { proceduresModule } from './procedures/module';

/**
 * Every portal module, in the staff area's tab order (the menu follows each section's
 * `menu`). A new module is registered by one line here.
 */
/** Participation: announced in the menu, screens to come. */
const participationModule = definePortalModule({ name: 'participation', section: { menu: 4, routes: null } });

export const portalModules: readonly PortalModule[] = [
  complaintsModule,
  informationModule,
  documentsModule,
  proceduresModule,
  moderationModule,
  apiKeysModule,
  participationModule,
];

/** The modules with a public section, in menu order. */
export const sections = portalModules
  .filter((m): m is PortalModule & { section: NonNullable<PortalModule['section']> } => !!m.section)
  .sort((a, b) => a.section.menu - b.section.menu);
