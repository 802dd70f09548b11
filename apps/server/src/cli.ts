import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEventBus, runAdminCommand } from '@shabaka/api';
import { describe, sendAdminCommand } from './admin-socket';
import { backupTo, restoreFrom } from './backup';
import { MAIL_HELP, mailPreviewCli, PreviewError } from './cli-mail';
import { proceduresCli } from './cli-procedures';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { openDatabase } from './runtime';

const HELP = `Shabaka administration

  pnpm shabaka commune:add --slug <slug> --name-ar <..> --name-fr <..> --name-es <..>
                           --lat <deg> --lon <deg> --population <n> --source <text>
                           [--code-prefix <2-5 letters>]   (default: the slug's first 3 letters)
  pnpm shabaka commune:population --slug <slug> --population <n> --source <text>
                           (confirms a census figure, e.g. --source "RGPH 2024 (HCP)")
  pnpm shabaka user:add    --email <email> --name <name> [--password <pw>] [--role <role>]...
  pnpm shabaka user:grant  --email <email> --role <role>
  pnpm shabaka notifications:sms --slug <slug> [--quiet-hours <21:00-08:00|off>]
                           [--daily-cap <n|off>] [--segment-price <MAD|off>]
                           (a commune's SMS rules: quiet hours in Morocco's time, urgent notices
                           exempt; a daily cap on engagement SMS, legal notices always go; the
                           price of a segment, for the dashboard's cost counter)
  pnpm shabaka backup      --out <file.tar.gz>     (embedded database; PostgreSQL: pg_dump)
  pnpm shabaka restore     --file <file.tar.gz>    (server stopped; the old data is kept aside)
  pnpm shabaka procedures:export --commune <slug> [--out <file.csv>]
  pnpm shabaka procedures:import --commune <slug> --file <file.csv> [--json]
${MAIL_HELP}
                           (renders a notice with sample values; nothing is sent)

A role is network:network_admin, network:coordinator, or <commune>:<agent|department_head|moderator|commune_admin>.
Without --password, user:add prints a generated one. With a running server on the embedded
database the command goes through the server; otherwise it opens the database itself
(DATABASE_URL for PostgreSQL, SHABAKA_DATA_DIR for PGlite).`;

/** Turns command-line flags into the admin command's input (validated by its zod schema). */
function inputFor(command: string, v: Record<string, string | string[] | boolean | undefined>) {
  const num = (x: unknown) => (x === undefined ? undefined : Number(x));
  switch (command) {
    case 'commune:add':
      return {
        slug: v.slug,
        names: { ar: v['name-ar'], fr: v['name-fr'], es: v['name-es'] },
        lat: num(v.lat),
        lon: num(v.lon),
        population: num(v.population),
        populationSource: v.source,
        codePrefix: v['code-prefix'],
      };
    case 'commune:population':
      return { slug: v.slug, population: num(v.population), populationSource: v.source };
    case 'user:add':
      return { email: v.email, displayName: v.name, password: v.password, roles: v.role ?? [] };
    case 'user:grant':
      return { email: v.email, role: (v.role as string[] | undefined)?.[0] };
    case 'notifications:sms':
      return { slug: v.slug, quietHours: v['quiet-hours'], dailyCap: v['daily-cap'], segmentPrice: v['segment-price'] };
    default:
      return null;
  }
}

/** `--lon -6.15` would read as an unknown flag: bind a negative number to the option before it. */
function joinNegativeNumbers(args: string[]) {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (a.startsWith('--') && !a.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return;
  }
  if (command.startsWith('procedures:')) return proceduresCli(command, rest);
  if (command === 'mail:preview') return mailPreviewCli(rest);
  const { values } = parseArgs({
    args: joinNegativeNumbers(rest),
    options: {
      slug: { type: 'string' },
      'name-ar': { type: 'string' },
      'name-fr': { type: 'string' },
      'name-es': { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      population: { type: 'string' },
      source: { type: 'string' },
      'code-prefix': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', multiple: true },
      out: { type: 'string' },
      file: { type: 'string' },
      'quiet-hours': { type: 'string' },
      'daily-cap': { type: 'string' },
      'segment-price': { type: 'string' },
    },
  });
  if (command === 'backup' || command === 'restore') return backupCommand(command, values);
  const input = inputFor(command, values);
  if (!input) throw new Error(`Unknown command "${command}".\n\n${HELP}`);
  let generated: string | undefined;
  if (command === 'user:add' && !values.password) {
    generated = randomBytes(12).toString('base64url');
    (input as { password?: string }).password = generated;
  }

  const config = loadConfig();
  const viaServer = config.databaseUrl ? null : await sendAdminCommand(config.dataDir, command, input);
  let result: unknown;
  if (viaServer) {
    if (!viaServer.ok) throw new Error(viaServer.error);
    result = viaServer.result;
  } else {
    const handle = await openDatabase(config);
    try {
      result = await runAdminCommand({ db: handle.db, events: createEventBus() }, command, input);
    } finally {
      await handle.close();
    }
  }
  console.log(JSON.stringify(result, null, 2));
  if (generated) console.log(`Password (shown once): ${generated}`);
  if (command === 'commune:add') console.log(`Portal: /${(result as { slug: string }).slug}/ (no restart needed)`);
}

/** Backups go through the running server (it owns the embedded database) or open it directly. */
async function backupCommand(
  command: 'backup' | 'restore',
  values: { out?: string | undefined; file?: string | undefined },
) {
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('On PostgreSQL use pg_dump / pg_restore (docs/postgresql.md).');
  if (command === 'backup') {
    if (!values.out) throw new Error('--out: give the file to write, e.g. --out shabaka-backup.tar.gz');
    const out = resolve(values.out);
    const viaServer = await sendAdminCommand(config.dataDir, 'backup', { out });
    if (viaServer && !viaServer.ok) throw new Error(viaServer.error);
    const result = viaServer ? viaServer.result : await withDatabase(config, (handle) => backupTo(handle, out));
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (!values.file) throw new Error('--file: give the backup to restore');
  if (await sendAdminCommand(config.dataDir, 'ping', {})) throw new Error('Stop the server before restoring a backup.');
  console.log(JSON.stringify(await restoreFrom(config.dataDir, resolve(values.file)), null, 2));
}

async function withDatabase<T>(
  config: ServerConfig,
  fn: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
) {
  const handle = await openDatabase(config);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(
    err instanceof ConfigError || err instanceof PreviewError ? `${err.message}` : `Error: ${describe(err)}`,
  );
  process.exit(1);
});
