import type { Db, OpinionSubject } from '@shabaka/db';
import type { Kysely } from 'kysely';

/*
 * What an instance's formal opinion may be about (113-14 art. 120: the IEECAG is consulted on the PAC; calls for
 * projects fund associations): each subject type names the table its rows live in, read only to know the row
 * exists in the instance's commune. The extension point for another domain (the budget's lines): one entry here
 * and its name in enums.ts OPINION_SUBJECTS; its page then shows `instances.opinionsOn({ subjectType, subjectId })`.
 */
export const SUBJECTS: Record<OpinionSubject, 'pacProjects' | 'calls'> = {
  pac_project: 'pacProjects',
  call: 'calls',
};

/** Whether the subject exists in the commune (tenant-scoped like every query). */
export async function subjectExists(db: Db, communeId: string, type: string, id: string) {
  const table = SUBJECTS[type as OpinionSubject];
  if (!table) return false;
  // The tables differ; each has (commune_id, id), which is all this reads.
  const row = await (db as unknown as Kysely<Record<string, { communeId: string; id: string }>>)
    .selectFrom(table)
    .select('id')
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
