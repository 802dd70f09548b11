/**
 * Every enum of the schema, as constant arrays and their types: the one source the database types, the API's zod
 * schemas and the frontends' lists all read (`@shabaka/db/enums`). Isomorphic: this file imports nothing, so a
 * browser bundle may import it without pulling Kysely, pg or PGlite.
 */

// ——— Network, communes, accounts ———

export const LANGUAGES = ['ar', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const COMMUNE_ROLES = ['agent', 'department_head', 'moderator', 'commune_admin'] as const;
export type CommuneRole = (typeof COMMUNE_ROLES)[number];
export const NETWORK_ROLES = ['coordinator', 'network_admin'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];
export const PARTNER_KINDS = ['town', 'organisation'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

// ——— Complaints ———

export const COMPLAINT_KINDS = ['complaint', 'observation', 'suggestion'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
/** Open stages first, then the closed ones (see REFERENCE.md: chikaya.ma, FixMyStreet). */
export const COMPLAINT_STAGES = [
  'received',
  'processing',
  'final',
  'resolved',
  'rejected',
  'duplicate',
  'referred',
] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];
/** The stages in which the commune still owes an answer (deadlines run, the citizen may not rate yet). */
export const COMPLAINT_OPEN_STAGES = ['received', 'processing', 'final'] as const satisfies readonly ComplaintStage[];
export const COMPLAINT_CLOSED_STAGES = [
  'resolved',
  'rejected',
  'duplicate',
  'referred',
] as const satisfies readonly ComplaintStage[];
export const isComplaintOpen = (stage: string) => (COMPLAINT_OPEN_STAGES as readonly string[]).includes(stage);
export const INTAKE_CHANNELS = ['web', 'counter', 'paper', 'phone', 'open311'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
/** The channels an agent registers a complaint through (the web and Open311 are the citizen's own). */
export const COMPLAINT_COUNTER_CHANNELS = ['counter', 'paper', 'phone'] as const satisfies readonly IntakeChannel[];
export type ComplaintCounterChannel = (typeof COMPLAINT_COUNTER_CHANNELS)[number];
export const REPLY_CHANNELS = ['portal', 'email', 'sms', 'phone', 'paper'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];
export const ATTACHMENT_STATES = ['visible', 'hidden', 'removed'] as const;
export type AttachmentState = (typeof ATTACHMENT_STATES)[number];
export const REPORT_REASONS = ['offensive', 'personal_data', 'unrelated', 'spam'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const CITIZEN_TEXT_STATUSES = ['pending', 'published', 'rejected'] as const;
export type CitizenTextStatus = (typeof CITIZEN_TEXT_STATUSES)[number];

// ——— Working-day calendar ———

/** Moveable (moon-sighted) holidays; fixed ones are computed for any year in the API. */
export const LUNAR_HOLIDAY_CODES = ['eid_al_fitr', 'eid_al_adha', 'muharram', 'mawlid', 'other'] as const;
export type LunarHolidayCode = (typeof LUNAR_HOLIDAY_CODES)[number];
export const isLunarHolidayCode = (code: string): code is LunarHolidayCode =>
  (LUNAR_HOLIDAY_CODES as readonly string[]).includes(code);

// ——— Information requests (Law 31-13) ———

/** received → in_processing → (extended) → answered | refused | transferred; withdrawn by the requester. */
export const INFORMATION_REQUEST_STATES = [
  'received',
  'in_processing',
  'extended',
  'answered',
  'refused',
  'transferred',
  'withdrawn',
] as const;
export type InformationRequestState = (typeof INFORMATION_REQUEST_STATES)[number];
export const INFORMATION_OPEN_STATES = [
  'received',
  'in_processing',
  'extended',
] as const satisfies readonly InformationRequestState[];
export const isInformationRequestOpen = (state: string) =>
  (INFORMATION_OPEN_STATES as readonly string[]).includes(state);
/** How the request reached the commune. */
export const INFORMATION_INTAKE_CHANNELS = ['web', 'counter', 'post', 'email'] as const;
export type InformationIntakeChannel = (typeof INFORMATION_INTAKE_CHANNELS)[number];
/** How staff received a request (the web is the citizen's own channel). */
export const INFORMATION_STAFF_INTAKE_CHANNELS = [
  'counter',
  'post',
  'email',
] as const satisfies readonly InformationIntakeChannel[];
/** How the requester wants the information (Law 31-13: paper or electronic access). */
export const INFORMATION_DELIVERY_CHANNELS = ['paper_pickup', 'post', 'email', 'electronic_document'] as const;
export type InformationDeliveryChannel = (typeof INFORMATION_DELIVERY_CHANNELS)[number];
export const ANSWER_COMPLETENESS = ['full', 'partial'] as const;
export type AnswerCompleteness = (typeof ANSWER_COMPLETENESS)[number];
export const HEAD_COMPLAINT_OUTCOMES = ['upheld', 'partially_upheld', 'rejected'] as const;
export type HeadComplaintOutcome = (typeof HEAD_COMPLAINT_OUTCOMES)[number];

// ——— Procedures and service points ———

/** How a procedure can be carried out. */
export const PROCEDURE_CHANNELS = ['counter', 'online', 'both'] as const;
export type ProcedureChannel = (typeof PROCEDURE_CHANNELS)[number];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const SERVICE_POINT_KINDS = [
  'town_hall',
  'civil_status_office',
  'civil_status_annex',
  'urban_planning_office',
  'technical_services',
  'economic_affairs_office',
  'counter',
  'other',
] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

/**
 * A service point's values that can be seeded as guesses, for staff to check (`service_points.to_verify`):
 * citizens do not see them until a procedures editor of the commune confirms or rewrites them.
 */
export const SERVICE_POINT_UNCERTAIN = ['hours', 'accessibility'] as const;
export type ServicePointUncertain = (typeof SERVICE_POINT_UNCERTAIN)[number];

/**
 * The fields a commune may override. An override row keeps only the fields that
 * differ from the network template (null = the template's value applies).
 */
export const OVERRIDE_FIELDS = [
  'feeMad',
  'office',
  'hours',
  'processingDays',
  'documents',
  'forms',
  'legalBasis',
  'channels',
  'electronicDelivery',
] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
/** Classification of the catalogue: themes (what it is about) and life events (why a citizen comes). */
export const PROCEDURE_THEMES = [
  'civil-status',
  'certification',
  'administrative-certificates',
  'urban-planning',
  'economy',
  'public-space',
  'utilities',
] as const;
export type ProcedureTheme = (typeof PROCEDURE_THEMES)[number];

export const LIFE_EVENTS = [
  'birth',
  'marriage',
  'death',
  'moving-house',
  'building-house',
  'opening-business',
  'job-or-studies',
  'organising-event',
] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

// ——— Signed documents ———

export const DOCUMENT_TEMPLATES = [
  'residence_certificate',
  'administrative_certificate',
  'information_answer',
  'subsidy_convention',
  'subsidy_decision',
  'petition_receipt',
  'pac_report',
  'pac_workshop_minutes',
  'results_bulletin',
  'instance_rules',
  'instance_minutes',
] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];
/** The templates written in Spanish too (documents/templates.ts): a document in 'es' is refused for the others. */
export const SPANISH_DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = ['pac_report', 'results_bulletin'];
/**
 * The templates an agent fills in at the documents desk; the others are issued by their domain from its own
 * records (a subsidy's convention from the ledger), never typed by hand.
 */
export const DESK_TEMPLATES = [
  'residence_certificate',
  'administrative_certificate',
  'information_answer',
] as const satisfies readonly DocumentTemplate[];
/** The languages printed on the document: Arabic, French, or both side by side. */
/** 'es': only for the templates written in Spanish too (SPANISH_DOCUMENT_TEMPLATES), for the partner towns. */
export const DOCUMENT_LANGUAGES = ['ar', 'fr', 'both', 'es'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
/** The citizen's choice: printed at the counter, or downloaded as the signed file. */
export const DOCUMENT_DELIVERIES = ['paper', 'electronic'] as const;
export type DocumentDelivery = (typeof DOCUMENT_DELIVERIES)[number];
/** A listed document is valid until revoked (derived from `revoked_at`). */
export const DOCUMENT_STATUSES = ['valid', 'revoked'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

// ——— Notifications: engagement preferences (issue 13) ———

/** The channels a person chooses for engagement messages (legal notices go by every one registered). */
export const PREFERENCE_CHANNELS = ['email', 'sms', 'inapp'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];
/** How often engagement messages come on a channel; legal notices ignore it. */
export const ENGAGEMENT_FREQUENCIES = ['immediate', 'daily', 'weekly', 'never'] as const;
export type EngagementFrequency = (typeof ENGAGEMENT_FREQUENCIES)[number];
/** Where a consent was given or withdrawn: the portal, the counter (an agent), an email's unsubscribe link. */
export const CONSENT_SOURCES = ['web', 'counter', 'email'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

// ——— Associations (issue 14) ———

/** Sectors an association works in (fixed keys, translated in the UI: `associationsGlossary.sector.*`). */
export const ASSOCIATION_SECTORS = [
  'social',
  'education',
  'health',
  'culture',
  'sport',
  'environment',
  'women',
  'youth',
  'disability',
  'development',
  'heritage',
  'neighbourhood',
] as const;
export type AssociationSector = (typeof ASSOCIATION_SECTORS)[number];
/** Documents kept under the 1958 dahir: statutes, last general assembly minutes, the two receipts. */
export const ASSOCIATION_DOCUMENT_KINDS = [
  'statutes',
  'general_assembly_minutes',
  'provisional_receipt',
  'definitive_receipt',
] as const;
export type AssociationDocumentKind = (typeof ASSOCIATION_DOCUMENT_KINDS)[number];
export const REPRESENTATIVE_STATES = ['requested', 'verified', 'refused'] as const;
export type RepresentativeState = (typeof REPRESENTATIVE_STATES)[number];
export const ASSOCIATION_CHANGE_STATES = ['pending', 'accepted', 'rejected'] as const;
export type AssociationChangeState = (typeof ASSOCIATION_CHANGE_STATES)[number];

// ——— Subsidies (issue 14) ———

export const SUBSIDY_KINDS = ['convention', 'decision'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];
export const SUBSIDY_STATES = ['awarded', 'signed', 'completed', 'cancelled'] as const;
export type SubsidyState = (typeof SUBSIDY_STATES)[number];
export const SUBSIDY_REPORT_KINDS = ['interim', 'final'] as const;
export type SubsidyReportKind = (typeof SUBSIDY_REPORT_KINDS)[number];
export const SUBSIDY_REPORT_STATES = ['due', 'filed', 'accepted', 'returned'] as const;
export type SubsidyReportState = (typeof SUBSIDY_REPORT_STATES)[number];

export const CALL_STATES = ['draft', 'open', 'published', 'cancelled'] as const;
export type CallState = (typeof CALL_STATES)[number];
export const CALL_APPLICATION_STATES = [
  'submitted',
  'admissible',
  'inadmissible',
  'selected',
  'refused',
  'withdrawn',
] as const;
export type CallApplicationState = (typeof CALL_APPLICATION_STATES)[number];
export const CALL_CHANNELS = ['web', 'counter'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];

/** The PAC cycle's phases (113-14 arts. 78–82, decree 2.16.301), in their usual order. */
export const PAC_PHASE_KINDS = [
  'launch_decision',
  'information',
  'diagnosis',
  'prioritisation',
  'draft_consultation',
  'adoption',
  'monitoring',
  'update',
  'final_evaluation',
] as const;
export type PacPhaseKind = (typeof PAC_PHASE_KINDS)[number];
export const CONTRIBUTION_KINDS = ['comment', 'change'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_STATES = ['received', 'retained', 'merged', 'not_retained'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];
/**
 * Petitions (issue 15, 113-14 arts. 121–125): the legal petition to the council, and the non-binding citizen
 * proposal, on one lifecycle. A proposal is answered; a petition is reviewed by the bureau, then scheduled,
 * debated and decided by the council.
 */
export const PETITION_TRACKS = ['petition', 'proposal'] as const;
export type PetitionTrack = (typeof PETITION_TRACKS)[number];
export const PETITIONERS = ['citizens', 'association'] as const;
export type Petitioner = (typeof PETITIONERS)[number];
export const PETITION_STATES = [
  'draft',
  'collecting',
  'filed',
  'admissible',
  'rejected',
  'debated',
  'decided',
  'answered',
  'withdrawn',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];
export const SIGNATURE_CHANNELS = ['online', 'paper'] as const;
export type SignatureChannel = (typeof SIGNATURE_CHANNELS)[number];
/** Who may sign (113-14 art. 121): residents, or people with an economic, commercial or professional activity here. */
export const SIGNER_BASES = ['resident', 'activity'] as const;
export type SignerBasis = (typeof SIGNER_BASES)[number];
export const COUNCIL_SESSION_KINDS = ['ordinary', 'extraordinary'] as const;
export type CouncilSessionKind = (typeof COUNCIL_SESSION_KINDS)[number];
/**
 * PAC prioritisation (issue 15): citizens' proposals, found admissible or not before any vote, and the
 * consultations that rank them (`ranking`: each voter ranks up to N, points by rank) or count supports.
 */
export const PROPOSAL_STATES = ['submitted', 'admissible', 'inadmissible', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const CONSULTATION_METHODS = ['ranking', 'support'] as const;
export type ConsultationMethod = (typeof CONSULTATION_METHODS)[number];
/** How residence is checked: declared by the voter online, or seen on the CIN by an agent at the counter only. */
export const RESIDENCE_CHECKS = ['self_declared', 'agent_verified'] as const;
export type ResidenceCheck = (typeof RESIDENCE_CHECKS)[number];
export const BALLOT_CHANNELS = ['online', 'paper'] as const;
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];
/**
 * PAC workshops and meetings (issue 15, decree 2.16.301's participatory approach): thematic, per neighbourhood, or
 * with professional bodies; drafted by staff, published, or cancelled (registered citizens are told).
 */
export const WORKSHOP_KINDS = ['thematic', 'neighbourhood', 'professional'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];
export const WORKSHOP_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
/** The author of a paper contribution, as the sheet says it (counted, never named). */
export const ATTENDEE_SEXES = ['woman', 'man'] as const;
export type AttendeeSex = (typeof ATTENDEE_SEXES)[number];
/** The bodies a targeted consultation asks (the seed's "decisions approved after consulting professionals"). */
export const CONSULTED_BODY_KINDS = ['professional_order', 'chamber', 'union', 'association', 'other'] as const;
export type ConsultedBodyKind = (typeof CONSULTED_BODY_KINDS)[number];
export const OPINION_STANCES = ['favourable', 'reserved', 'unfavourable'] as const;
export type OpinionStance = (typeof OPINION_STANCES)[number];

/** Law 31-13 art. 10's kinds of information to publish proactively (the list's text is to verify), and 'other'. */
export const PUBLICATION_CATEGORIES = [
  'budget_accounts',
  'structures_contacts',
  'rules_procedures',
  'services_forms',
  'licences_conditions',
  'procurement',
  'competitions',
  'reports_statistics',
  'information_officer',
  'other',
] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

/*
 * Consultative instances (issue 16): a commune's bodies (the IEECAG of 113-14 art. 120, others) and the network's
 * transparency committee (the 2014 study day's proposal; no legal text creates it). A network instance is kept
 * under its seat commune's id and managed by network coordinators only (instances/service.ts).
 */
export const INSTANCE_SCOPES = ['commune', 'network'] as const;
export type InstanceScope = (typeof INSTANCE_SCOPES)[number];
export const INSTANCE_KINDS = ['ieecag', 'transparency_committee', 'other'] as const;
export type InstanceKind = (typeof INSTANCE_KINDS)[number];
/** Where a member's seat comes from: the composition's quotas count seats per category. */
export const MEMBER_CATEGORIES = ['civil_society', 'elected', 'administration'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
export const MEMBER_SEXES = ['woman', 'man'] as const;
export type MemberSex = (typeof MEMBER_SEXES)[number];
/** A recommendation (a case of the kernel, series REC): drafted, adopted, answered, implemented or closed. */
export const RECOMMENDATION_STATES = ['draft', 'adopted', 'answered', 'in_progress', 'implemented', 'closed'] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];
export const RECOMMENDATION_ANSWERS = ['accepted', 'partially', 'rejected'] as const;
export type RecommendationAnswer = (typeof RECOMMENDATION_ANSWERS)[number];
/** An observation the network committee raises on a commune (a case, series OBS). */
export const OBSERVATION_STATES = ['open', 'answered', 'closed'] as const;
export type ObservationState = (typeof OBSERVATION_STATES)[number];
/**
 * What an instance's formal opinion is about, published with it. The budget helper adds 'budget_line' here (and
 * its reader in instances/opinions.ts `SUBJECTS`).
 */
export const OPINION_SUBJECTS = ['pac_project', 'call'] as const;
export type OpinionSubject = (typeof OPINION_SUBJECTS)[number];
