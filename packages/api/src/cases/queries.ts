import type { Db, Localized } from '@shabaka/db';
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { InnerContext } from '../context';
import { notFound } from '../errors';
import { lookupCode } from './codes';
import { timing, type CaseRow, type CaseSpec } from './kernel';
import { ownerView, type OwnedCase } from './owner';
import { caseRows } from './repository';

/*
 * The reads every case type answers alike, written once and configured by the spec: the
 * staff queue (state filter, overdue and due soon from the spec's deadlines, search by
 * code, paging), the signed-in account's own cases (`mine`) and tracking by code (the
 * prefix names the commune, then the code is looked up inside it). A domain gives the
 * columns and joins it shows; the kernel adds what is the same for all.
 *
 * A domain's base query names its case table `c` (`selectFrom('complaints as c')`) and
 * selects the state and deadline columns, which the kernel reads back for timing.
 */

const col = (name: string) => sql.ref(`c.${name}`);

function inStates<S extends string>(spec: CaseSpec<S, CaseRow>, states: readonly S[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${col(spec.stateColumn)} in (${sql.join([...states])})`;
}

/** Each deadline of the spec that applies in the row's state, compared with `op` to `at`. */
function deadlineTest<S extends string>(spec: CaseSpec<S, CaseRow>, op: '<' | '<=', at: Date) {
  const tests = spec.deadlines.map((d) =>
    d.while
      ? sql<SqlBool>`(${inStates(spec, d.while)} and ${col(d.column)} ${sql.raw(op)} ${at})`
      : sql<SqlBool>`${col(d.column)} ${sql.raw(op)} ${at}`,
  );
  return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

/** Open and past a deadline that applies: what `timing` says, in SQL (partial indexes on open cases). */
export function overdueSql<S extends string>(spec: CaseSpec<S, CaseRow>, now: Date) {
  return sql<SqlBool>`(${inStates(spec, spec.states.open)} and ${deadlineTest(spec, '<', now)})`;
}

/** Open, not overdue, and a deadline that applies falls by `until` (cases/kernel.ts `dueSoonUntil`). */
export function dueSoonSql<S extends string>(spec: CaseSpec<S, CaseRow>, now: Date, until: Date) {
  return sql<SqlBool>`(${inStates(spec, spec.states.open)} and not ${deadlineTest(spec, '<', now)} and ${deadlineTest(spec, '<=', until)})`;
}

/** The filters every queue takes; a domain's queue input adds its own and applies them to its base query. */
export interface QueueFilters<S extends string> {
  state?: S | undefined;
  open?: boolean | undefined;
  overdue?: boolean | undefined;
  dueSoon?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  cursor: number;
}

/**
 * One page of the staff queue of a commune: the domain's base query (its columns, joins and
 * own filters) with the kernel's filters, search, order and paging; each row is handed to
 * `item` with its timing. `dueSoonUntil` is the end of the due-soon window (needed by the
 * `dueSoon` filter and the items' `dueSoon`).
 */
export async function caseQueue<S extends string, R extends CaseRow, DB, TB extends keyof DB, O, Item>(
  spec: CaseSpec<S, R>,
  base: SelectQueryBuilder<DB, TB, O>,
  communeId: string,
  f: QueueFilters<S>,
  at: { now: Date; dueSoonUntil?: Date },
  item: (row: O, t: ReturnType<typeof timing>) => Item,
) {
  const { now, dueSoonUntil } = at;
  const generic = spec as unknown as CaseSpec<S, CaseRow>;
  let q = base.where(sql<SqlBool>`${col('communeId')} = ${communeId}`);
  if (f.state) q = q.where(inStates(generic, [f.state]));
  if (f.open !== undefined)
    q = q.where(
      f.open ? inStates(generic, spec.states.open) : sql<SqlBool>`not ${inStates(generic, spec.states.open)}`,
    );
  if (f.overdue) q = q.where(overdueSql(generic, now));
  if (f.dueSoon && dueSoonUntil) q = q.where(dueSoonSql(generic, now, dueSoonUntil));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const searched = ['code', ...spec.list.search].map((c) => sql<SqlBool>`${col(c)} ilike ${like}`);
    q = q.where(sql<SqlBool>`(${sql.join(searched, sql` or `)})`);
  }
  const ordered =
    spec.list.order === 'deadline'
      ? q
          // Open cases first, the nearest deadline first; closed ones after, newest first.
          .orderBy(sql`case when ${inStates(generic, spec.states.open)} then 0 else 1 end`)
          .orderBy(sql`case when ${inStates(generic, spec.states.open)} then ${col(spec.deadlines[0]!.column)} end`)
      : q;
  const rows = await ordered
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy(col(spec.list.since), 'desc')
    .orderBy(col('id'))
    .limit(f.limit)
    .offset(f.cursor)
    .execute();
  const window = dueSoonUntil ? { until: dueSoonUntil } : undefined;
  return {
    total: (rows[0] as { total?: number } | undefined)?.total ?? 0,
    nextCursor: rows.length === f.limit ? f.cursor + f.limit : null,
    items: rows.map((r) => {
      const { total: _total, ...row } = r as O & { total: number };
      return item(row as O, timing(spec, row as unknown as R, now, window));
    }),
  };
}

/**
 * The signed-in account's own cases, in every commune, newest first (the account page):
 * the domain's columns plus the commune each belongs to.
 */
export function caseMine<S extends string, R extends CaseRow, DB, TB extends keyof DB, O>(
  spec: CaseSpec<S, R>,
  base: SelectQueryBuilder<DB, TB, O>,
  userId: string,
) {
  return base
    .select([
      sql<string>`(select slug from communes where communes.id = ${col('communeId')})`.as('commune'),
      sql<Localized>`(select names from communes where communes.id = ${col('communeId')})`.as('communeNames'),
    ])
    .where(sql<SqlBool>`${col('authorId')} = ${userId}`)
    .orderBy(col(spec.list.since), 'desc')
    .limit(200)
    .execute();
}

/** What the owner proof needs of a case row. */
type Owned = CaseRow & { authorId: string | null; ownerSecretHash: string | null };

export const ownedCase = <S extends string, R extends Owned>(spec: CaseSpec<S, R>, row: R): OwnedCase => ({
  kind: spec.type,
  id: row.id,
  authorId: row.authorId,
  ownerSecretHash: row.ownerSecretHash,
});

/** The case with this code, scoped by the code's prefix (receipts, Open311), or undefined. */
export async function findCaseByCode<S extends string, R extends CaseRow>(db: Db, spec: CaseSpec<S, R>, code: string) {
  const rows = caseRows(spec.table);
  const found = await lookupCode(
    db,
    code,
    (communeId) => rows.findByCode(db, communeId, code) as Promise<R | undefined>,
  );
  return found && { row: found.row, commune: found.commune };
}

/** The case with this code and its commune, or NOT_FOUND `unknown_code`. */
export async function caseByCode<S extends string, R extends CaseRow>(db: Db, spec: CaseSpec<S, R>, code: string) {
  const found = await findCaseByCode(db, spec, code);
  if (!found) throw notFound('unknown_code', spec.unknownCode(code));
  return found;
}

/**
 * Tracking by code: the case, its commune and whether the caller is its owner (their
 * account, or the secret on the receipt; a wrong secret counts against the case's limit).
 * The domain projects what the public and the owner see from it.
 */
export async function trackCase<S extends string, R extends Owned>(
  ctx: Pick<InnerContext, 'db' | 'limits' | 'session' | 'clock'>,
  spec: CaseSpec<S, R>,
  input: { code: string; secret?: string | undefined },
) {
  const { row, commune } = await caseByCode(ctx.db, spec, input.code);
  return { row, commune, ...ownerView(ctx, ownedCase(spec, row), input.secret) };
}
