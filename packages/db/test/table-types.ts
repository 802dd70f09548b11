/**
 * Checks the Kysely table interfaces (src/types.ts, src/tables/*.ts) against the tables of
 * the migrated database, so a migration and its types cannot drift apart unnoticed: the
 * migrations are the source of truth, the interfaces must describe them.
 *
 * Three parts, each testable alone: `readDeclaredTables` reads the interfaces with the
 * TypeScript checker (aliases such as Timestamp or Json<T> resolve to Kysely's ColumnType,
 * whose __select__ and __insert__ members say what a select returns and what an insert
 * takes); `readDatabaseColumns` reads information_schema; `compareTables` lists every
 * difference.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CamelCasePlugin, sql, type Kysely } from 'kysely';
import ts from 'typescript';
import type { Database } from '../src/types';

/** How an insert may treat a column, as Kysely's Insertable<> derives it. */
export type InsertMode = 'required' | 'optional' | 'never';

export interface DeclaredColumn {
  /** Property name as declared (camelCase; the CamelCasePlugin maps it to the column). */
  property: string;
  /** The select type as the checker prints it, for messages. */
  selectText: string;
  /**
   * Coarse families of the select type without null: 'string', 'number', 'boolean',
   * 'Date', 'bytes', 'object', 'unknown', 'undefined', 'bigint', 'other', and
   * 'array:<family>' for arrays.
   */
  families: string[];
  nullable: boolean;
  insert: InsertMode;
}

export interface DeclaredTable {
  /** Property name in the Database interface (camelCase). */
  property: string;
  columns: DeclaredColumn[];
}

export interface DbColumn {
  table: string;
  column: string;
  /** information_schema udt_name: 'text', 'int4', 'timestamptz', '_text' for text[]… */
  udtName: string;
  nullable: boolean;
  /** A default (serial and identity included): an insert may omit the column. */
  hasDefault: boolean;
  /** GENERATED ALWAYS (stored expression or identity): an insert must not name it. */
  generatedAlways: boolean;
}

export type FindingKind =
  | 'table only in types'
  | 'table only in database'
  | 'column only in types'
  | 'column only in database'
  | 'nullability'
  | 'type'
  | 'insert'
  /** Soft: a default the type does not let inserts use (safe, often deliberate; see the test). */
  | 'default';

export interface Finding {
  kind: FindingKind;
  /** table or table.column, in the database's (snake_case) names. */
  where: string;
  detail: string;
}

// ——— The declared side ———

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const typesFile = join(packageDir, 'src', 'types.ts');
/** The domains' table files, which add their tables to Database by module augmentation. */
const tableFiles = () =>
  readdirSync(join(packageDir, 'src', 'tables'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(packageDir, 'src', 'tables', f));

/** The package's own compiler options, so types resolve as `tsc` resolves them. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(packageDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, packageDir, undefined, configPath);
  // Only what the checker needs: no DOM (Date and Uint8Array are in the ES lib).
  return { ...parsed.options, lib: ['lib.es2023.d.ts'], noEmit: true };
}

const parsedLibraries = new Map<string, ts.SourceFile>();

/**
 * Reads `interfaceName` (a map of table names to row types) from `fileName` and each
 * table's columns. `source` replaces the file's text (fixtures: a source string placed in
 * this package, so `import … from 'kysely'` resolves to the real Kysely types).
 */
export function readDeclaredTables(fileName = typesFile, interfaceName = 'Database', source?: string): DeclaredTable[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) => {
    if (name === fileName && source !== undefined) return ts.createSourceFile(name, source, version, true);
    // The standard library and Kysely's declarations are parsed once per process (most of the time here).
    const fixed = name.includes('/node_modules/');
    const file = (fixed && parsedLibraries.get(name)) || getSourceFile(name, version, ...rest);
    if (fixed && file) parsedLibraries.set(name, file);
    return file;
  };
  if (source !== undefined) {
    host.fileExists = (name) => name === fileName || fileExists(name);
    host.readFile = (name) => (name === fileName ? source : readFile(name));
  }
  // A fixture stands alone; the real Database needs its domains' files in the program to see their tables.
  const rootNames = source === undefined && fileName === typesFile ? [fileName, ...tableFiles()] : [fileName];
  const program = ts.createProgram({ rootNames, options, host });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(fileName);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === interfaceName);
  if (!symbol) throw new Error(`${fileName} exports no ${interfaceName}`);
  // An unresolved import would turn every column into the error type: refuse to compare then.
  const errors = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length)
    throw new Error(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));

  const database = checker.getDeclaredTypeOfSymbol(symbol);
  return checker.getPropertiesOfType(database).map((table) => ({
    property: table.name,
    columns: checker
      .getPropertiesOfType(checker.getTypeOfSymbol(table))
      .map((column) => describeColumn(checker, column)),
  }));
}

const members = (t: ts.Type): readonly ts.Type[] => (t.isUnion() ? t.types : [t]);

/** Kysely's SelectType / InsertType: a ColumnType member yields its __select__ / __insert__, any other type itself. */
function columnPart(checker: ts.TypeChecker, t: ts.Type, part: '__select__' | '__insert__'): ts.Type[] {
  return members(t).flatMap((m) => {
    const p = m.getProperty(part);
    return p ? members(checker.getTypeOfSymbol(p)) : [m];
  });
}

function describeColumn(checker: ts.TypeChecker, column: ts.Symbol): DeclaredColumn {
  const declared = checker.getTypeOfSymbol(column);
  const select = columnPart(checker, declared, '__select__');
  const insert = columnPart(checker, declared, '__insert__');
  const isNullish = (t: ts.Type) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0;
  const nonNull = select.filter((t) => !(t.flags & ts.TypeFlags.Null));
  // As Kysely's Insertable: never → not insertable; null or undefined → optional; else required.
  const insertMode: InsertMode = insert.every((t) => t.flags & ts.TypeFlags.Never)
    ? 'never'
    : insert.some(isNullish)
      ? 'optional'
      : 'required';
  return {
    property: column.name,
    selectText: select.map((t) => checker.typeToString(t)).join(' | '),
    families: [...new Set(nonNull.flatMap((t) => familiesOf(checker, t)))].sort(),
    nullable: nonNull.length < select.length,
    insert: insertMode,
  };
}

function familiesOf(checker: ts.TypeChecker, t: ts.Type): string[] {
  const F = ts.TypeFlags;
  if (t.isUnion()) return t.types.flatMap((m) => familiesOf(checker, m));
  if (t.flags & (F.String | F.StringLiteral | F.TemplateLiteral | F.StringMapping)) return ['string'];
  if (t.flags & (F.Number | F.NumberLiteral | F.Enum | F.EnumLiteral)) return ['number'];
  if (t.flags & (F.Boolean | F.BooleanLiteral)) return ['boolean'];
  if (t.flags & (F.BigInt | F.BigIntLiteral)) return ['bigint'];
  if (t.flags & (F.Any | F.Unknown)) return ['unknown'];
  if (t.flags & F.Undefined) return ['undefined'];
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    const elements = checker.getTypeArguments(t as ts.TypeReference);
    return [...new Set(elements.flatMap((e) => familiesOf(checker, e)))].map((f) => `array:${f}`);
  }
  if (t.flags & F.Object) {
    const name = t.getSymbol()?.name;
    if (name === 'Date') return ['Date'];
    if (name === 'Uint8Array' || name === 'Buffer') return ['bytes'];
    return ['object'];
  }
  return ['other'];
}

// ——— The database side ———

/** Kysely's own bookkeeping, not part of the application's schema. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** Base tables and columns of the current schema (public on PGlite, the test's own schema on PostgreSQL). */
export async function readDatabaseColumns(db: Kysely<Database>): Promise<DbColumn[]> {
  const { rows } = await sql<{
    tbl: string;
    col: string;
    udt: string;
    nullable: boolean;
    defaulted: boolean;
    always: boolean;
  }>`
    select c.table_name as tbl, c.column_name as col, c.udt_name as udt,
           c.is_nullable = 'YES' as nullable,
           (c.column_default is not null or c.is_identity = 'YES' or c.is_generated = 'ALWAYS') as defaulted,
           (c.is_generated = 'ALWAYS' or c.identity_generation = 'ALWAYS') as always
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
     order by c.table_name, c.ordinal_position`.execute(db);
  return rows
    .filter((r) => !MIGRATOR_TABLES.has(r.tbl))
    .map((r) => ({
      table: r.tbl,
      column: r.col,
      udtName: r.udt,
      nullable: r.nullable,
      hasDefault: r.defaulted,
      generatedAlways: r.always,
    }));
}

// ——— The comparison ———

/**
 * The TypeScript families a value of each PostgreSQL type may be declared as, after the
 * drivers' parsers (src/create-db.ts: int8 and numeric as numbers, timestamps as Date,
 * dates as 'YYYY-MM-DD' strings). int8/numeric may also be declared string, the pg
 * default, should a column ever need exact digits.
 */
const SCALAR_FAMILIES: Record<string, readonly string[]> = {
  text: ['string'],
  varchar: ['string'],
  bpchar: ['string'],
  citext: ['string'],
  uuid: ['string'],
  tsvector: ['string'],
  int2: ['number'],
  int4: ['number'],
  float4: ['number'],
  float8: ['number'],
  int8: ['number', 'string'],
  numeric: ['number', 'string'],
  bool: ['boolean'],
  timestamptz: ['Date'],
  timestamp: ['Date'],
  date: ['string'],
  bytea: ['bytes'],
};

/** Whether a declared family fits the column's type; undefined when the type is not known here. */
function familyFits(udtName: string, family: string): boolean | undefined {
  // JSON holds objects and arrays here (a bare JSON scalar would be a string or number column).
  if (udtName === 'jsonb' || udtName === 'json')
    return family === 'object' || family === 'unknown' || family.startsWith('array:');
  if (udtName.startsWith('_')) {
    if (!family.startsWith('array:')) return false;
    return familyFits(udtName.slice(1), family.slice('array:'.length));
  }
  return SCALAR_FAMILIES[udtName]?.includes(family);
}

class Names extends CamelCasePlugin {
  toDb = (name: string) => this.snakeCase(name);
}
/** The column name the CamelCasePlugin (src/create-db.ts) writes for a property name. */
export const toDbName = new Names().toDb;

export function compareTables(declared: DeclaredTable[], actual: DbColumn[]): Finding[] {
  const findings: Finding[] = [];
  const byTable = new Map<string, DbColumn[]>();
  for (const c of actual) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);

  for (const table of declared) {
    const name = toDbName(table.property);
    const columns = byTable.get(name);
    if (!columns) {
      findings.push({
        kind: 'table only in types',
        where: name,
        detail: `Database.${table.property} has no table ${name}`,
      });
      continue;
    }
    byTable.delete(name);
    const remaining = new Map(columns.map((c) => [c.column, c]));
    for (const d of table.columns) {
      const columnName = toDbName(d.property);
      const c = remaining.get(columnName);
      const where = `${name}.${columnName}`;
      if (!c) {
        findings.push({
          kind: 'column only in types',
          where,
          detail: `${table.property}.${d.property} has no column ${columnName}`,
        });
        continue;
      }
      remaining.delete(columnName);
      findings.push(...compareColumn(where, d, c));
    }
    for (const c of remaining.values()) {
      findings.push({
        kind: 'column only in database',
        where: `${name}.${c.column}`,
        detail: `${c.udtName} column not declared in ${table.property}`,
      });
    }
  }
  for (const [name, columns] of byTable) {
    findings.push({
      kind: 'table only in database',
      where: name,
      detail: `table (${columns.length} columns) not declared in Database`,
    });
  }
  return findings;
}

function compareColumn(where: string, d: DeclaredColumn, c: DbColumn): Finding[] {
  const out: Finding[] = [];
  const column = `${c.udtName}${c.nullable ? '' : ' not null'}${c.generatedAlways ? ' generated always' : c.hasDefault ? ' with default' : ''}`;
  const typed = `typed ${d.selectText}`;
  if (c.nullable && !d.nullable)
    out.push({ kind: 'nullability', where, detail: `${column} is nullable, ${typed} without | null` });
  if (!c.nullable && d.nullable) out.push({ kind: 'nullability', where, detail: `${column}, ${typed} with | null` });

  const misfits = d.families.filter((f) => familyFits(c.udtName, f) !== true);
  if (d.families.length === 0 || misfits.length) {
    const known = familyFits(c.udtName, 'string') !== undefined;
    const detail = known
      ? `${column}, ${typed} (${misfits.join(', ') || 'no value'} does not fit)`
      : `${column}: no TypeScript family known for ${c.udtName} (add it to SCALAR_FAMILIES), ${typed}`;
    out.push({ kind: 'type', where, detail });
  }

  // What an insert may do with the column must be what the database accepts.
  const expected: InsertMode = c.generatedAlways ? 'never' : c.hasDefault || c.nullable ? 'optional' : 'required';
  if (d.insert === 'required' && expected === 'optional' && !c.nullable) {
    out.push({
      kind: 'default',
      where,
      detail: `${column}, ${typed}: required on insert though the database has a default`,
    });
  } else if (d.insert !== expected && !(c.nullable && !d.nullable)) {
    // (A nullable column typed without null is required on insert too: reported once, above.)
    const why: Record<InsertMode, string> = {
      never: 'an insert must not name it: declare it GeneratedAlways<>',
      optional: c.nullable
        ? 'an insert may omit it (null): its insert type must take null'
        : 'an insert may omit it: declare it Generated<>',
      required: 'an insert that omits it compiles and then fails: its insert type must not take undefined',
    };
    out.push({ kind: 'insert', where, detail: `${column}, ${typed} (${d.insert} on insert): ${why[expected]}` });
  }
  return out;
}

export const formatFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.where} [${f.kind}]: ${f.detail}`).join('\n');
