import type { Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import { addDays, endOfLocalDay, localDate, nthWorkingDayAfter, type WorkingCalendar } from '../calendar';
import type { InnerContext } from '../context';
import { conflict, notFound } from '../errors';
import type { Reason } from '../reasons';
import type { CodeSeries } from './codes';
import { caseRows, insertTimelineEntry, type CaseTable, type TimelineTable } from './repository';
import { moveStateCount, type CountTable } from './rollups';

/*
 * The lifecycle every case type shares, written once and configured by a spec (one per
 * case type: complaints/case.ts, information-requests/case.ts). The kernel owns the
 * order of things — lock the row, check the move against the spec's graph, write the row,
 * the timeline, the counts, the domain's rollups and the audit row in ONE transaction,
 * publish only after it committed — so every case type gets the same guarantees: two
 * agents acting at once cannot both move a case, a figure never counts a move that rolled
 * back, and a live screen never shows a state the database does not hold.
 */

/** The columns the kernel reads on every case row, whatever the case type. */
export interface CaseRow {
  id: string;
  code: string;
}

/** One entry on a case's timeline, as the kernel hands it to the spec's `insertEvent`. */
export interface CaseEntry<S extends string> {
  communeId: string;
  row: CaseRow;
  /** The entry's kind (`note`, `stage_changed`, `answered`…); also names the audit action. */
  kind: string;
  actorId: string | null;
  now: Date;
  /** A move's states; none on an entry that leaves the state as it is. */
  from?: S;
  to?: S;
  publicNote?: string | null | undefined;
  internalNote?: string | null | undefined;
  /** Recorded on the timeline entry (and, for a move, in the audit row). */
  data?: Record<string, unknown>;
  /** What the citizen wrote with it (a reopening's reason), for case types that keep it apart. */
  citizenText?: string | undefined;
}

/** One state change, as the kernel hands it to the spec's hooks. */
export interface CaseMove<S extends string, R extends CaseRow> extends CaseEntry<S> {
  row: R;
  from: S;
  to: S;
  /** Columns of the case row the move sets besides its state (the spec's rollups add their own). */
  set?: Record<string, unknown>;
  /** False when nothing is audited here (no actor, or the caller audits with more, e.g. how the owner proved it). */
  audit?: boolean;
}

/** The columns of `R` that hold a date (deadlines, arrival). */
export type DateColumn<R> = { [K in keyof R]-?: R[K] extends Date ? K : never }[keyof R] & string;

export interface CaseSpec<S extends string, R extends CaseRow> {
  /** What the audit log and owner proofs call this case type. */
  type:
    | 'complaint'
    | 'information_request'
    | 'call_application'
    | 'contribution'
    | 'petition'
    | 'pac_proposal'
    | 'recommendation'
    | 'observation';
  /** The table its rows live in (read through `caseRows`). */
  table: CaseTable;
  /** Audit actions are `<auditPrefix>.<kind>` (complaint.stage_changed, information.answered). */
  auditPrefix:
    | 'complaint'
    | 'information'
    | 'application'
    | 'contribution'
    | 'petition'
    | 'proposal'
    | 'recommendation'
    | 'observation';
  series: CodeSeries;
  /** The row's state column (complaints say stage). */
  stateColumn: 'stage' | 'state';
  states: {
    all: readonly S[];
    open: readonly S[];
    /** Where staff may move a case from each state. */
    next: Readonly<Record<S, readonly S[]>>;
  };
  /** How its deadlines count: calendar days, or working days of the calendar module. */
  clock: { days: 'calendar' | 'working' };
  stateOf(row: R): S;
  /**
   * Its deadlines: each applies while the case is open and, when `while` is given, in one of
   * those states (overdue when one that applies is past). Read from the row here and compared
   * in SQL by the queue, so both say the same.
   */
  deadlines: readonly { column: DateColumn<R>; while?: readonly S[] }[];
  /** How the staff queue and `mine` list its cases (cases/lists.ts). */
  list: {
    /** Searched by the queue's `q` besides the code. */
    search: readonly (keyof R & string)[];
    /** When a case arrived: newest first by it, and `mine`'s order. */
    since: DateColumn<R>;
    /** `newest` first, or `deadline`: open cases first, the nearest deadline first, then newest. */
    order: 'newest' | 'deadline';
  };
  /** Said when the row is not in the commune. */
  unknown: { reason: Reason; message: string };
  /** Said when no case of this type has the code (NOT_FOUND `unknown_code`). */
  unknownCode(code: string): string;
  /** Said when the spec's graph refuses a move (CONFLICT `invalid_transition`). */
  refusal(from: S, to: S): string;
  repo: {
    update(trx: Db, communeId: string, id: string, set: Record<string, unknown>): Promise<void>;
    insertEvent(trx: Db, entry: CaseEntry<S>): Promise<void>;
  };
  /** Its rollup of how many cases of a commune are in each state (keyed by `stateColumn`). */
  counts: CountTable;
  /**
   * The domain's own rollups of a move (time to answer, on-time shares, daily figures):
   * returns the row's columns they set, writes their tables inside the transaction.
   * Called after the state counts, in the same order on every path (no lock-order deadlocks).
   */
  rollups(trx: Db, move: CaseMove<S, R>): Promise<Record<string, unknown>>;
  /**
   * The notices an entry or a move causes (the outbox, notifications/outbox.ts), written
   * inside the same transaction, after the timeline entry: a change that rolls back leaves no
   * notice, one that commits never loses it. Called by `moveCase` (with `from`/`to`) and by
   * `recordEntry`; the domain decides which entries concern the citizen.
   */
  notify?(trx: Db, entry: CaseEntry<S>): Promise<void>;
  /** The event a state change publishes (after commit). */
  changed(commune: string, code: string, state: S): { kind: string; commune: string; data: Record<string, unknown> };
}

/** A spec's `repo.insertEvent` for a case type whose timeline has the kernel's entry shape. */
export const timelineWriter =
  (table: TimelineTable) =>
  <S extends string>(trx: Db, m: CaseEntry<S>) =>
    insertTimelineEntry(trx, table, {
      communeId: m.communeId,
      caseId: m.row.id,
      at: m.now,
      actorId: m.actorId,
      kind: m.kind,
      fromState: m.from,
      toState: m.to,
      publicNote: m.publicNote,
      internalNote: m.internalNote,
      data: m.data,
    });

type Ctx = Pick<InnerContext, 'db' | 'events'>;

type States<S extends string> = Pick<CaseSpec<S, CaseRow>['states'], 'open' | 'next'>;
export const isOpenIn = <S extends string>(spec: { states: States<S> }, s: S) => spec.states.open.includes(s);
export const canMove = <S extends string>(spec: { states: States<S> }, from: S, to: S) =>
  spec.states.next[from].includes(to);

/** Runs `fn` on the case row locked FOR UPDATE, in one transaction; NOT_FOUND outside the commune. */
export async function withLockedCase<S extends string, R extends CaseRow, T>(
  db: Db,
  spec: CaseSpec<S, R>,
  communeId: string,
  id: string,
  fn: (trx: Db, row: R) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const row = (await caseRows(spec.table).lockById(trx, communeId, id)) as R | undefined;
    if (!row) throw notFound(spec.unknown.reason, spec.unknown.message);
    return fn(trx, row);
  });
}

/**
 * The one place a case's state changes, inside the caller's transaction (which holds the
 * row lock): the row, the timeline entry, the state counts, the spec's rollups and the
 * audit row. Publishing is the caller's, after commit (`transition` does both).
 */
export async function moveCase<S extends string, R extends CaseRow>(
  trx: Db,
  spec: CaseSpec<S, R>,
  move: CaseMove<S, R>,
) {
  const { communeId, row, from, to, now } = move;
  await spec.repo.insertEvent(trx, move);
  await moveStateCount(trx, spec, communeId, from, to);
  const rolled = await spec.rollups(trx, move);
  await spec.repo.update(trx, communeId, row.id, { ...rolled, ...move.set, [spec.stateColumn]: to, updatedAt: now });
  if (move.audit !== false) {
    await recordAudit(trx, {
      communeId,
      actorId: move.actorId,
      action: `${spec.auditPrefix}.${move.kind}`,
      targetType: spec.type,
      targetId: row.id,
      data: { code: row.code, from, to, ...move.data },
    });
  }
  await spec.notify?.(trx, move);
}

/**
 * An entry on a case's timeline that leaves its state as it is (a note, an assignment, a
 * rating, a publication…), inside the caller's transaction (which holds the row lock):
 * the row's columns `set` with `updatedAt` (the row is left alone without `set`), the
 * entry, and the audit row `<auditPrefix>.<kind>` with the code and `audit`.
 */
export async function recordEntry<S extends string, R extends CaseRow>(
  trx: Db,
  spec: CaseSpec<S, R>,
  entry: Omit<CaseEntry<S>, 'from' | 'to'> & { set?: Record<string, unknown>; audit: Record<string, unknown> },
) {
  const { communeId, row, now, set } = entry;
  if (set) await spec.repo.update(trx, communeId, row.id, { ...set, updatedAt: now });
  await spec.repo.insertEvent(trx, entry);
  await recordAudit(trx, {
    communeId,
    actorId: entry.actorId,
    action: `${spec.auditPrefix}.${entry.kind}`,
    targetType: spec.type,
    targetId: row.id,
    data: { code: row.code, ...entry.audit },
  });
  await spec.notify?.(trx, entry);
}

/**
 * A staff transition: lock, check against the spec's graph (CONFLICT `invalid_transition`
 * otherwise), let the domain check and prepare its own part (`prepare` may throw, and
 * returns what the move sets and records), move, commit, then publish.
 */
export async function transition<S extends string, R extends CaseRow>(
  ctx: Ctx,
  spec: CaseSpec<S, R>,
  commune: { id: string; slug: string },
  input: Omit<CaseMove<S, R>, 'communeId' | 'row' | 'from'> & { id: string },
  prepare?: (
    trx: Db,
    row: R,
  ) => Promise<Pick<CaseMove<S, R>, 'set' | 'data'> | void> | Pick<CaseMove<S, R>, 'set' | 'data'> | void,
) {
  const { id, ...rest } = input;
  const result = await withLockedCase(ctx.db, spec, commune.id, id, async (trx, row) => {
    const from = spec.stateOf(row);
    if (!canMove(spec, from, rest.to)) {
      throw conflict('invalid_transition', spec.refusal(from, rest.to), 'to');
    }
    const extra = (await prepare?.(trx, row)) ?? {};
    await moveCase(trx, spec, {
      ...rest,
      communeId: commune.id,
      row,
      from,
      set: { ...rest.set, ...extra.set },
      data: { ...rest.data, ...extra.data },
    });
    return { code: row.code, state: rest.to };
  });
  // After commit: a subscriber reading the case sees the new state.
  publishState(ctx, spec, commune.slug, result.code, result.state);
  return result;
}

/** Tells subscribers a case is in a new state, in its spec's own event; call it after commit. */
export function publishState<S extends string, R extends CaseRow>(
  ctx: Pick<InnerContext, 'events'>,
  spec: Pick<CaseSpec<S, R>, 'changed'>,
  communeSlug: string,
  code: string,
  state: S,
) {
  ctx.events.publish(spec.changed(communeSlug, code, state));
}

// ——— Clocks ———

/**
 * The end of the "due soon" window: the deadline falls within the next `days` days, today
 * included, counted as the spec's clock counts (working days skip weekends and holidays
 * of the calendar module; calendar days do not). Both end at midnight in Morocco.
 */
export function dueSoonUntil(
  clock: CaseSpec<string, CaseRow>['clock'],
  days: number,
  now: Date,
  cal: WorkingCalendar | null,
): Date {
  const yesterday = addDays(localDate(now), -1);
  if (clock.days === 'working') {
    if (!cal) throw new Error('a working-day clock needs the calendar');
    return endOfLocalDay(nthWorkingDayAfter(yesterday, days, cal));
  }
  return endOfLocalDay(addDays(yesterday, days));
}

/** The deadlines of `row` that apply in its state (none once it is closed). */
export function deadlinesOf<S extends string, R extends CaseRow>(spec: CaseSpec<S, R>, row: R): Date[] {
  const state = spec.stateOf(row);
  if (!isOpenIn(spec, state)) return [];
  return spec.deadlines.filter((d) => !d.while || d.while.includes(state)).map((d) => row[d.column] as Date);
}

/**
 * Overdue and due soon of one case at `now`, from the spec's states, deadlines and clock;
 * `dueSoon` needs the window (days and, for working days, the calendar) or its end.
 */
export function timing<S extends string, R extends CaseRow>(
  spec: CaseSpec<S, R>,
  row: R,
  now: Date,
  window?: { dueSoonDays: number; cal: WorkingCalendar | null } | { until: Date },
) {
  const open = isOpenIn(spec, spec.stateOf(row));
  const deadlines = deadlinesOf(spec, row);
  const overdue = deadlines.some((d) => d.getTime() < now.getTime());
  const until = !window
    ? null
    : 'until' in window
      ? window.until.getTime()
      : dueSoonUntil(spec.clock, window.dueSoonDays, now, window.cal).getTime();
  const dueSoon = until !== null && !overdue && deadlines.some((d) => d.getTime() <= until);
  return { open, overdue, dueSoon };
}
