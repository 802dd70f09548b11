import { sql, type Kysely } from 'kysely';

// notifications.smsUsage (public, on the dashboard) and the worker's daily cap sum a commune's
// sent SMS since a date: an index on exactly those rows keeps that a range read, not a scan of
// every delivery ever logged.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createIndex('notification_deliveries_sms_sent')
    .on('notification_deliveries')
    .columns(['commune_id', 'at'])
    .where(sql.ref('channel'), '=', 'sms')
    .where(sql.ref('status'), '=', 'sent')
    .execute();
}
