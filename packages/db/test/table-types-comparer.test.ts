import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareTables, readDeclaredTables, toDbName, type DbColumn } from './table-types';

// A tiny schema source, read by the checker as the real one is (the file never exists on disk).
const fixtureFile = fileURLToPath(new URL('./fixture-tables.ts', import.meta.url));
const SOURCE = `
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;
interface ThingTable {
  id: Generated<string>;
  title: string;
  note: string | null;
  kind: 'a' | 'b';
  count: number;
  done: boolean;
  dueAt: Timestamp;
  closedAt: Timestamp | null;
  day: string;
  data: Json<{ x: number }>;
  tags: string[];
  bytes: Uint8Array;
  searchDoc: GeneratedAlways<string>;
  canonicalSha256: string;
}
export interface Database { things: ThingTable; }
`;

const col = (column: string, udtName: string, more: Partial<DbColumn> = {}): DbColumn => ({
  table: 'things',
  column,
  udtName,
  nullable: false,
  hasDefault: false,
  generatedAlways: false,
  ...more,
});
const MATCHING: DbColumn[] = [
  col('id', 'uuid', { hasDefault: true }),
  col('title', 'text'),
  col('note', 'text', { nullable: true }),
  col('kind', 'text'),
  col('count', 'int4'),
  col('done', 'bool'),
  col('due_at', 'timestamptz'),
  col('closed_at', 'timestamptz', { nullable: true }),
  col('day', 'date'),
  col('data', 'jsonb'),
  col('tags', '_text'),
  col('bytes', 'bytea'),
  col('search_doc', 'tsvector', { nullable: true, generatedAlways: true, hasDefault: true }),
  col('canonical_sha256', 'text'),
];

describe('the table-types comparer', () => {
  const declared = readDeclaredTables(
    fixtureFile,
    'Database',
    SOURCE.replace('searchDoc: GeneratedAlways<string>', 'searchDoc: GeneratedAlways<string | null>'),
  );

  it('reads columns through Generated, ColumnType aliases and unions', () => {
    const things = declared.find((t) => t.property === 'things')!;
    const by = Object.fromEntries(things.columns.map((c) => [c.property, c]));
    expect(by.id).toMatchObject({ families: ['string'], nullable: false, insert: 'optional' });
    expect(by.title).toMatchObject({ families: ['string'], nullable: false, insert: 'required' });
    expect(by.note).toMatchObject({ families: ['string'], nullable: true, insert: 'optional' });
    expect(by.kind).toMatchObject({ families: ['string'] });
    expect(by.done).toMatchObject({ families: ['boolean'] });
    expect(by.dueAt).toMatchObject({ families: ['Date'], nullable: false, insert: 'required' });
    expect(by.closedAt).toMatchObject({ families: ['Date'], nullable: true, insert: 'optional' });
    expect(by.data).toMatchObject({ families: ['object'], insert: 'required' });
    expect(by.tags).toMatchObject({ families: ['array:string'] });
    expect(by.bytes).toMatchObject({ families: ['bytes'] });
    expect(by.searchDoc).toMatchObject({ families: ['string'], nullable: true, insert: 'never' });
  });

  it('names columns as the CamelCasePlugin does', () => {
    expect(['canonicalSha256', 'dueAt', 'complaintDaily', 'id'].map(toDbName)).toEqual([
      'canonical_sha256',
      'due_at',
      'complaint_daily',
      'id',
    ]);
  });

  it('finds nothing when types and columns agree', () => {
    expect(compareTables(declared, MATCHING)).toEqual([]);
  });

  it('lists every deliberate difference', () => {
    const drifted = readDeclaredTables(
      fixtureFile,
      'Database',
      SOURCE.replace('title: string;', 'title: string;\n  subtitle: string;') // column only in types
        .replace('note: string | null;', 'note: string;') // nullable column typed without null
        .replace('count: number;', 'count: string;') // int4 typed string
        .replace('dueAt: Timestamp;', 'dueAt: ColumnType<Date, Date | undefined, Date>;') // optional insert, no default
        .replace('day: string;', 'day: Date;') // the date parser returns a string
        .replace('tags: string[];', 'tags: number[];') // text[] typed number[]
        .replace(
          'export interface Database { things: ThingTable; }',
          'export interface Database { things: ThingTable; ghosts: { id: string } }',
        ),
    );
    const columns = [
      ...MATCHING.map((c) => (c.column === 'title' ? { ...c, hasDefault: true } : c)), // default unused: soft
      col('extra', 'int8'), // column only in the database
      { ...col('id', 'uuid'), table: 'orphans' }, // table only in the database
    ];
    const found = compareTables(drifted, columns).map((f) => `${f.kind} ${f.where}`);
    expect(found.sort()).toEqual(
      [
        'column only in types things.subtitle',
        'nullability things.note',
        'type things.count',
        'insert things.due_at',
        'type things.day',
        'type things.tags',
        'nullability things.search_doc',
        'default things.title',
        'column only in database things.extra',
        'table only in types ghosts',
        'table only in database orphans',
      ].sort(),
    );
  });

  it('refuses types it cannot resolve rather than comparing error types', () => {
    expect(() =>
      readDeclaredTables(fixtureFile, 'Database', SOURCE.replace('title: string;', 'title: Missing;')),
    ).toThrow(/Missing/);
  });
});
