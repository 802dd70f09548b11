import { apikeysModule } from './apikeys/module';
import { auditModule } from './audit/module';
import { authModule } from './auth/module';
import { calendarModule } from './calendar/module';
import { communesModule } from './communes/module';
import { complaintsModule } from './complaints/module';
import { documentsModule } from './documents/module';
import { informationRequestsModule } from './information-requests/module';
import { moderationModule } from './moderation/module';
import { networkModule } from './network/module';
import { notificationsModule } from './notifications/module';
import { proceduresModule } from './procedures/module';
import { servicePointsModule } from './service-points/module';
import { signingModule } from './signing/module';
import { staffModule } from './staff/module';
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
 * Every API domain, each described by its `<domain>/module.ts`. The root router, the
 * permission table (access.ts), the calendar's hooks and the network figures are built
 * from this list: a new domain is registered by one line here.
 */
export const modules = [
  authModule,
  communesModule,
  staffModule,
  complaintsModule,
  moderationModule,
  apikeysModule,
  documentsModule,
  signingModule,
  informationRequestsModule,
  auditModule,
  proceduresModule,
  servicePointsModule,
  networkModule,
  calendarModule,
  notificationsModule,
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
] as const;
