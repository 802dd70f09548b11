/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF (LF and CR accepted on
 * input), fields holding a comma, quote or line break enclosed in double quotes, a quote
 * inside a quoted field doubled. Each record keeps the line it starts on, so a rejected
 * row can be named even when an earlier field spans several lines.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}
export interface CsvError {
  line: number;
  reason: string;
}

/** Records in file order; a malformed record becomes an error and parsing resumes at the next line. */
export function parseCsv(input: string): { records: CsvRecord[]; errors: CsvError[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;

  const atRecordEnd = (j: number) => j >= n || text[j] === '\n' || text[j] === '\r';
  /** Moves past one line break (CRLF, LF or CR) at i, counting it. */
  const skipBreak = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line++;
  };

  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let error: string | null = null;
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            field += c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
            skipBreak();
            continue;
          }
          field += c;
          i++;
        }
        if (!closed) {
          error = 'a quoted field is never closed (missing ")';
          break;
        }
        if (!atRecordEnd(i) && text[i] !== ',') {
          error = `unexpected character after a closing quote in field ${fields.length + 1}`;
          break;
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') {
            error = `a quote inside unquoted field ${fields.length + 1} (enclose the field in quotes and double the quote)`;
            break;
          }
          field += text[i];
          i++;
        }
        if (error) break;
      }
      fields.push(unneutralise(field));
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (error) {
      errors.push({ line: start, reason: error });
      // Resume at the next line of the file.
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: start, fields });
    }
    if (i < n) skipBreak();
  }
  return { records, errors };
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/*
 * Formula injection: spreadsheets run a cell starting with = + - @ (or a tab or CR that
 * they skip) as a formula — `=HYPERLINK(...)` typed into a commune's text would run on the
 * computer of whoever opens the export. Such cells are written with a leading apostrophe,
 * which spreadsheets show as text. So the file reads back exactly, a cell already starting
 * with an apostrophe gets one too, and reading removes one apostrophe before these.
 */
const FORMULA_START = /^['=+\-@\t\r]/;
const NEUTRALISED = /^'['=+\-@\t\r]/;
const neutralise = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const unneutralise = (value: string) => (NEUTRALISED.test(value) ? value.slice(1) : value);

export function csvField(value: string): string {
  const safe = neutralise(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, ending with CRLF (RFC 4180). */
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
