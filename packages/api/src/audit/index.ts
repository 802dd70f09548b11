/** The audit domain as other domains see it: import from here, never from its files. */
export { recentAudit, recordAudit } from './repository';
export { AUDIT_ACTIONS, type AuditAction } from './actions';
