import { existsSync, unlinkSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { runAdminCommand, type EventBus } from '@shabaka/api';
import type { Db } from '@shabaka/db';

/**
 * Embedded PGlite belongs to one process, so while the server runs the CLI hands its
 * commands to it over a Unix socket in the data directory. Whoever can open the data
 * directory already owns the data: the socket's file permissions are the authority.
 */
export const adminSocketPath = (dataDir: string) => join(dataDir, 'admin.sock');

/** Commands only the running server can do (it owns the embedded database), e.g. a consistent backup. */
export type ServerCommands = Record<string, (input: Record<string, unknown>) => Promise<unknown>>;

export function startAdminSocket(
  dataDir: string,
  deps: { db: Db; events: EventBus },
  serverCommands: ServerCommands = {},
): Promise<Server> {
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) unlinkSync(path);
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    try {
      const { command, input } = JSON.parse(body) as { command: string; input: unknown };
      const own = serverCommands[command];
      const result = own ? await own(input as Record<string, unknown>) : await runAdminCommand(deps, command, input);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    } catch (err) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: describe(err) }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path }, () => resolve(server));
  });
}

export function describe(err: unknown): string {
  const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (issues) return issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n');
  return err instanceof Error ? err.message : String(err);
}

/** Sends a command to a running server; `null` when no server listens on the socket. */
export function sendAdminCommand(dataDir: string, command: string, input: unknown) {
  const path = adminSocketPath(dataDir);
  if (!existsSync(path)) return Promise.resolve(null);
  return new Promise<{ ok: boolean; result?: unknown; error?: string } | null>((resolve) => {
    const req = request({ socketPath: path, method: 'POST', path: '/' }, async (res) => {
      let body = '';
      for await (const chunk of res) body += chunk;
      resolve(JSON.parse(body));
    });
    req.on('error', () => resolve(null));
    req.end(JSON.stringify({ command, input }));
  });
}
