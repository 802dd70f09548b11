/**
 * Every reason a `DomainError` can carry, per domain: the stable names the portal translates
 * (`<section>.error.reason.<reason>`, then `portal.error.reason.<reason>`). `DomainError` takes only these, the
 * tRPC error shape carries them typed to the client (`errorReason`), and the portal's catalog test checks each has
 * an Arabic, French and Spanish text. A new reason starts here.
 */
export const REASONS = {
  /** The base procedures (trpc.ts): sessions, roles, tenancy, stored text. */
  access: ['sign_in_required', 'missing_role', 'missing_network_role', 'unknown_commune', 'invalid_characters'],
  /** Limits (limits/): a refused call. */
  limits: ['rate_limited', 'busy'],
  admin: ['unknown_account', 'unknown_command'],
  apikeys: ['already_revoked', 'unknown_api_key'],
  associations: [
    'already_decided',
    'already_requested',
    'not_representative',
    'stale_change',
    'unknown_association',
    'unknown_change',
    'unknown_document',
    'unknown_request',
  ],
  auth: ['email_not_verified', 'email_taken', 'invalid_link', 'wrong_credentials', 'wrong_current_password'],
  cases: ['owner_proof_required', 'too_many_attempts', 'wrong_secret'],
  communes: ['code_prefix_taken', 'commune_exists', 'unknown_commune'],
  complaints: [
    'already_redacted',
    'already_reviewed',
    'cannot_reopen',
    'closed',
    'invalid_transition',
    'not_public',
    'not_staff',
    'own_complaint',
    'still_open',
    'unknown_category',
    'unknown_code',
    'unknown_complaint',
    'unknown_department',
    'unknown_entry',
    'unknown_original',
  ],
  documents: ['already_revoked', 'unknown_account', 'unknown_document'],
  files: ['empty_file', 'file_too_large', 'image_too_large', 'not_an_image', 'unreadable_image'],
  informationRequests: [
    'already_extended',
    'closed',
    'deadline_passed',
    'future_receipt',
    'head_complaint_answered',
    'head_complaint_exists',
    'head_complaint_not_open',
    'invalid_action',
    'no_head_complaint',
    'not_answered',
    'not_electronic',
    'not_published',
    'receipt_too_old',
    'unknown_code',
    'unknown_request',
  ],
  /** The delivery log's evidence and following a case by SMS (notifications/evidence.ts, phone.ts). */
  noticeLog: [
    'code_locked',
    'invalid_period',
    'not_a_mobile',
    'phone_session_expired',
    'too_many_rows',
    'unknown_case',
    'wrong_code',
  ],
  moderation: ['address_required', 'invalid_moderation', 'too_many_reports', 'unknown_photo'],
  rooms: [
    'booking_decided',
    'event_not_over',
    'in_the_past',
    'not_approved',
    'not_representative',
    'over_capacity',
    'reason_required',
    'room_clash',
    'too_long',
    'unknown_booking',
    'unknown_room',
  ],
  procedures: ['bad_header', 'empty_file', 'procedure_exists', 'stale_version', 'unknown_procedure', 'unknown_version'],
  servicePoints: ['service_point_exists', 'unknown_procedure', 'unknown_service_point'],
  signing: ['signing_not_configured'],
  subsidies: [
    'already_filed',
    'already_paid',
    'already_signed',
    'empty_file',
    'future_date',
    'not_filed',
    'not_prepared',
    'not_representative',
    'not_signed',
    'report_not_accepted',
    'report_overdue',
    'subsidy_closed',
    'tranches_mismatch',
    'unknown_association',
    'unknown_document',
    'unknown_report',
    'unknown_subsidy',
    'unknown_tranche',
  ],
  staff: ['unknown_account', 'unknown_membership'],
} as const satisfies Record<string, readonly string[]>;

export type ReasonDomain = keyof typeof REASONS;
/** A reason of one domain (`Reason<'complaints'>`), or of any (`Reason`). */
export type Reason<D extends ReasonDomain = ReasonDomain> = (typeof REASONS)[D][number];
/** What the error shape's `reason` holds: a domain reason, or `invalid_input` for a zod refusal. */
export type ErrorReason = Reason | 'invalid_input';
