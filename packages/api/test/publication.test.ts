import { describe, expect, it } from 'vitest';
import { sweepTimedNotices } from '../src/notifications';
import { publishedFile } from '../src/publication';
import { useHarness } from './harness';

const h = useHarness();

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string; issues?: { path: unknown[] }[] } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field ?? e.cause?.issues?.map((i) => i.path.join('.')).join(','),
    }),
  );

const item = (over: Record<string, unknown> = {}) => ({
  category: 'budget_accounts' as const,
  title: { ar: 'الميزانية والحسابات', fr: 'Budget et comptes' },
  departmentId: null,
  url: 'https://example.ma/budget-2026.pdf',
  updatedOn: '2026-01-15',
  refreshMonths: 12,
  ...over,
});

describe('proactive publication (Law 31-13 art. 10)', () => {
  it('starts from article 10’s list, says each item fresh, stale or unpublished by its dates, and keeps versions', async () => {
    h.clock.set('2026-03-01T10:00:00Z');
    const admin = await h.user('pub-admin@tetouan.example', ['tetouan:commune_admin']);
    expect((await h.anon().publication.list({ commune: 'tetouan' })).items).toEqual([]);
    expect(await admin.caller.publication.startFromLaw({ commune: 'tetouan' })).toEqual({ items: 9 });
    expect(await errorOf(admin.caller.publication.startFromLaw({ commune: 'tetouan' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'checklist_exists',
    });
    let pub = await h.anon().publication.list({ commune: 'tetouan' });
    expect(pub.counts).toEqual({ items: 9, fresh: 0, stale: 0, unpublished: 9 });

    // The budget, published in January and due yearly: fresh until 15 January 2027, stale after.
    const staff = await admin.caller.publication.staffList({ commune: 'tetouan' });
    const budget = staff.items.find((i) => i.category === 'budget_accounts')!;
    const [department] = await h.handle.db
      .selectFrom('departments')
      .select('id')
      .where(
        'communeId',
        '=',
        (await h.handle.db.selectFrom('communes').select('id').where('slug', '=', 'tetouan').executeTakeFirstOrThrow())
          .id,
      )
      .execute();
    const saved = await admin.caller.publication.save({
      commune: 'tetouan',
      id: budget.id,
      version: budget.version,
      item: item({ departmentId: department?.id ?? null }),
    });
    expect(saved).toMatchObject({ version: 2, nextDueOn: '2027-01-15' });
    pub = await h.anon().publication.list({ commune: 'tetouan' });
    expect(pub.items.find((i) => i.id === budget.id)).toMatchObject({ status: 'fresh', url: item().url });
    expect(pub.counts).toMatchObject({ fresh: 1, unpublished: 8 });
    // A second editor holding the old version is refused, naming it; nothing changes.
    expect(
      await errorOf(
        admin.caller.publication.save({
          commune: 'tetouan',
          id: budget.id,
          version: 1,
          item: item({ refreshMonths: 6 }),
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'stale_version', field: 'version' });
    h.clock.set('2027-01-16T10:00:00Z');
    pub = await h.anon().publication.list({ commune: 'tetouan' });
    expect(pub.items.find((i) => i.id === budget.id)!.status).toBe('stale');
    // The dashboard's figure: one of nine fresh last year, none now.
    const row = (await h.anon().publication.network()).find((r) => r.commune === 'tetouan');
    expect(row).toMatchObject({ items: 9, fresh: 0, share: 0 });

    const history = await admin.caller.publication.history({ commune: 'tetouan', id: budget.id });
    expect(history.map((v) => v.version)).toEqual([2, 1]);
    await admin.caller.publication.remove({ commune: 'tetouan', id: budget.id });
    expect((await h.anon().publication.list({ commune: 'tetouan' })).counts.items).toBe(8);
    expect((await admin.caller.publication.history({ commune: 'tetouan', id: budget.id }))[0]!.values).toEqual({
      removed: true,
    });
  });

  it('refuses bad input naming the field, and keeps each commune’s checklist to its own staff', async () => {
    const agent = await h.user('pub-agent@asilah.example', ['asilah:agent']);
    // Published needs an address; an address must be a web link; a month count in range.
    expect(await errorOf(agent.caller.publication.save({ commune: 'asilah', item: item({ url: '' }) }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'item.url',
    });
    expect(
      await errorOf(agent.caller.publication.save({ commune: 'asilah', item: item({ url: 'javascript:alert(1)' }) })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'item.url' });
    expect(
      await errorOf(agent.caller.publication.save({ commune: 'asilah', item: item({ refreshMonths: 0 }) })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'item.refreshMonths' });
    expect((await h.anon().publication.list({ commune: 'asilah' })).items).toEqual([]);
    const { id } = await agent.caller.publication.save({ commune: 'asilah', item: item() });

    // Another commune's staff, a citizen, a visitor: refused; an Asilah item is unknown through Tetouan.
    const outsider = await h.user('pub-outsider@tetouan.example', ['tetouan:commune_admin']);
    expect((await errorOf(outsider.caller.publication.staffList({ commune: 'asilah' })))?.code).toBe('FORBIDDEN');
    expect(await errorOf(outsider.caller.publication.remove({ commune: 'tetouan', id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_item',
    });
    const citizen = await h.user('pub-citizen@example.ma');
    expect((await errorOf(citizen.caller.publication.save({ commune: 'asilah', item: item() })))?.code).toBe(
      'FORBIDDEN',
    );
    expect((await errorOf(h.anon().publication.remove({ commune: 'asilah', id })))?.code).toBe('UNAUTHORIZED');
    // A service of another commune cannot own an item here.
    const [tetDepartment] = await h.handle.db
      .selectFrom('departments as d')
      .innerJoin('communes as c', 'c.id', 'd.communeId')
      .select('d.id')
      .where('c.slug', '=', 'tetouan')
      .execute();
    if (tetDepartment)
      expect(
        await errorOf(
          agent.caller.publication.save({ commune: 'asilah', item: item({ departmentId: tetDepartment.id }) }),
        ),
      ).toMatchObject({ code: 'BAD_REQUEST', reason: 'unknown_department', field: 'item.departmentId' });
    expect((await h.anon().publication.list({ commune: 'asilah' })).items).toHaveLength(1);
  });

  it('publishes a file the commune keeps, at an address each version keeps, and refuses a date with nowhere to read it', async () => {
    h.clock.set('2026-04-01T10:00:00Z');
    const admin = await h.user('pub-files@chefchaouen.example', ['chefchaouen:commune_admin']);
    const pdf = (text: string) => ({
      name: 'budget.pdf',
      dataBase64: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString('base64'),
    });
    // A date, no link, no file: refused naming the address, nothing saved.
    expect(
      await errorOf(admin.caller.publication.save({ commune: 'chefchaouen', item: item({ url: undefined }) })),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'published_nowhere', field: 'item.url' });
    // Not a PDF nor an image: refused naming the file.
    expect(
      await errorOf(
        admin.caller.publication.save({
          commune: 'chefchaouen',
          item: item({ url: undefined }),
          file: { name: 'x.exe', dataBase64: Buffer.from('MZ not a document').toString('base64') },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'file' });
    expect((await h.anon().publication.list({ commune: 'chefchaouen' })).items).toEqual([]);

    const first = await admin.caller.publication.save({
      commune: 'chefchaouen',
      item: item({ url: undefined }),
      file: pdf('2026 budget'),
    });
    let [pub] = (await h.anon().publication.list({ commune: 'chefchaouen' })).items;
    expect(pub).toMatchObject({ status: 'fresh', url: null, file: { name: 'budget.pdf' } });
    expect(pub!.file!.href).toBe(`/published/chefchaouen/${first.fileId}`);
    const v1 = await publishedFile(h.deps, 'chefchaouen', first.fileId!);
    expect(v1).toMatchObject({ mime: 'application/pdf', name: 'budget.pdf' });
    expect(v1!.bytes.toString()).toContain('2026 budget');
    // Saved again without a file: the file stays. With a new one: a new address; the old one still answers.
    const second = await admin.caller.publication.save({
      commune: 'chefchaouen',
      id: first.id,
      version: first.version,
      item: item({ url: undefined, refreshMonths: 6 }),
    });
    expect(second.fileId).toBe(first.fileId);
    const third = await admin.caller.publication.save({
      commune: 'chefchaouen',
      id: first.id,
      version: second.version,
      item: item({ url: undefined }),
      file: pdf('2026 amended budget'),
    });
    expect(third.fileId).not.toBe(first.fileId);
    expect((await publishedFile(h.deps, 'chefchaouen', third.fileId!))!.bytes.toString()).toContain('amended');
    expect((await publishedFile(h.deps, 'chefchaouen', first.fileId!))!.bytes.toString()).toContain('2026 budget');
    // Removing the file of a dated item leaves it nowhere: refused. With a link instead: the file goes.
    expect(
      await errorOf(
        admin.caller.publication.save({
          commune: 'chefchaouen',
          id: first.id,
          version: third.version,
          item: item({ url: undefined }),
          file: null,
        }),
      ),
    ).toMatchObject({ reason: 'published_nowhere', field: 'item.url' });
    await admin.caller.publication.save({
      commune: 'chefchaouen',
      id: first.id,
      version: third.version,
      item: item(),
      file: null,
    });
    [pub] = (await h.anon().publication.list({ commune: 'chefchaouen' })).items;
    expect(pub).toMatchObject({ file: null, url: item().url });
    // A file is only served through its own commune, and only if it was published: not a complaint's photo.
    expect(await publishedFile(h.deps, 'tetouan', first.fileId!)).toBeNull();
    const other = await h.handle.db
      .selectFrom('files')
      .select(['id'])
      .where('mime', '=', 'image/jpeg')
      .executeTakeFirst();
    if (other) expect(await publishedFile(h.deps, 'chefchaouen', other.id)).toBeNull();
  });

  it('tells the keeper (or the admins) once when an item falls due within two weeks, and once when it goes stale', async () => {
    h.clock.set('2026-05-01T10:00:00Z');
    const admin = await h.user('pub-notices@mdiq.example', ['mdiq:commune_admin']);
    const keeper = await h.user('pub-keeper@mdiq.example', ['mdiq:agent']);
    const stranger = await h.user('pub-stranger@asilah.example', ['asilah:agent']);
    // A keeper must be the commune's staff.
    expect(
      await errorOf(admin.caller.publication.save({ commune: 'mdiq', item: item({ keeperId: stranger.id }) })),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'unknown_keeper', field: 'item.keeperId' });
    // Updated 1 May, monthly: due 1 June. The other item has no keeper: the admins hear of it.
    const kept = await admin.caller.publication.save({
      commune: 'mdiq',
      item: item({ keeperId: keeper.id, updatedOn: '2026-05-01', refreshMonths: 1 }),
    });
    await admin.caller.publication.save({
      commune: 'mdiq',
      item: item({ category: 'procurement', updatedOn: '2026-05-01', refreshMonths: 1 }),
    });
    const sweep = () => sweepTimedNotices({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
    const inbox = (userId: string) =>
      h.handle.db
        .selectFrom('notificationInbox')
        .select(['template', 'params', 'subjectType', 'subjectId'])
        .where('userId', '=', userId)
        .where('template', 'like', 'staff.publication%')
        .orderBy('createdAt')
        .execute();
    await sweep();
    expect(await inbox(keeper.id)).toEqual([]);
    h.clock.set('2026-05-20T10:00:00Z');
    await sweep();
    await sweep();
    expect((await inbox(keeper.id)).map((n) => n.template)).toEqual(['staff.publicationDue']);
    expect((await inbox(keeper.id))[0]).toMatchObject({
      subjectType: 'publication_item',
      subjectId: kept.id,
      params: { dueOn: '2026-06-01' },
    });
    expect((await inbox(admin.id)).map((n) => n.template)).toEqual(['staff.publicationDue']);
    h.clock.set('2026-06-02T10:00:00Z');
    await sweep();
    await sweep();
    expect((await inbox(keeper.id)).map((n) => n.template)).toEqual(['staff.publicationDue', 'staff.publicationStale']);
    // Updated again: a new due date, a new pair of notices later — none now.
    const current = (await admin.caller.publication.staffList({ commune: 'mdiq' })).items.find((i) => i.id === kept.id);
    await admin.caller.publication.save({
      commune: 'mdiq',
      id: kept.id,
      version: current!.version,
      item: item({ keeperId: keeper.id, updatedOn: '2026-06-02', refreshMonths: 1 }),
    });
    await sweep();
    expect(await inbox(keeper.id)).toHaveLength(2);
    // Nobody outside Mdiq heard anything.
    expect(await inbox(stranger.id)).toEqual([]);
  });
});
