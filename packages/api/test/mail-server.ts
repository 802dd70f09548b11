import { createServer as createNetServer } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A port nothing listens on yet (an SMTP server "down", started on it later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real SMTP server for tests (smtp-server): keeps every message that arrives, parsed by
 * mailparser, and answers DATA with a queue id as a provider does.
 */
export async function startMailServer(port = 0) {
  const received: (ParsedMail & { envelopeTo: string[] })[] = [];
  let queued = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push({ ...mail, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
          callback(null, `OK: queued as Q${++queued}`);
        }, callback);
      });
    },
  });
  // A client that goes away mid-session resets its connection (the crash test kills the server
  // holding pooled connections): expected here, not an error of the test.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.server.address() as { port: number };
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Parses a whole message (an `.eml` file written by the development mail driver) as the test server does. */
export const parseMail = (raw: Buffer): Promise<ParsedMail> => simpleParser(raw);
