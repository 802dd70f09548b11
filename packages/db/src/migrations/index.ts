import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T0001-foundation';
import * as complaints from './2026-11-29T0002-complaints';
import * as procedures from './2026-11-29T0003-procedures';
import * as informationRequests from './2026-11-29T0004-information-requests';
import * as documents from './2026-11-29T0005-documents';
import * as informationModule from './2026-11-29T0006-information-module';
import * as caseOwners from './2026-12-04T0001-case-owners';
import * as searchColumnsNotNull from './2026-12-04T0101-search-columns-not-null';
import * as codePrefixUnique from './2026-12-05T0001-code-prefix-unique';
import * as searchVocabulary from './2026-12-05T1701-search-vocabulary';
import * as referenceSeed from './2026-12-05T1001-reference-seed';
import * as uncertainValues from './2026-12-06T0201-uncertain-values';
import * as regionNames from './2026-12-06T0301-region-names';
import * as servicePointPlaces from './2026-12-06T0401-service-point-places';
import * as notifications from './2026-12-06T1301-notifications';
import * as accountEmails from './2026-12-06T2101-account-emails';
import * as smsSegments from './2026-12-06T2201-sms-segments';
import * as notificationInbox from './2026-12-06T2301-notification-inbox';
import * as smsUsageIndex from './2026-12-06T2302-sms-usage-index';
import * as notificationPreferences from './2026-12-07T0101-notification-preferences';
import * as phoneFollowers from './2026-12-07T0201-phone-followers';
import * as satisfaction from './2026-12-07T0301-satisfaction';
import * as closedComplaintsIndex from './2026-12-07T0302-closed-complaints-index';
import * as associations from './2026-12-08T0101-associations';
import * as rooms from './2026-12-08T0201-rooms';
import * as subsidies from './2026-12-09T0301-subsidies';
import * as calls from './2026-12-10T0101-calls';
import * as pac from './2026-12-11T0201-pac';
import * as petitions from './2026-12-11T0301-petitions';
import * as pacWorkshops from './2026-12-11T0401-pac-workshops';
import * as pacProjects from './2026-12-11T0601-pac-projects';
import * as pacProposals from './2026-12-11T0501-pac-proposals';
import * as publication from './2026-12-12T0101-publication';
import * as pacReportSpanish from './2026-12-12T0201-pac-report-spanish';
import * as publicationKeepersFiles from './2026-12-12T0701-publication-keepers-files';
import * as budget from './2026-12-12T0401-budget';
import * as bulletins from './2026-12-12T0301-bulletins';
import * as openData from './2026-12-12T0501-open-data';
import * as instances from './2026-12-12T0601-instances';

/** Static provider: bundlers keep every migration, no directory scan at run time. */
export const migrations: Record<string, Migration> = {
  '2026-11-29T0001-foundation': foundation,
  '2026-11-29T0002-complaints': complaints,
  '2026-11-29T0003-procedures': procedures,
  '2026-11-29T0004-information-requests': informationRequests,
  '2026-11-29T0005-documents': documents,
  '2026-11-29T0006-information-module': informationModule,
  '2026-12-04T0001-case-owners': caseOwners,
  '2026-12-04T0101-search-columns-not-null': searchColumnsNotNull,
  '2026-12-05T0001-code-prefix-unique': codePrefixUnique,
  '2026-12-05T1701-search-vocabulary': searchVocabulary,
  '2026-12-05T1001-reference-seed': referenceSeed,
  '2026-12-06T0201-uncertain-values': uncertainValues,
  '2026-12-06T0301-region-names': regionNames,
  '2026-12-06T0401-service-point-places': servicePointPlaces,
  '2026-12-06T1301-notifications': notifications,
  '2026-12-06T2101-account-emails': accountEmails,
  '2026-12-06T2201-sms-segments': smsSegments,
  '2026-12-06T2301-notification-inbox': notificationInbox,
  '2026-12-06T2302-sms-usage-index': smsUsageIndex,
  '2026-12-07T0101-notification-preferences': notificationPreferences,
  '2026-12-07T0201-phone-followers': phoneFollowers,
  '2026-12-07T0301-satisfaction': satisfaction,
  '2026-12-07T0302-closed-complaints-index': closedComplaintsIndex,
  '2026-12-08T0101-associations': associations,
  '2026-12-08T0201-rooms': rooms,
  '2026-12-09T0301-subsidies': subsidies,
  '2026-12-10T0101-calls': calls,
  '2026-12-11T0201-pac': pac,
  '2026-12-11T0301-petitions': petitions,
  '2026-12-11T0401-pac-workshops': pacWorkshops,
  '2026-12-11T0601-pac-projects': pacProjects,
  '2026-12-11T0501-pac-proposals': pacProposals,
  '2026-12-12T0101-publication': publication,
  '2026-12-12T0201-pac-report-spanish': pacReportSpanish,
  '2026-12-12T0701-publication-keepers-files': publicationKeepersFiles,
  '2026-12-12T0401-budget': budget,
  '2026-12-12T0301-bulletins': bulletins,
  '2026-12-12T0501-open-data': openData,
  '2026-12-12T0601-instances': instances,
};
