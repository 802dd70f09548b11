import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEventBus, runAdminCommand } from '@shabaka/api';
import { describe, sendAdminCommand } from './admin-socket';
import { loadConfig } from './config';
import { openDatabase } from './runtime';

/*
 * pnpm shabaka procedures:export --commune tetouan [--out file.csv]
 * pnpm shabaka procedures:import --commune tetouan --file file.csv [--json]
 *
 * The import sends the file in batches of rows (through the running server's admin
 * socket, or straight to the database) so it can show its progress: a bar on a
 * terminal, a plain line per tenth otherwise (logs, CI). Rejected rows are reported
 * by line and reason; the good rows are imported either way.
 */

export const PROCEDURES_HELP = `  pnpm shabaka procedures:export --commune <slug> [--out <file.csv>]
  pnpm shabaka procedures:import --commune <slug> --file <file.csv> [--json]`;

const BATCH = 25;

export interface ProceduresCliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean | undefined; columns?: number | undefined };
  /** Runs an admin command (through the server or on the database) and returns its result, or throws. */
  send(command: string, input: unknown): Promise<unknown>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

interface ImportReport {
  total: number;
  processed: number;
  imported: number;
  unchanged: number;
  rejected: { line: number; code: string | null; reason: string }[];
  nextOffset: number | null;
}

/** A bar redrawn in place on a terminal; elsewhere one plain line each time another tenth is done. */
export function progressReporter(stream: ProceduresCliIo['stderr'], label: string) {
  let lastTenth = 0;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (stream.isTTY) {
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
        const filled = total === 0 ? width : Math.round((done / total) * width);
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        stream.write(
          `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
        );
        drawn = true;
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${done}/${total} rows\n`);
    },
    finish() {
      if (stream.isTTY && drawn) stream.write('\n');
    },
  };
}

/** Runs one procedures:* command; returns the process exit code. */
export async function runProceduresCommand(command: string, args: string[], io: ProceduresCliIo): Promise<number> {
  let values: {
    commune?: string | undefined;
    file?: string | undefined;
    out?: string | undefined;
    json?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        commune: { type: 'string' },
        file: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
      },
    }));
  } catch (err) {
    io.stderr.write(`Error: ${(err as Error).message}\n\n${PROCEDURES_HELP}\n`);
    return 1;
  }
  if (!values.commune) {
    io.stderr.write(`Error: --commune: give the commune's slug, e.g. --commune tetouan\n\n${PROCEDURES_HELP}\n`);
    return 1;
  }
  try {
    if (command === 'procedures:export') {
      const result = (await io.send('procedures:export', { commune: values.commune })) as { csv: string; rows: number };
      if (values.out) {
        await io.writeFile(values.out, result.csv);
        io.stderr.write(`exported ${result.rows} procedures of ${values.commune} to ${values.out}\n`);
      } else io.stdout.write(result.csv);
      return 0;
    }
    if (command === 'procedures:import') {
      if (!values.file) {
        io.stderr.write(`Error: --file: give the CSV file to import\n\n${PROCEDURES_HELP}\n`);
        return 1;
      }
      const csv = await io.readFile(values.file);
      const progress = progressReporter(io.stderr, `procedures:import ${values.commune}`);
      const total: ImportReport = { total: 0, processed: 0, imported: 0, unchanged: 0, rejected: [], nextOffset: 0 };
      let offset: number | null = 0;
      try {
        while (offset !== null) {
          const r = (await io.send('procedures:import', {
            commune: values.commune,
            csv,
            offset,
            limit: BATCH,
          })) as ImportReport;
          total.total = r.total;
          total.processed += r.processed;
          total.imported += r.imported;
          total.unchanged += r.unchanged;
          total.rejected.push(...r.rejected);
          progress.update(total.processed, r.total);
          offset = r.nextOffset;
        }
      } finally {
        progress.finish();
      }
      total.nextOffset = null;
      if (values.json) io.stdout.write(`${JSON.stringify(total, null, 2)}\n`);
      else {
        for (const r of total.rejected) io.stdout.write(`line ${r.line}${r.code ? ` (${r.code})` : ''}: ${r.reason}\n`);
        io.stdout.write(
          `imported ${total.imported}, rejected ${total.rejected.length}, unchanged ${total.unchanged}\n`,
        );
      }
      return 0;
    }
  } catch (err) {
    io.stderr.write(`Error: ${describe(err)}\n`);
    return 1;
  }
  io.stderr.write(`Unknown command "${command}".\n\n${PROCEDURES_HELP}\n`);
  return 1;
}

/**
 * The real input/output: through the running server's admin socket when one listens on
 * the embedded database, otherwise on the database itself (opened once for all batches).
 */
export async function proceduresCli(command: string, args: string[]): Promise<void> {
  const config = loadConfig();
  let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const events = createEventBus();
  const io: ProceduresCliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    async send(cmd, input) {
      if (!handle && !config.databaseUrl) {
        const viaServer = await sendAdminCommand(config.dataDir, cmd, input);
        if (viaServer) {
          if (!viaServer.ok) throw new Error(viaServer.error);
          return viaServer.result;
        }
      }
      handle ??= await openDatabase(config);
      return runAdminCommand({ db: handle.db, events }, cmd, input);
    },
    readFile: (path) => readFile(resolve(path), 'utf8'),
    writeFile: (path, text) => writeFile(resolve(path), text, 'utf8'),
  };
  try {
    process.exitCode = await runProceduresCommand(command, args, io);
  } finally {
    await handle?.close();
  }
}
