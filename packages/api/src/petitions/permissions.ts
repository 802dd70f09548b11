import type { ModulePermissions } from '../module';

/** The permissions this domain defines, and the roles that hold each (read by module.ts and the reminders). */
export const permissions = {
  commune: {
    // Agents key in paper signatures and follow the queue.
    'petitions:key': ['agent', 'department_head', 'commune_admin'],
    // The bureau's decisions bind the council (admissibility, the agenda) and read the signers' identities.
    'petitions:review': ['department_head', 'commune_admin'],
  },
} as const satisfies ModulePermissions;
