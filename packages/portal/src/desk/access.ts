import { useMe } from '../auth';

/**
 * What the desk shows to whom; mirrors the API's permissions (packages/api/src/access.ts),
 * which still decide: a hidden tab is a convenience, the server refuses anyway.
 */
const PROCESS = ['agent', 'department_head', 'commune_admin'];
const MODERATE = ['moderator', 'commune_admin'];
const API_KEYS = ['commune_admin'];
const PROCEDURES = ['department_head', 'commune_admin'];
const REVOKE = ['commune_admin'];

export interface DeskAccess {
  /** Queue, detail and counter mode. */
  process: boolean;
  moderate: boolean;
  apiKeys: boolean;
  /** Law 31-13 requests: queue, counter registration, answers (information:process). */
  information: boolean;
  /** Issue signed documents (documents:issue); rotating the key is `apiKeys`' admin. */
  documents: boolean;
  /** Revoke a signed document (documents:revoke). */
  revokeDocuments: boolean;
  /** The commune's values for each procedure and its service points (procedures:edit). */
  procedures: boolean;
  /** Commune admin: the signing key (keys:manage). */
  admin: boolean;
}

export function useDeskAccess(): DeskAccess {
  const { rolesHere } = useMe();
  const any = (allowed: string[]) => rolesHere.some((r) => allowed.includes(r));
  return {
    process: any(PROCESS),
    moderate: any(MODERATE),
    apiKeys: any(API_KEYS),
    information: any(PROCESS),
    documents: any(PROCESS),
    revokeDocuments: any(REVOKE),
    procedures: any(PROCEDURES),
    admin: any(API_KEYS),
  };
}
