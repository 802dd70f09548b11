import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { runAdminCommand } from '@shabaka/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAdminCommand, startAdminSocket } from '../src/admin-socket';
import { progressReporter, runProceduresCommand, type ProceduresCliIo } from '../src/cli-procedures';
import { useServer } from './server';

const s = useServer();
let dir: string;
let socket: Server;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shabaka-cli-'));
  socket = await startAdminSocket(dir, { db: s.handle.db, events: s.events });
});
afterAll(async () => {
  await new Promise<void>((r) => socket?.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI's input/output, captured: `viaSocket` goes through a running server's admin socket. */
function io(opts: { tty?: boolean; viaSocket?: boolean } = {}) {
  const out = { stdout: '', stderr: '' };
  const value: ProceduresCliIo = {
    stdout: { write: (c: string) => (out.stdout += c) },
    stderr: { write: (c: string) => (out.stderr += c), isTTY: opts.tty ?? false, columns: 100 },
    async send(command, input) {
      if (!opts.viaSocket) return runAdminCommand({ db: s.handle.db, events: s.events }, command, input);
      const r = await sendAdminCommand(dir, command, input);
      if (!r) throw new Error('no server');
      if (!r.ok) throw new Error(r.error);
      return r.result;
    },
    readFile: async (p) => {
      const f = files.get(p);
      if (f === undefined) throw new Error(`ENOENT: no such file ${p}`);
      return f;
    },
    writeFile: async (p, t) => void files.set(p, t),
  };
  return { io: value, out };
}

const HEADER = 'code,name_fr,fee_mad,processing_days,channels,electronic_delivery,office_ar,office_fr,office_es,hours';

describe('procedures CSV through the CLI', () => {
  it('exports a commune’s procedures to a file and to stdout', async () => {
    const a = io();
    expect(await runProceduresCommand('procedures:export', ['--commune', 'tetouan', '--out', 'tet.csv'], a.io)).toBe(0);
    const csv = files.get('tet.csv')!;
    expect(csv.split('\r\n')[0]).toMatch(/^code,name_fr,name_ar,fee_mad,/);
    expect(csv).toMatch(/\r\nresidence-certificate,Certificat de résidence,شهادة السكنى,5\.00,2,,,/);
    expect(a.out.stderr).toMatch(/^exported \d+ procedures of tetouan to tet\.csv/);
    const b = io({ viaSocket: true });
    expect(await runProceduresCommand('procedures:export', ['--commune', 'tetouan'], b.io)).toBe(0);
    expect(b.out.stdout).toBe(csv);
  });

  it('imports the good rows, reports each bad one by line and reason, and versions every imported row', async () => {
    files.set(
      'mixed.csv',
      [
        HEADER,
        'residence-certificate,Certificat de résidence,12.50,1,both,yes,"الشباك 1","Guichet 1, rez-de-chaussée","Ventanilla 1",mon-fri 08:00-16:00',
        'no-such-procedure,?,1,1,counter,no,,,,',
        'birth-full-copy,Copie intégrale,abc,0,counter,,,,,',
        'certified-copy,Copie conforme,"1,50",0,fax,,,,,',
        'signature-legalisation,Légalisation,2,0,counter',
        // A quoted field spanning two lines: the next record starts two lines further down.
        'business-licence,"Autorisation\nd\'exercer",150,10,both,no,,,,',
        'administrative-certificate,Certificat administratif,,5,,,,,,someday 9-10',
        'residence-certificate,again,1,1,counter,,,,,',
        'building-permit,Permis,,,,,"مكتب",,,',
        'utility-connection,Branchement,-5,1,counter,,,,,',
      ].join('\r\n'),
    );
    const run = io();
    expect(
      await runProceduresCommand('procedures:import', ['--commune', 'tetouan', '--file', 'mixed.csv'], run.io),
    ).toBe(0);
    const lines = run.out.stdout.trim().split('\n');
    expect(lines).toEqual([
      'line 3 (no-such-procedure): unknown procedure code "no-such-procedure"',
      'line 4 (birth-full-copy): fee_mad: "abc" is not an amount in MAD (e.g. 12.50)',
      'line 5 (certified-copy): channels: "fax" is not one of counter, online, both',
      'line 6 (signature-legalisation): expected 10 fields, found 5',
      'line 9 (administrative-certificate): hours: "someday 9-10" should look like "mon-fri 08:30-16:30"',
      'line 10 (residence-certificate): code "residence-certificate" is already given on line 2',
      'line 11 (building-permit): office: give office_ar, office_fr and office_es (or leave all three empty)',
      'line 12 (utility-connection): fee_mad: "-5" is not an amount in MAD (e.g. 12.50)',
      'imported 2, rejected 8, unchanged 0',
    ]);
    // A plain progress line when stderr is not a terminal.
    expect(run.out.stderr).toMatch(/^procedures:import tetouan: 10\/10 rows\n$/);

    const residence = await s.handle.db
      .selectFrom('procedureOverrides')
      .innerJoin('communes', 'communes.id', 'procedureOverrides.communeId')
      .select([
        'feeMad',
        'processingDays',
        'channels',
        'electronicDelivery',
        'office',
        'hours',
        'procedureOverrides.version',
      ])
      .where('communes.slug', '=', 'tetouan')
      .where('procedureCode', '=', 'residence-certificate')
      .executeTakeFirstOrThrow();
    expect(residence).toMatchObject({
      feeMad: 12.5,
      processingDays: 1,
      channels: 'both',
      electronicDelivery: true,
      version: 2,
    });
    expect(residence.office).toEqual({ ar: 'الشباك 1', fr: 'Guichet 1, rez-de-chaussée', es: 'Ventanilla 1' });
    expect(residence.hours).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }]);
    const versions = await s.handle.db
      .selectFrom('procedureOverrideVersions')
      .innerJoin('communes', 'communes.id', 'procedureOverrideVersions.communeId')
      .select(['procedureCode', 'source', 'before', 'after'])
      .where('communes.slug', '=', 'tetouan')
      .where('source', '=', 'import')
      .execute();
    expect(versions.map((v) => v.procedureCode).sort()).toEqual(['business-licence', 'residence-certificate']);
    expect(versions.find((v) => v.procedureCode === 'residence-certificate')!.before).toMatchObject({ feeMad: 5 });
    // Nothing of the rejected rows went in.
    const birth = await s.handle.db
      .selectFrom('procedureOverrides')
      .innerJoin('communes', 'communes.id', 'procedureOverrides.communeId')
      .select('procedureCode')
      .where('communes.slug', '=', 'tetouan')
      .where('procedureCode', 'in', [
        'birth-full-copy',
        'certified-copy',
        'signature-legalisation',
        'utility-connection',
      ])
      .execute();
    expect(birth).toEqual([]);
  });

  it('sends a large file in batches through the running server, with a progress bar on a terminal', async () => {
    const exported = (await runAdminCommand({ db: s.handle.db, events: s.events }, 'procedures:export', {
      commune: 'asilah',
    })) as { csv: string };
    const header = exported.csv.split('\r\n')[0]!;
    const codes = exported.csv
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0]!);
    // Every procedure twice over (the second time each one is a duplicate), then one with a bad column count.
    const emptyCells = ','.repeat(header.split(',').length - 6);
    const rows = codes.map((c, i) => `${c},,,${i}.25,${i % 5},counter${emptyCells}`);
    const body = [...rows, ...rows, rows[0]!.slice(0, -3)].join('\n');
    files.set('big.csv', `${header}\n${body}\n`);
    const run = io({ viaSocket: true, tty: true });
    expect(
      await runProceduresCommand('procedures:import', ['--commune', 'asilah', '--file', 'big.csv', '--json'], run.io),
    ).toBe(0);
    const report = JSON.parse(run.out.stdout) as {
      total: number;
      imported: number;
      unchanged: number;
      rejected: { line: number; reason: string }[];
    };
    expect(report.total).toBe(codes.length * 2 + 1);
    expect(report.imported + report.unchanged).toBe(codes.length);
    expect(report.rejected).toHaveLength(codes.length + 1);
    expect(report.rejected[0]).toMatchObject({
      line: codes.length + 2,
      reason: `code "${codes[0]}" is already given on line 2`,
    });
    expect(report.rejected.at(-1)).toMatchObject({
      line: 2 * codes.length + 2,
      reason: expect.stringMatching(/^expected \d+ fields, found \d+$/),
    });
    // The bar is redrawn in place (\r) once per batch and ends with a newline.
    const frames = run.out.stderr.split('\r').filter(Boolean);
    expect(frames.length).toBe(Math.ceil(report.total / 25));
    expect(frames.at(-1)).toMatch(/\[█+\] 100% \d+\/\d+\n$/);
    const compare = (
      await s.app.inject({
        method: 'GET',
        url: '/trpc/procedures.compare?input=' + encodeURIComponent(JSON.stringify({ json: { code: codes[1] } })),
      })
    ).json() as {
      result: { data: { json: { communes: { commune: string; feeMad: number }[] } } };
    };
    expect(compare.result.data.json.communes.find((c) => c.commune === 'asilah')!.feeMad).toBe(1.25);
  });

  it('refuses a file whose header it cannot read, naming the column, and an unknown commune', async () => {
    files.set('bad-header.csv', 'code,price\r\nresidence-certificate,3\r\n');
    const run = io();
    expect(
      await runProceduresCommand('procedures:import', ['--commune', 'tetouan', '--file', 'bad-header.csv'], run.io),
    ).toBe(1);
    expect(run.out.stderr).toMatch(/Unknown column\(s\) in the header \(line 1\): price/);
    const unknown = io();
    expect(await runProceduresCommand('procedures:export', ['--commune', 'atlantis'], unknown.io)).toBe(1);
    expect(unknown.out.stderr).toMatch(/Unknown commune "atlantis"/);
    const missing = io();
    expect(await runProceduresCommand('procedures:import', ['--commune', 'tetouan'], missing.io)).toBe(1);
    expect(missing.out.stderr).toMatch(/--file/);
    const noFile = io();
    expect(
      await runProceduresCommand('procedures:import', ['--commune', 'tetouan', '--file', 'nope.csv'], noFile.io),
    ).toBe(1);
    expect(noFile.out.stderr).toMatch(/ENOENT/);
  });

  it('prints one plain line per tenth when not on a terminal', () => {
    let text = '';
    const p = progressReporter({ write: (c: string) => (text += c), isTTY: false }, 'import');
    for (let i = 1; i <= 100; i++) p.update(i, 100);
    p.finish();
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toBe('import: 100/100 rows');
    expect(text).not.toMatch(/\r/);
  });
});

describe('procedure sheets over HTTP', () => {
  it('serves GET /procedures/:commune/:code/sheet.pdf as a PDF, 404 otherwise', async () => {
    const res = await fetch(`${s.url}/procedures/tetouan/residence-certificate/sheet.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/tetouan-residence-certificate\.pdf/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await fetch(`${s.url}/procedures/tetouan/no-such-procedure/sheet.pdf`)).status).toBe(404);
    expect((await fetch(`${s.url}/procedures/atlantis/residence-certificate/sheet.pdf`)).status).toBe(404);
  });
});
