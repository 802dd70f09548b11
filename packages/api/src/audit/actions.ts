/**
 * Every action the audit log records, as the coordinators' log names them: each one has a
 * label `dashboard.action.<action>` in every language (test/labels.test.ts), so a new action
 * shows words, never its code. Literal actions are checked by `AuditEntry`'s type; the case
 * kernel's `<auditPrefix>.<kind>` ones are listed here by hand (the same test reads the
 * kinds the case domains record from the log of a run and fails on one not listed).
 */
export const AUDIT_ACTIONS = [
  'apikey.created',
  'apikey.revoked',
  'association.change_accepted',
  'association.change_proposed',
  'association.change_rejected',
  'association.created',
  'association.document_added',
  'association.representative_refused',
  'association.representative_requested',
  'association.representative_verified',
  'association.updated',
  'auth.email_verified',
  'auth.password_changed',
  'auth.password_reset',
  'auth.signed_out_everywhere',
  'calendar.lunar_holidays_set',
  'commune.added',
  'commune.population_set',
  'commune.sms_rules_set',
  'complaint.assigned',
  'complaint.citizen_text_reviewed',
  'complaint.description_redacted',
  'complaint.merged',
  'complaint.note',
  'complaint.photo',
  'complaint.rated',
  'complaint.registered',
  'complaint.reopened',
  'complaint.stage_changed',
  'complaint.submitted',
  'document.issued',
  'document.revoked',
  'information.answered',
  'information.deadline_recomputed',
  'information.extended',
  'information.head_answered',
  'information.head_complaint',
  'information.published',
  'information.refused',
  'information.registered',
  'information.started',
  'information.submitted',
  'information.transferred',
  'information.unpublished',
  'information.withdrawn',
  'instances.meeting_recorded',
  'instances.meeting_saved',
  'instances.member_added',
  'instances.member_left',
  'instances.opinion_given',
  'instances.published',
  'instances.saved',
  'instances.seat_call_published',
  'network.role_granted',
  'observation.answered',
  'observation.closed',
  'observation.raised',
  'photo.hidden',
  'photo.removed',
  'photo.reported',
  'photo.restored',
  'photo.unreported',
  'procedure.override_updated',
  'procedure.template_created',
  'procedure.template_updated',
  'recommendation.adopted',
  'recommendation.answered',
  'recommendation.closed',
  'recommendation.drafted',
  'recommendation.progress',
  'rooms.attendance',
  'rooms.booking_approved',
  'rooms.booking_refused',
  'rooms.created',
  'rooms.updated',
  'service_point.created',
  'service_point.removed',
  'service_point.updated',
  'signing.key_created',
  'signing.key_rotated',
  'staff.granted',
  'staff.revoked',
  'user.added',
] as const;
/**
 * Actions a domain adds from its own folder (`pnpm gen:domain` writes one), so registering a domain
 * needs no edit here: `declare module '../audit/actions' { interface DomainAuditActions { 'petitions.created': true } }`.
 * Until the domain lists them above with their words, the dashboard says "Other action", never the code.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface DomainAuditActions {}

export type AuditAction = (typeof AUDIT_ACTIONS)[number] | Extract<keyof DomainAuditActions, string>;

/** What the case kernel writes: `<auditPrefix>.<entry kind>` (complaints and information requests). */
export type CaseAuditAction =
  `${'complaint' | 'information' | 'application' | 'contribution' | 'petition' | 'proposal' | 'recommendation' | 'observation'}.${string}`;
