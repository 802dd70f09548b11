import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

/** The fields an error names: zod's issue paths, or a domain error's field. */
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [] as string[],
    (e: { cause?: { issues?: { path: unknown[] }[]; field?: string } }) =>
      e.cause?.issues?.map((i) => i.path.join('.')) ?? (e.cause?.field ? [e.cause.field] : []),
  );
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field,
    }),
  );

const text = (ar: string, fr: string) => ({ ar, fr });
const workshop = (over: Record<string, unknown> = {}) => ({
  kind: 'thematic' as const,
  title: text('ورشة البيئة', 'Atelier environnement'),
  topic: text('المساحات الخضراء', 'Espaces verts'),
  agenda: [text('تقديم التشخيص', 'Présentation du diagnostic'), text('نقاش', 'Débat')],
  day: '2026-04-15',
  startTime: '15:00',
  endTime: '17:30',
  place: text('دار الشباب', 'Maison des jeunes'),
  address: text('شارع محمد الخامس', 'Avenue Mohammed V'),
  position: { lat: 35.57, lon: -5.37 },
  capacity: 2,
  ...over,
});

const dir = mkdtempSync(join(tmpdir(), 'shabaka-workshops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** What pdftotext reads from a PDF (poppler marks right-to-left runs with controls: dropped). */
function pdfText(pdf: Uint8Array) {
  const file = join(dir, `m-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ');
}

let n = 0;
async function setUp(commune = 'tetouan') {
  h.clock.set('2026-03-07T10:00:00Z');
  const k = ++n;
  const agent = await h.user(`ws-agent-${k}@${commune}.example`, [`${commune}:agent`]);
  const { id } = await agent.caller.pac.workshops.save({ commune, workshop: workshop() });
  return { agent, id, k, commune };
}

describe('PAC workshops', () => {
  it('a draft is not public; published, a citizen registers once, within capacity, and only cancels their own', async () => {
    const { agent, id, k } = await setUp();
    const c = 'tetouan';
    expect(await errorOf(h.anon().pac.workshops.detail({ commune: c, id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
    expect((await h.anon().pac.workshops.list({ commune: c })).map((w) => w.id)).not.toContain(id);
    const amina = await h.user(`amina-ws-${k}@example.ma`);
    const omar = await h.user(`omar-ws-${k}@example.ma`);
    const sara = await h.user(`sara-ws-${k}@example.ma`);
    expect(await errorOf(amina.caller.pac.workshops.register({ commune: c, id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
    await agent.caller.pac.workshops.publish({ commune: c, id });
    const shown = await h.anon().pac.workshops.detail({ commune: c, id });
    // Staff typed Moroccan times: 15:00 in Tetouan is 14:00 UTC (UTC+1 outside Ramadan; on 20 March 2026 it would be 15:00).
    expect(shown).toMatchObject({ startTime: '15:00', endTime: '17:30', registered: 0, placesLeft: 2 });
    expect(shown.startsAt.toISOString()).toBe('2026-04-15T14:00:00.000Z');

    expect(await amina.caller.pac.workshops.register({ commune: c, id })).toEqual({ registered: 1, placesLeft: 1 });
    // Once: a second registration is refused and counts nothing.
    expect(await errorOf(amina.caller.pac.workshops.register({ commune: c, id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'already_registered',
    });
    await omar.caller.pac.workshops.register({ commune: c, id });
    // Full: the third is refused.
    expect(await errorOf(sara.caller.pac.workshops.register({ commune: c, id }))).toMatchObject({
      reason: 'workshop_full',
    });
    // Sara cannot cancel Amina's registration: the session names the registration, nothing else does.
    expect(await errorOf(sara.caller.pac.workshops.unregister({ commune: c, id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'not_registered',
    });
    expect(await h.anon().pac.workshops.detail({ commune: c, id })).toMatchObject({ registered: 2 });
    expect(await amina.caller.pac.workshops.mine({ commune: c })).toEqual([id]);
    await amina.caller.pac.workshops.unregister({ commune: c, id });
    expect(await amina.caller.pac.workshops.mine({ commune: c })).toEqual([]);
    await sara.caller.pac.workshops.register({ commune: c, id });
    // The public sees counts, never who registered.
    const pub = JSON.stringify(await h.anon().pac.workshops.detail({ commune: c, id }));
    expect(pub).not.toContain(omar.id);
    expect(pub).not.toContain(`omar-ws-${k}`);
    const staffView = await agent.caller.pac.workshops.staffDetail({ commune: c, id });
    expect(staffView.registered).toBe(2);
    // Once the workshop has started, a registration is no longer cancelled: it is part of the record.
    const clockWas = h.clock.now();
    h.clock.set('2026-04-15T14:30:00Z');
    expect(await errorOf(sara.caller.pac.workshops.unregister({ commune: c, id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'registration_closed',
    });
    expect((await h.anon().pac.workshops.detail({ commune: c, id })).registered).toBe(2);
    h.clock.set(clockWas);
    // Capacity below the registered count is refused under the capacity box.
    expect(
      await errorOf(agent.caller.pac.workshops.save({ commune: c, id, workshop: workshop({ capacity: 1 }) })),
    ).toMatchObject({ reason: 'capacity_below_registered', field: 'workshop.capacity' });
    // After the start, registration is closed.
    h.clock.set('2026-04-15T14:30:00Z');
    const late = await h.user(`late-ws-${k}@example.ma`);
    expect(await errorOf(late.caller.pac.workshops.register({ commune: c, id }))).toMatchObject({
      reason: 'registration_closed',
    });
  });

  it('moving or cancelling a published workshop tells the registered citizens; a draft moved tells nobody', async () => {
    const { agent, id, k } = await setUp();
    const c = 'tetouan';
    await agent.caller.pac.workshops.publish({ commune: c, id });
    const amina = await h.user(`amina-move-${k}@example.ma`);
    await amina.caller.pac.workshops.register({ commune: c, id });
    // Same time and place, another title: no notice.
    await agent.caller.pac.workshops.save({
      commune: c,
      id,
      workshop: workshop({ title: text('ورشة البيئة والنظافة', 'Atelier environnement et propreté') }),
    });
    const inbox = () =>
      h.handle.db
        .selectFrom('notificationInbox')
        .select(['template', 'params'])
        .where('userId', '=', amina.id)
        .orderBy('createdAt')
        .execute();
    expect(await inbox()).toEqual([]);
    await agent.caller.pac.workshops.save({
      commune: c,
      id,
      workshop: workshop({ startTime: '16:00', endTime: '18:00' }),
    });
    expect((await inbox()).map((i) => i.template)).toEqual(['workshop.moved']);
    await agent.caller.pac.workshops.cancel({ commune: c, id, reason: 'La salle est indisponible ce jour-là.' });
    const after = await inbox();
    expect(after.map((i) => i.template)).toEqual(['workshop.moved', 'workshop.cancelled']);
    expect(after[1]!.params).toMatchObject({ reason: 'La salle est indisponible ce jour-là.', id });
    const emails = await h.handle.db
      .selectFrom('notifications')
      .select('template')
      .where('channel', '=', 'email')
      .where('subjectId', '=', id)
      .execute();
    expect(emails.map((e) => e.template).sort()).toEqual(['workshop.cancelled', 'workshop.moved']);
    expect(await h.anon().pac.workshops.detail({ commune: c, id })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'La salle est indisponible ce jour-là.',
      registrationOpen: false,
    });
    expect(await errorOf(amina.caller.pac.workshops.register({ commune: c, id }))).toMatchObject({
      reason: 'registration_closed',
    });
  });

  it('counts attendance by sex and age band, keys a paper sheet all or nothing, and signs verifiable minutes', async () => {
    const { agent, id } = await setUp();
    const c = 'tetouan';
    await agent.caller.pac.workshops.publish({ commune: c, id });
    const counts = [
      { band: '0-17', women: 2, men: 1 },
      { band: '18-29', women: 6, men: 4 },
      { band: '30-44', women: 3, men: 3 },
      { band: '45-59', women: 1, men: 2 },
      { band: '60+', women: 0, men: 2 },
    ];
    // Not held yet: nothing is keyed before the day.
    expect(await errorOf(agent.caller.pac.workshops.recordAttendance({ commune: c, id, counts }))).toMatchObject({
      reason: 'workshop_not_held',
    });
    h.clock.set('2026-04-16T09:00:00Z');
    // A band the commune does not count in is named.
    expect(
      await errorOf(
        agent.caller.pac.workshops.recordAttendance({ commune: c, id, counts: [{ band: '20-30', women: 1, men: 1 }] }),
      ),
    ).toMatchObject({ reason: 'unknown_age_band', field: 'counts.0.band' });
    expect(
      await fieldsOf(
        agent.caller.pac.workshops.recordAttendance({ commune: c, id, counts: [{ band: '18-29', women: -1, men: 1 }] }),
      ),
    ).toEqual(['counts.0.women']);
    const association = await agent.caller.associations.create({
      commune: c,
      names: { ar: 'جمعية الحي الأخضر', fr: 'Association Quartier vert' },
      object: 'Espaces verts et propreté du quartier, avec les habitants.',
      sectors: ['environment'],
      seatNeighbourhood: 'Centre',
      constitutedOn: '2019-01-15',
    });
    const summary = await agent.caller.pac.workshops.recordAttendance({
      commune: c,
      id,
      counts,
      organisations: [
        { name: 'Association Quartier vert', associationId: association.id },
        { name: 'Ordre des architectes' },
      ],
    });
    expect(summary).toMatchObject({ women: 12, men: 12, total: 24, womenShare: 50 });
    expect((await h.anon().pac.workshops.detail({ commune: c, id })).organisations).toEqual([
      { name: 'Association Quartier vert', associationId: association.id },
      { name: 'Ordre des architectes', associationId: null },
    ]);
    // Another commune's association is not this one's registry.
    expect(
      await errorOf(
        agent.caller.pac.workshops.recordAttendance({
          commune: c,
          id,
          counts,
          organisations: [{ name: 'Une autre', associationId: '00000000-0000-4000-8000-000000000000' }],
        }),
      ),
    ).toMatchObject({ reason: 'unknown_association', field: 'organisations.0.associationId' });

    // The paper sheet: a line too short and a bad band are both named; nothing is stored.
    const good = {
      text: 'Plus d’arbres devant l’école primaire.',
      theme: 'Espaces verts',
      sex: 'woman',
      ageBand: '30-44',
    };
    expect(
      await fieldsOf(
        agent.caller.pac.workshops.keyPaperSheet({
          commune: c,
          id,
          sheet: 'F-1',
          lines: [good, { text: 'no' }, { text: 'Un composteur de quartier.', sex: 'child' }] as never,
        }),
      ),
    ).toEqual(['lines.1.text', 'lines.2.sex']);
    expect(
      await errorOf(
        agent.caller.pac.workshops.keyPaperSheet({
          commune: c,
          id,
          sheet: 'F-1',
          lines: [good as never, { text: 'Un composteur de quartier.', ageBand: '10-12' }],
        }),
      ),
    ).toMatchObject({ reason: 'unknown_age_band', field: 'lines.1.ageBand' });
    expect((await agent.caller.pac.workshops.staffDetail({ commune: c, id })).contributions).toBe(0);
    expect(
      await agent.caller.pac.workshops.keyPaperSheet({
        commune: c,
        id,
        sheet: 'F-1',
        lines: [good as never, { text: 'تنظيف الوادي قبل الصيف.', sex: '', ageBand: '' } as never],
      }),
    ).toEqual({ accepted: 2, total: 2 });
    const pub = await h.anon().pac.workshops.detail({ commune: c, id });
    expect(pub.contributions).toBe(2);
    expect(pub.contributionLines.map((l) => l.body)).toEqual([good.text, 'تنظيف الوادي قبل الصيف.']);
    expect(pub.attendance).toMatchObject({ women: 12, men: 12, womenShare: 50 });
    expect(pub.minutes).toBeNull();

    // Minutes: written, then signed; before that the document is refused naming what is missing.
    expect(await errorOf(agent.caller.pac.workshops.issueMinutes({ commune: c, id }))).toMatchObject({
      reason: 'minutes_missing',
    });
    const MINUTES = 'Les participants ont retenu trois priorités : arbres, composteurs et nettoyage de l’oued.';
    await agent.caller.pac.workshops.saveMinutes({ commune: c, id, minutes: MINUTES });
    const issued = await agent.caller.pac.workshops.issueMinutes({ commune: c, id });
    expect(issued.code).toMatch(/^TET-DOC-2026-\d{6}$/);
    // Idempotent: asked again, the same document.
    expect((await agent.caller.pac.workshops.issueMinutes({ commune: c, id })).code).toBe(issued.code);
    const verified = await h.anon().documents.verify({ code: issued.code });
    expect(verified).toMatchObject({ status: 'valid' });
    expect(JSON.stringify(verified)).toContain('pac_workshop_minutes');
    const shown = await h.anon().pac.workshops.detail({ commune: c, id });
    expect(shown.minutes).toMatchObject({ text: MINUTES, document: { code: issued.code, status: 'valid' } });
    expect(shown.minutes!.document.downloadPath).toContain(`/documents/${issued.code}.pdf?token=`);
    const { pdf } = await h.handle.db
      .selectFrom('documents')
      .select('pdf')
      .where('code', '=', issued.code)
      .executeTakeFirstOrThrow();
    const body = pdfText(pdf);
    expect(body).toContain('Atelier environnement');
    expect(body).toContain('ورشة البيئة');
    expect(body).toContain('participants : 12 femmes (50 %) et 12 hommes');
    expect(body).toContain('Ordre des architectes');
    expect(body).toContain('arbres, composteurs');
    // Signed: the counts and the minutes are final.
    expect(
      await errorOf(agent.caller.pac.workshops.saveMinutes({ commune: c, id, minutes: `${MINUTES} Ajout.` })),
    ).toMatchObject({ reason: 'minutes_issued' });
    expect(
      await errorOf(agent.caller.pac.workshops.keyPaperSheet({ commune: c, id, sheet: 'F-2', lines: [good as never] })),
    ).toMatchObject({ reason: 'minutes_issued' });
  });

  it('keeps each commune to its own workshops', async () => {
    const { id } = await setUp('tetouan');
    const asilahAgent = await h.user('ws-agent-asilah@asilah.example', ['asilah:agent']);
    // Another commune's staff: refused in Tetouan, and the id is unknown in their own commune.
    expect(await errorOf(asilahAgent.caller.pac.workshops.staffDetail({ commune: 'tetouan', id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(asilahAgent.caller.pac.workshops.staffDetail({ commune: 'asilah', id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
    expect(await errorOf(asilahAgent.caller.pac.workshops.publish({ commune: 'asilah', id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
    expect(
      await errorOf(
        asilahAgent.caller.pac.workshops.save({ commune: 'asilah', id, workshop: workshop({ capacity: 5 }) }),
      ),
    ).toMatchObject({ reason: 'unknown_workshop' });
    const citizen = await h.user('ws-citizen-asilah@example.ma');
    expect(await errorOf(citizen.caller.pac.workshops.register({ commune: 'asilah', id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
    expect(await errorOf(h.anon().pac.workshops.detail({ commune: 'asilah', id }))).toMatchObject({
      reason: 'unknown_workshop',
    });
  });
});

describe('targeted consultations', () => {
  it('records each body’s opinion and publishes them with the bodies consulted', async () => {
    h.clock.set('2026-03-07T10:00:00Z');
    const agent = await h.user('cons-agent@mdiq.example', ['mdiq:agent']);
    const c = 'mdiq';
    const input = {
      subject: text('تنظيم السوق الأسبوعي', 'Organisation du souk hebdomadaire'),
      question: text('ما رأيكم في نقل السوق؟', 'Quel est votre avis sur le transfert du souk ?'),
      opensOn: '2026-03-01',
      closesOn: '2026-03-25',
      bodies: [
        { name: 'Chambre de commerce', kind: 'chamber' as const },
        { name: 'Ordre des architectes', kind: 'professional_order' as const },
      ],
    };
    expect(
      await fieldsOf(
        agent.caller.pac.consultations.save({
          commune: c,
          consultation: { ...input, closesOn: '2026-02-01', bodies: [] },
        }),
      ),
    ).toEqual(['consultation.bodies', 'consultation.closesOn']);
    const { id } = await agent.caller.pac.consultations.save({ commune: c, consultation: input });
    // Not published: not public.
    expect(await h.anon().pac.consultations.list({ commune: c })).toEqual([]);
    expect(await errorOf(h.anon().pac.consultations.detail({ commune: c, id }))).toMatchObject({
      reason: 'unknown_consultation',
    });
    const [row] = await agent.caller.pac.consultations.staffList({ commune: c });
    const [chamber, order] = row!.bodies;
    expect(
      await errorOf(
        agent.caller.pac.consultations.recordOpinion({
          commune: c,
          id,
          bodyId: chamber!.id,
          stance: 'favourable',
          text: 'Avis favorable.',
          givenOn: '2026-03-10',
        }),
      ),
    ).toMatchObject({ reason: 'opinion_in_future', field: 'givenOn' });
    await agent.caller.pac.consultations.recordOpinion({
      commune: c,
      id,
      bodyId: chamber!.id,
      stance: 'reserved',
      text: 'Favorable avec une période de transition de trois mois.',
      givenOn: '2026-03-05',
    });
    expect(
      await fieldsOf(
        agent.caller.pac.consultations.recordOpinion({
          commune: c,
          id,
          bodyId: order!.id,
          stance: 'maybe' as never,
          text: 'x',
          givenOn: '2026-03-05',
        }),
      ),
    ).toEqual(['stance', 'text']);
    // Editing keeps a body's opinion by its id; a new body has none.
    await agent.caller.pac.consultations.save({
      commune: c,
      id,
      consultation: {
        ...input,
        bodies: [
          { ...input.bodies[0]!, id: chamber!.id },
          { name: 'Syndicat', kind: 'union' },
        ],
      },
    });
    await agent.caller.pac.consultations.publish({ commune: c, id });
    const pub = await h.anon().pac.consultations.detail({ commune: c, id });
    expect(pub).toMatchObject({ status: 'open', published: true, opinions: 1 });
    expect(pub.bodies.map((b) => [b.name, b.opinion?.stance ?? null])).toEqual([
      ['Chambre de commerce', 'reserved'],
      ['Syndicat', null],
    ]);
    expect((await h.anon().pac.consultations.list({ commune: c })).map((x) => x.id)).toEqual([id]);
    // Another commune neither reads nor writes it.
    const other = await h.user('cons-agent@asilah.example', ['asilah:agent']);
    expect(await errorOf(h.anon().pac.consultations.detail({ commune: 'asilah', id }))).toMatchObject({
      reason: 'unknown_consultation',
    });
    expect(
      await errorOf(
        other.caller.pac.consultations.recordOpinion({
          commune: 'asilah',
          id,
          bodyId: chamber!.id,
          stance: 'favourable',
          text: 'Avis favorable.',
          givenOn: '2026-03-05',
        }),
      ),
    ).toMatchObject({ reason: 'unknown_consultation' });
    expect(await errorOf(other.caller.pac.consultations.publish({ commune: 'mdiq', id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
