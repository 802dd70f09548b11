import type { Kysely } from 'kysely';

// Issue 13, SMS cost counter: each SMS attempt records the segments it was billed as (Arabic is
// UCS-2, 70 characters a segment; GSM-7 texts 160), so a commune's spending is the sum of its
// sent segments times its price per segment. Null for email and for SMS sent before this.
export async function up(db: Kysely<unknown>) {
  await db.schema.alterTable('notification_deliveries').addColumn('segments', 'integer').execute();
}
