import type { FastifyServerOptions } from 'fastify';

/**
 * What the server logs, and what it never logs. Production logs warnings and errors —
 * every 500 with its cause — and no line per request; development also logs each request.
 * Never in a log: session tokens and cookies, passwords, receipt secrets (`?s=`), document
 * links (`?token=`), tRPC inputs in URLs (`input`, `connectionParams`: names, addresses,
 * descriptions), and the personal fields of any object logged.
 */
const SECRET_PARAMS = new Set(['s', 'token', 'input', 'connectionParams']);
const PERSONAL_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'secret',
  'email',
  'cin',
  'phone',
  'name',
  'displayName',
  'address',
  'description',
  'requesterName',
  'recipient',
];

/** A URL with the values of secret query parameters replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of new Set(params.keys())) if (SECRET_PARAMS.has(key)) params.set(key, '[redacted]');
  return `${url.slice(0, q)}?${params.toString()}`;
}

export function loggerOptions(
  environment: 'development' | 'production' | 'test',
): NonNullable<Exclude<FastifyServerOptions['logger'], boolean>> {
  return {
    level: environment === 'development' ? 'info' : 'warn',
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        // PostgreSQL puts the offending values in an error's detail ("Key (email)=(…)").
        'err.detail',
        'err.cause.detail',
        'input',
        ...PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`]),
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url) }),
    },
  };
}
