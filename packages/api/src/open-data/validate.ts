import { parseCsv } from '../procedures';
import type { TableSchema } from './files';

/**
 * A strict Frictionless Table Schema check of a published CSV: the header names the schema's fields
 * in order, every row has as many cells, each cell is of its field's type (string, integer, number,
 * date, boolean, year; "" is the one missing value) and meets its constraints (required, unique,
 * minimum, maximum, minLength, maxLength, pattern, enum), and the primary key is unique. No npm
 * validator fits (frictionless' JS libraries are unmaintained and pull a large tree), and the
 * subset of the standard we publish is small enough to check exactly here. Returns every problem,
 * each naming its line and field.
 */
export interface SchemaError {
  /** 1-based line of the file (1 is the header). */
  line: number;
  field: string | null;
  message: string;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];

function validDate(s: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function validateCsv(input: string | Uint8Array, schema: TableSchema): SchemaError[] {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  const errors: SchemaError[] = [];
  const { records, errors: parse } = parseCsv(text);
  for (const e of parse) errors.push({ line: e.line, field: null, message: e.reason });
  const [header, ...rows] = records;
  const names = schema.fields.map((f) => f.name);
  if (!header) return [...errors, { line: 1, field: null, message: 'the file has no header' }];
  if (header.fields.join(',') !== names.join(','))
    errors.push({
      line: header.line,
      field: null,
      message: `the header must be ${names.join(',')} (in this order), not ${header.fields.join(',')}`,
    });
  const seen = schema.fields.map(() => new Map<string, number>());
  const keys = new Map<string, number>();
  const keyIdx = (schema.primaryKey ?? []).map((k) => names.indexOf(k));
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      errors.push({
        line: row.line,
        field: null,
        message: `${row.fields.length} cells where the schema has ${names.length} fields`,
      });
      continue;
    }
    schema.fields.forEach((f, i) => {
      const cell = row.fields[i]!;
      const fail = (message: string) => errors.push({ line: row.line, field: f.name, message });
      const c = f.constraints ?? {};
      if (schema.missingValues.includes(cell)) {
        if (c.required) fail('a value is required');
        return;
      }
      let value: number | string | boolean = cell;
      switch (f.type) {
        case 'integer':
          if (!INTEGER.test(cell)) return fail(`"${cell}" is not an integer`);
          value = Number(cell);
          break;
        case 'number':
          if (!NUMBER.test(cell)) return fail(`"${cell}" is not a number`);
          value = Number(cell);
          break;
        case 'year':
          if (!YEAR.test(cell)) return fail(`"${cell}" is not a year (four digits)`);
          value = Number(cell);
          break;
        case 'date':
          if (!validDate(cell)) return fail(`"${cell}" is not a date (YYYY-MM-DD)`);
          break;
        case 'boolean':
          if (TRUE.includes(cell)) value = true;
          else if (FALSE.includes(cell)) value = false;
          else return fail(`"${cell}" is not a boolean`);
          break;
        case 'string':
          break;
      }
      if (typeof value === 'number') {
        if (c.minimum !== undefined && value < c.minimum) fail(`${cell} is below the minimum ${c.minimum}`);
        if (c.maximum !== undefined && value > c.maximum) fail(`${cell} is above the maximum ${c.maximum}`);
      }
      if (c.minLength !== undefined && [...cell].length < c.minLength) fail(`shorter than ${c.minLength}`);
      if (c.maxLength !== undefined && [...cell].length > c.maxLength) fail(`longer than ${c.maxLength}`);
      if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell))
        fail(`"${cell}" does not match ${c.pattern}`);
      if (c.enum !== undefined && !c.enum.includes(cell)) fail(`"${cell}" is not one of ${c.enum.join(', ')}`);
      if (c.unique) {
        const first = seen[i]!.get(cell);
        if (first !== undefined) fail(`"${cell}" already on line ${first} (unique)`);
        else seen[i]!.set(cell, row.line);
      }
    });
    if (keyIdx.length > 0 && keyIdx.every((k) => k >= 0)) {
      const key = JSON.stringify(keyIdx.map((k) => row.fields[k]));
      const first = keys.get(key);
      if (first !== undefined)
        errors.push({ line: row.line, field: null, message: `primary key already on line ${first}` });
      else keys.set(key, row.line);
    }
  }
  return errors;
}
