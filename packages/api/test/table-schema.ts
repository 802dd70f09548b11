import { parseCsv } from '../src/procedures';

/**
 * A Frictionless Table Schema check, written for the tests (no validator library in the repository): the header
 * names the schema's fields in order, every row has every field, missing values are the schema's, required
 * fields are present, each value reads as its type (string, year, integer, number with the schema's decimal
 * character), and enum, pattern, minimum and maximum constraints hold; the primary key is unique.
 */
export interface SchemaField {
  name: string;
  type: string;
  decimalChar?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
export interface TableSchema {
  fields: SchemaField[];
  missingValues?: string[];
  primaryKey?: string[];
}

export function validateTable(schema: TableSchema, csv: string): string[] {
  const problems: string[] = [];
  const { records, errors } = parseCsv(csv);
  for (const e of errors) problems.push(`line ${e.line}: ${e.reason}`);
  const [header, ...rows] = records;
  const names = schema.fields.map((f) => f.name);
  if (!header || header.fields.join(',') !== names.join(',')) {
    problems.push(`header ${header?.fields.join(',')} is not ${names.join(',')}`);
    return problems;
  }
  const missing = new Set(schema.missingValues ?? ['']);
  const keys = new Set<string>();
  for (const r of rows) {
    if (r.fields.length !== names.length) {
      problems.push(`line ${r.line}: ${r.fields.length} fields`);
      continue;
    }
    schema.fields.forEach((f, i) => {
      const raw = r.fields[i]!;
      const at = `line ${r.line}, ${f.name} "${raw}"`;
      if (missing.has(raw)) {
        if (f.constraints?.required) problems.push(`${at}: required`);
        return;
      }
      let value: number | null = null;
      if (f.type === 'year') {
        if (!/^-?\d{4}$/.test(raw)) problems.push(`${at}: not a year`);
        value = Number(raw);
      } else if (f.type === 'integer') {
        if (!/^-?\d+$/.test(raw)) problems.push(`${at}: not an integer`);
        value = Number(raw);
      } else if (f.type === 'number') {
        const dec = (f.decimalChar ?? '.').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(`^-?\\d+(${dec}\\d+)?$`).test(raw)) problems.push(`${at}: not a number`);
        value = Number(raw.replace(f.decimalChar ?? '.', '.'));
      } else if (f.type !== 'string') problems.push(`${f.name}: type ${f.type} not checked here`);
      const c = f.constraints ?? {};
      if (c.enum && !c.enum.includes(raw)) problems.push(`${at}: not one of ${c.enum.join(', ')}`);
      // Table Schema's pattern matches the whole value.
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(raw)) problems.push(`${at}: not ${c.pattern}`);
      if (c.minimum !== undefined && value !== null && value < c.minimum) problems.push(`${at}: below ${c.minimum}`);
      if (c.maximum !== undefined && value !== null && value > c.maximum) problems.push(`${at}: above ${c.maximum}`);
    });
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((k) => r.fields[names.indexOf(k)]).join('\u0000');
      if (keys.has(key)) problems.push(`line ${r.line}: primary key repeated`);
      keys.add(key);
    }
  }
  return problems;
}
