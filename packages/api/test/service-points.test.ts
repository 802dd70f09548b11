import { COMMUNES } from '@shabaka/db';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();
const L = (ar: string, fr: string, es: string) => ({ ar, fr, es });
/** A public point's fields as long as staff have filled none of them: nothing, rather than a guess. */
const UNFILLED = {
  address: null,
  directions: null,
  phone: null,
  phoneE164: null,
  hours: [],
  hoursText: { ar: '', fr: '', es: '' },
};

/** Rough distance in km, enough to check the seeded points sit around each commune centre. */
const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.hypot((a.lat - b.lat) * 111, (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180));

describe('service points on the map', () => {
  it('seeds three to six service points per commune near its centre, inventing no address, phone or hours (issue 12 §3)', async () => {
    for (const c of COMMUNES) {
      const points = await h.anon().servicePoints.list({ commune: c.slug });
      expect(points.length, c.slug).toBeGreaterThanOrEqual(3);
      expect(points.length, c.slug).toBeLessThanOrEqual(6);
      for (const p of points) {
        expect(km(p.location, c), `${c.slug}/${p.code}`).toBeLessThan(2);
        expect(p.names.ar && p.names.fr && p.names.es).toBeTruthy();
        // Nothing staff have not written: no "city centre" for an address, no guessed hours or notes.
        expect(p, `${c.slug}/${p.code}`).toMatchObject({ ...UNFILLED, accessibility: null });
        expect(p).not.toHaveProperty('toVerify');
      }
      expect(points.some((p) => p.kind === 'town_hall')).toBe(true);
      expect(points.some((p) => p.kind === 'civil_status_office')).toBe(true);
    }
    const annexes = await h.anon().servicePoints.list({ commune: 'tetouan', kind: 'civil_status_annex' });
    expect(annexes.length).toBe(2);

    // Staff see the seeded guesses (the administration's usual hours, accessibility notes) flagged for checking.
    const { caller: head } = await h.user('head.seed@example.ma', ['tetouan:department_head']);
    const desk = await head.servicePoints.staffList({ commune: 'tetouan' });
    for (const p of desk) {
      expect(p.toVerify, p.code).toContain('hours');
      expect(p.hoursText.fr, p.code).toMatch(/08:30/);
      expect(p.address, p.code).toBeNull();
    }
    expect(desk.some((p) => p.accessibility !== null && p.toVerify.includes('accessibility'))).toBe(true);
    // Only a procedures editor reads the guesses.
    const { caller: agent } = await h.user('agent.seed@example.ma', ['tetouan:agent']);
    await expect(agent.servicePoints.staffList({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.anon().servicePoints.staffList({ commune: 'tetouan' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('keeps seeded guesses (accessibility, hours) from citizens until staff confirm or rewrite them (issue 12 §3)', async () => {
    const { caller: head } = await h.user('head.verify@example.ma', ['chefchaouen:department_head']);
    const points = await head.servicePoints.staffList({ commune: 'chefchaouen' });
    const hall = points.find((p) => p.kind === 'town_hall')!;
    // The note is plain text (no developer's "(to be verified)"): the doubt is a flag.
    expect(hall.accessibility!.fr).toBe("Guichets d'accueil au rez-de-chaussée, rampe à l'entrée principale.");
    expect(hall.toVerify).toEqual(['hours', 'accessibility']);
    for (const p of points) expect(JSON.stringify(p.accessibility)).not.toMatch(/vérifier|verificar|التحقق|verif/);
    const seen = async (id: string) =>
      (await h.anon().servicePoints.list({ commune: 'chefchaouen' })).find((p) => p.id === id)!;

    // Changing something else leaves the guesses guesses, and hidden: also when the desk's form
    // sends them back unchanged, in its own order of keys and languages.
    const { ar, fr, es } = hall.accessibility!;
    const moved = await head.servicePoints.update({
      commune: 'chefchaouen',
      id: hall.id,
      patch: {
        phone: '+212 539 98 60 00',
        accessibility: { es, fr, ar },
        hours: hall.hours.map((p) => ({ closes: p.closes, opens: p.opens, days: p.days })),
      },
    });
    expect(moved.toVerify).toEqual(['hours', 'accessibility']);
    expect(await seen(hall.id)).toMatchObject({ accessibility: null, hours: [], phone: '+212 539 98 60 00' });
    // Checked on site and kept as they are: now citizens read them.
    const checked = await head.servicePoints.update({
      commune: 'chefchaouen',
      id: hall.id,
      patch: { phone: '+212 539 98 60 00', confirmed: ['accessibility', 'hours'] },
    });
    expect(checked).toMatchObject({ toVerify: [], accessibility: hall.accessibility, hours: hall.hours });
    expect(await seen(hall.id)).toMatchObject({ accessibility: hall.accessibility, hours: hall.hours });
    expect((await seen(hall.id)).hoursText.fr).toMatch(/08:30/);
    // Rewritten by staff elsewhere: their own values are no guesses.
    const office = points.find((p) => p.kind === 'civil_status_office')!;
    const rewritten = await head.servicePoints.update({
      commune: 'chefchaouen',
      id: office.id,
      patch: {
        accessibility: L('مدخل بدون درج.', 'Entrée sans marche.', 'Entrada sin escalón.'),
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '15:30' }],
      },
    });
    expect(rewritten.toVerify).toEqual([]);
    expect((await seen(office.id)).hoursText.fr).toMatch(/08:00/);
  });

  it('lets staff fill, change and clear a point’s street address, directions, phone and hours; citizens see only what is filled', async () => {
    const { caller: head } = await h.user('head.fields@example.ma', ['mdiq:department_head']);
    const hall = (await head.servicePoints.staffList({ commune: 'mdiq' })).find((p) => p.kind === 'town_hall')!;
    const address = L('شارع الحسن الثاني، المضيق', 'Avenue Hassan II, M’diq', 'Avenida Hassan II, Rincón');
    const directions = L(
      'قبالة المسجد الكبير، محطة الحافلة رقم 5',
      'En face de la grande mosquée, arrêt du bus n° 5',
      'Frente a la gran mezquita, parada del autobús n.º 5',
    );
    const filled = await head.servicePoints.update({
      commune: 'mdiq',
      id: hall.id,
      patch: {
        address,
        directions,
        phone: '0539 97 50 12',
        hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' }],
        confirmed: ['hours'],
      },
    });
    expect(filled).toMatchObject({ address, directions, phone: '0539 97 50 12', toVerify: ['accessibility'] });
    const seen = async () => (await h.anon().servicePoints.list({ commune: 'mdiq' })).find((p) => p.id === hall.id)!;
    expect(await seen()).toMatchObject({
      address,
      directions,
      phone: '0539 97 50 12',
      // The number a tel: link dials, from abroad too.
      phoneE164: '+212539975012',
      hoursText: { fr: 'lun.–ven. 08:30–16:30' },
      accessibility: null,
    });
    // Procedure pages and the printed sheet read the same public point.
    const where = await h.anon().procedures.get({ commune: 'mdiq', code: 'residence-certificate' });
    expect(where.servicePoints.find((p) => p.id === hall.id)).toMatchObject({ address, directions });

    // One field changed, the others kept.
    const changed = await head.servicePoints.update({
      commune: 'mdiq',
      id: hall.id,
      patch: { directions: { ...directions, fr: 'Derrière la poste' } },
    });
    expect(changed).toMatchObject({ address, phone: '0539 97 50 12', directions: { fr: 'Derrière la poste' } });
    // Cleared: null is "not known", and citizens no longer see the field.
    const cleared = await head.servicePoints.update({
      commune: 'mdiq',
      id: hall.id,
      patch: { address: null, directions: null, phone: null, hours: [] },
    });
    expect(cleared).toMatchObject({ address: null, directions: null, phone: null, hours: [] });
    expect(await seen()).toMatchObject(UNFILLED);
  });

  it('refuses a half-written address or directions, a number that is not a phone and hours that do not read, naming the field', async () => {
    const { caller: head } = await h.user('head.invalid@example.ma', ['asilah:department_head']);
    const hall = (await head.servicePoints.staffList({ commune: 'asilah' })).find((p) => p.kind === 'town_hall')!;
    const refusal = async (patch: Record<string, unknown>) => {
      const err = await head.servicePoints
        .update({ commune: 'asilah', id: hall.id, patch: patch as never })
        .catch((e) => e);
      expect(err.code).toBe('BAD_REQUEST');
      return err.cause.issues.map((i: { path: unknown[]; message: string }) => ({
        path: i.path.join('.'),
        message: i.message,
      }));
    };
    expect(await refusal({ address: L('شارع محمد الخامس', 'Avenue Mohammed V', ' ') })).toEqual([
      {
        path: 'patch.address.es',
        message: 'Write the street address in Arabic, French and Spanish, or leave all three empty',
      },
    ]);
    expect(await refusal({ directions: L('', 'Près du port', 'Junto al puerto') })).toEqual([
      {
        path: 'patch.directions.ar',
        message: 'Write the directions in Arabic, French and Spanish, or leave all three empty',
      },
    ]);
    expect(await refusal({ directions: L('x'.repeat(501), 'Près du port', 'Junto al puerto') })).toEqual([
      { path: 'patch.directions.ar', message: 'Use at most 500 characters' },
    ]);
    // Digits, but no Moroccan number (libphonenumber-js), and not digits at all.
    for (const phone of ['0539 12', '12345678901', 'call the town hall'])
      expect(await refusal({ phone }), phone).toEqual([
        { path: 'patch.phone', message: 'Enter a phone number (digits, spaces, +)' },
      ]);
    expect(await refusal({ hours: [{ days: ['mon'], opens: '16:30', closes: '08:30' }] })).toEqual([
      { path: 'patch.hours.0.closes', message: 'Closing time must be after opening time' },
    ]);
    // Creating: the same rules, under the field's own path.
    const err = await head.servicePoints
      .create({
        commune: 'asilah',
        code: 'port-counter',
        kind: 'counter',
        names: L('شباك الميناء', 'Guichet du port', 'Ventanilla del puerto'),
        location: { lat: 35.465, lon: -6.03 },
        address: L('الميناء', '', 'Puerto'),
        phone: '123',
      })
      .catch((e) => e);
    expect(err.cause.issues.map((i: { path: unknown[] }) => i.path.join('.')).sort()).toEqual(['address.fr', 'phone']);
    // Nothing was written.
    expect((await head.servicePoints.staffList({ commune: 'asilah' })).find((p) => p.id === hall.id)).toMatchObject({
      address: null,
      directions: null,
      phone: null,
    });
  });

  it('answers "where do I do this?" with the places offering the procedure', async () => {
    const where = await h.anon().servicePoints.forProcedure({ commune: 'tetouan', code: 'building-permit' });
    expect(where.procedure.names.fr).toBe('Permis de construire');
    expect(where.procedure.office?.fr).toMatch(/Hôtel de ville/);
    expect(where.servicePoints.map((p) => p.code)).toEqual(['urban-planning']);
    const birth = await h
      .anon()
      .servicePoints.forProcedure({ commune: 'ksar-el-kebir', code: 'birth-certificate-extract' });
    expect(birth.servicePoints.map((p) => p.kind).sort()).toEqual([
      'civil_status_annex',
      'civil_status_annex',
      'civil_status_office',
    ]);
    await expect(
      h.anon().servicePoints.forProcedure({ commune: 'tetouan', code: 'moon-landing' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets procedure editors add, change and remove (softly) their own commune’s points, with audit', async () => {
    const head = await h.user('head.sp@example.ma', ['tetouan:department_head']);
    const agent = await h.user('agent.sp@example.ma', ['tetouan:agent']);
    const input = {
      commune: 'tetouan',
      code: 'civil-status-annex-3',
      kind: 'civil_status_annex' as const,
      names: L('الملحقة الإدارية للحالة المدنية رقم 3', "Annexe d'état civil n° 3", 'Anexo del registro civil n.º 3'),
      address: L('حي الطوابل', 'Quartier Touabel', 'Barrio Touabel'),
      location: { lat: 35.571, lon: -5.357 },
      hours: [
        {
          days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const],
          opens: '08:30',
          closes: '16:30',
        },
      ],
      services: ['birth-certificate-extract', 'signature-legalisation'],
      accessibility: L('مدخل بدون درج', 'Entrée sans marche', 'Entrada sin escalón'),
    };
    await expect(agent.caller.servicePoints.create(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(head.caller.servicePoints.create({ ...input, commune: 'mdiq' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const created = await head.caller.servicePoints.create(input);
    expect(created.code).toBe('civil-status-annex-3');
    expect(created.phone).toBeNull();
    const dup = await head.caller.servicePoints.create(input).catch((e) => e);
    expect(dup.code).toBe('CONFLICT');
    expect(dup.cause.field).toBe('code');
    const badService = await head.caller.servicePoints
      .create({ ...input, code: 'x-annex', services: ['no-such-procedure'] })
      .catch((e) => e);
    expect(badService.code).toBe('BAD_REQUEST');
    expect(badService.cause.field).toBe('services');
    const badLocation = await head.caller.servicePoints
      .create({ ...input, code: 'y-annex', location: { lat: 135, lon: 0 } })
      .catch((e) => e);
    expect(badLocation.cause.issues[0].path).toEqual(['location', 'lat']);

    const where = await h.anon().servicePoints.forProcedure({ commune: 'tetouan', code: 'signature-legalisation' });
    expect(where.servicePoints.map((p) => p.code)).toContain('civil-status-annex-3');
    // Search results say where to go, including the new annex.
    const found = await h.anon().procedures.search({ commune: 'tetouan', q: 'légalisation de signature' });
    expect(found.results[0]!.servicePoints.map((p) => p.code)).toContain('civil-status-annex-3');

    const updated = await head.caller.servicePoints.update({
      commune: 'tetouan',
      id: created.id,
      patch: { phone: '+212 539 00 00 00', services: ['birth-certificate-extract'] },
    });
    expect(updated.phone).toBe('+212 539 00 00 00');
    expect(updated.services).toEqual(['birth-certificate-extract']);
    expect(updated.names.fr).toBe("Annexe d'état civil n° 3");
    await expect(
      head.caller.servicePoints.update({ commune: 'tetouan', id: created.id, patch: {} }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const shortReason = await head.caller.servicePoints
      .remove({ commune: 'tetouan', id: created.id, reason: 'no' })
      .catch((e) => e);
    expect(shortReason.cause.issues[0].path).toEqual(['reason']);
    await head.caller.servicePoints.remove({ commune: 'tetouan', id: created.id, reason: 'Annex merged with annex 1' });
    expect((await h.anon().servicePoints.list({ commune: 'tetouan' })).map((p) => p.code)).not.toContain(
      'civil-status-annex-3',
    );
    const kept = await h.handle.db
      .selectFrom('servicePoints')
      .select(['deletedAt', 'deletedBy', 'deletedReason'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(kept.deletedBy).toBe(head.id);
    expect(kept.deletedReason).toBe('Annex merged with annex 1');
    await expect(
      head.caller.servicePoints.update({ commune: 'tetouan', id: created.id, patch: { phone: null } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const actions = (
      await h.handle.db.selectFrom('auditLog').select('action').where('targetId', '=', created.id).execute()
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(['service_point.created', 'service_point.removed', 'service_point.updated']);
  });

  it("never lets one commune touch another commune's point by id", async () => {
    const asilahAdmin = await h.user('admin.asilah.sp@example.ma', ['asilah:commune_admin']);
    const tetouanPoint = (await h.anon().servicePoints.list({ commune: 'tetouan' }))[0]!;
    const err = await asilahAdmin.caller.servicePoints
      .update({ commune: 'asilah', id: tetouanPoint.id, patch: { phone: '+212 600 000 000' } })
      .catch((e) => e);
    expect(err.code).toBe('NOT_FOUND');
    const removed = await asilahAdmin.caller.servicePoints
      .remove({ commune: 'asilah', id: tetouanPoint.id, reason: 'trying my luck' })
      .catch((e) => e);
    expect(removed.code).toBe('NOT_FOUND');
    expect((await h.anon().servicePoints.list({ commune: 'tetouan' })).map((p) => p.id)).toContain(tetouanPoint.id);
  });
});
