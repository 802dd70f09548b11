import { complaintsModule } from './complaints/module';
import { apiKeysModule, moderationModule } from './desk/module';
import { documentsModule } from './documents/module';
import { informationModule } from './information/module';
import { noticesModule } from './notices/module';
import type { PortalModule } from './module';
import { proceduresModule } from './procedures/module';
import { associationsModule } from './associations/module';
import { roomsModule } from './rooms/module';
import { subsidiesModule } from './subsidies/module';
import { callsModule } from './calls/module';
import { pacModule } from './pac/module';
import { petitionsModule } from './petitions/module';
import { publicationModule } from './publication/module';
import { budgetModule } from './budget/module';
import { bulletinsModule } from './bulletins/module';
import { openDataModule } from './open-data/module';
import { instancesModule } from './instances/module';

/**
 * Every portal module, in the staff area's tab order (the menu follows each section's
 * `menu`). A new module is registered by one line here.
 */
export const portalModules: readonly PortalModule[] = [
  complaintsModule,
  informationModule,
  documentsModule,
  proceduresModule,
  moderationModule,
  apiKeysModule,
  noticesModule,
  associationsModule,
  roomsModule,
  subsidiesModule,
  callsModule,
  pacModule,
  petitionsModule,
  publicationModule,
  budgetModule,
  bulletinsModule,
  openDataModule,
  instancesModule,
];

/** The modules with a public section, in menu order. */
export const sections = portalModules
  .filter((m): m is PortalModule & { section: NonNullable<PortalModule['section']> } => !!m.section)
  .sort((a, b) => a.section.menu - b.section.menu);
