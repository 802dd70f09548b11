import { useMe } from '../auth';

/**
 * What the desk shows to whom; mirrors the API's permissions (packages/api/src/access.ts),
 * which still decide: a hidden tab is a convenience, the server refuses anyway.
 */
const PROCESS = ['agent', 'department_head', 'commune_admin'];
const MODERATE = ['moderator', 'commune_admin'];
const API_KEYS = ['commune_admin'];

export interface DeskAccess {
  /** Queue, detail and counter mode. */
  process: boolean;
  moderate: boolean;
  apiKeys: boolean;
}

export function useDeskAccess(): DeskAccess {
  const { rolesHere } = useMe();
  const any = (allowed: string[]) => rolesHere.some((r) => allowed.includes(r));
  return { process: any(PROCESS), moderate: any(MODERATE), apiKeys: any(API_KEYS) };
}
