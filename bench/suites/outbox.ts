import { join } from 'node:path';
import {
  createOutboxWorker,
  enqueueNotice,
  renderEmail,
  senderOf,
  shortLink,
  smtpDriver,
  systemClock,
} from '@shabaka/api';
import { createDb, seedReferenceData, type Db } from '@shabaka/db';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { scratchDatabase } from '../lib/pg';
import type { Row } from '../lib/report';
import { fmt, fmtInt, max, median, min } from '../lib/stats';
import { DB_LABEL, interleaved, type DbKind, type SuiteContext } from './context';

/** Notices per round and side: enough for a rate, few enough to keep the suite to about a minute per database (each send opens an SMTP connection: ~100 ms here). */
const NOTICES = 60;
const PUBLIC_URL = 'https://shabaka.ma';
const MAIL_FROM = 'Shabaka <no-reply@shabaka.ma>';

/**
 * Outbox (issue 13): notices delivered per second by the outbox worker (claim FOR UPDATE
 * SKIP LOCKED, render in the recipient's language, send over SMTP, record the attempt and
 * move the notice) to a local SMTP server, vs raw nodemailer sends of the same rendered email
 * to the same server in the same run. Both sides send one message at a time through a
 * non-pooled transport (the worker's driver), so the ratio is what the durable outbox costs
 * over the send itself.
 */
export async function outboxSuite(ctx: SuiteContext): Promise<Row[]> {
  const smtp = await localSmtpServer();
  const rows: Row[] = [];
  try {
    for (const kind of ctx.dbs) rows.push(await outboxOn(ctx, kind, smtp));
  } finally {
    await smtp.close();
  }
  ctx.note(
    'outbox',
    `Measured: ${NOTICES} complaint receipts (Arabic email, multipart text + HTML) enqueued in one transaction, then the outbox worker's rounds (\`runOnce\`: claim 20 due notices with FOR UPDATE SKIP LOCKED, render each, send it with the SMTP driver, record the attempt in notification_deliveries) until the outbox is empty; timed from the first round to the last. ` +
      `Baseline: raw \`nodemailer\` \`sendMail\` of the same rendered email, ${NOTICES} times one after the other, through a transport created the way the driver creates it (a pool of up to 3 kept-open connections). ` +
      `The SMTP server is an \`smtp-server\` in the bench's process accepting every message (parsing nothing), the same for both sides. ${Math.min(ctx.rounds, 3)} rounds per side after a warm-up round each, alternating. Ratio = outbox notices/s ÷ raw sends/s.`,
  );
  return rows;
}

async function localSmtpServer() {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => callback(null, `OK: queued as B${++accepted}`));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function outboxOn(
  ctx: SuiteContext,
  kind: DbKind,
  smtp: Awaited<ReturnType<typeof localSmtpServer>>,
): Promise<Row> {
  ctx.log(`outbox on ${DB_LABEL[kind]}`);
  const scratch = kind === 'pg' ? await scratchDatabase(ctx.args.pgUrl, 'outbox') : null;
  const dataDir = kind === 'pglite' ? ctx.tempDir('outbox') : undefined;
  const handle = await createDb({
    databaseUrl: scratch?.url,
    dataDir: dataDir && join(dataDir, 'pglite'),
    migrate: true,
  });
  try {
    await seedReferenceData(handle.db);
    const commune = await handle.db
      .selectFrom('communes')
      .select(['id', 'slug', 'names', 'settings'])
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    const params = { code: 'TET-2026-000123', answerDueAt: new Date('2027-01-15T10:00:00Z').toISOString() };
    const worker = createOutboxWorker(
      { db: handle.db, clock: systemClock },
      { drivers: { email: smtpDriver(smtp.url), sms: null }, publicUrl: PUBLIC_URL, mailFrom: MAIL_FROM },
    );
    // The baseline sends what the worker sends: the same rendered email, sender and headers.
    const mail = renderEmail({
      template: 'complaint.received',
      language: 'ar',
      params,
      communeNames: commune.names,
      link: shortLink(PUBLIC_URL, params.code),
    });
    const from = senderOf({ ...commune, settings: commune.settings as Record<string, unknown> }, 'ar', MAIL_FROM);
    // The way the SMTP driver creates its transport (packages/api/src/notifications/email.ts).
    const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 3 } as Parameters<
      typeof nodemailer.createTransport
    >[0]);
    let round = 0;

    const enqueueRound = async (db: Db) => {
      const r = round++;
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < NOTICES; i++) {
          await enqueueNotice(trx, { communeId: commune.id, template: 'complaint.received', params, now: new Date() }, [
            { channel: 'email', address: `citizen-${r}-${i}@example.ma`, language: 'ar' },
          ]);
        }
      });
    };
    const outboxSide = async () => {
      await enqueueRound(handle.db);
      const before = smtp.accepted();
      const t = performance.now();
      while ((await worker.runOnce()) > 0);
      const s = (performance.now() - t) / 1000;
      if (smtp.accepted() - before !== NOTICES)
        throw new Error(`the outbox delivered ${smtp.accepted() - before} of ${NOTICES} notices`);
      return NOTICES / s;
    };
    const rawSide = async () => {
      const t = performance.now();
      for (let i = 0; i < NOTICES; i++) {
        await transport.sendMail({
          from,
          to: `raw-${i}@example.ma`,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<raw-${round}-${i}@shabaka.ma>`,
          headers: { 'X-Shabaka-Idempotency-Key': `raw-${i}`, 'Content-Language': 'ar' },
        });
      }
      return NOTICES / ((performance.now() - t) / 1000);
    };

    try {
      // Warm-up: the first send loads nodemailer and opens sockets; the first claim plans its query.
      await outboxSide();
      await rawSide();
      const r = await interleaved(Math.min(ctx.rounds, 3), outboxSide, rawSide);
      const ratios = r.subject.map((s, i) => s / r.baseline[i]!);
      const subject = median(r.subject);
      const baseline = median(r.baseline);
      const ratio = subject / baseline;
      return {
        suite: 'outbox',
        figure: 'Outbox: notices delivered/s to a local SMTP server',
        db: DB_LABEL[kind],
        measured: `${fmtInt(subject)}/s (${fmt((1000 / subject) as number, 2)} ms a notice: claim, render, send, record)`,
        baseline: `${fmtInt(baseline)}/s: raw nodemailer sends of the same email (${fmt(1000 / baseline, 2)} ms each)`,
        ratio,
        ratioText: `${fmt(ratio)} (rounds ${fmt(min(ratios))}–${fmt(max(ratios))})`,
        goal: 'reported',
        pass: null,
        data: { outbox: r.subject, raw: r.baseline, notices: NOTICES },
      };
    } finally {
      transport.close();
      await worker.stop();
    }
  } finally {
    await handle.close();
    await scratch?.drop();
  }
}
