import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInnerContext, documents, type AppDeps } from '@shabaka/api';
import { createTranslator, type Language, type TranslationKey } from '@shabaka/ui/i18n';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from './app';
import { ConfigError, type ServerConfig } from './config';
import { pageLanguage } from './language';
import { escape, renderKitPage } from './page';

/*
 * Signed documents over HTTP (docs/verify.md):
 *   GET  /verify[?code=]                 look a code up (a small form)
 *   GET  /verify/:code                   the public verification page, in ar/fr/es (?lang=)
 *   POST /verify/:code                   the same page, comparing an uploaded PDF (multipart
 *                                        field "pdf", or a raw application/pdf body)
 *   GET  /verify/:code.json              the signature record for offline verification
 *   GET  /documents/:code.pdf[?token=]   the signed PDF, for its holder only
 *   GET  /.well-known/shabaka-keys.json  every commune's public keys, retired ones included
 *
 * Who sees what: anyone with a code sees the issuer, date, type and status (and the
 * record's hashes and signature) — codes are sequential, so that is all a code buys.
 * The PDF and the canonical content (names, CIN, address) go to holders only: staff of
 * the issuing commune with documents:issue, the citizen account it was issued to, or
 * whoever has the download link (?token=, an HMAC the agent hands to the citizen).
 */

const SECRET_FILE = 'secret.key';

/**
 * The server secret: SHABAKA_SECRET, or else <dataDir>/secret.key, created with 32
 * random bytes (mode 0600) the first time a document is signed. Refused in production
 * on PostgreSQL, where processes on several machines must share one secret and the
 * database's backups must not find it on the same disk. Only the path is ever printed.
 */
export function signingSecretSource(
  config: Pick<ServerConfig, 'secret' | 'dataDir' | 'environment' | 'databaseUrl'>,
  warn: (message: string) => void = console.warn,
): () => string {
  if (config.secret) return config.secret;
  if (config.environment === 'production' && config.databaseUrl) {
    throw new ConfigError(
      'SHABAKA_SECRET is required in production with DATABASE_URL: it encrypts the communes’ signing keys and every server process needs the same one (generate it with: openssl rand -base64 32).',
    );
  }
  return () => readOrCreateSecretFile(config.dataDir, warn);
}

export function readOrCreateSecretFile(dataDir: string, warn: (message: string) => void = console.warn): string {
  const path = join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: never overwrite — a second process racing here reads the winner's file.
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    warn(
      `Document signing: generated a server secret in ${path} (mode 0600). Back it up apart from the database, or set SHABAKA_SECRET.`,
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if ((statSync(path).mode & 0o077) !== 0) {
    chmodSync(path, 0o600);
    warn(`Document signing: ${path} was readable by other users; its mode is now 0600.`);
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < documents.MIN_SECRET_LENGTH)
    throw new ConfigError(`${path} holds no usable secret (at least ${documents.MIN_SECRET_LENGTH} characters).`);
  return secret;
}

/** The same session as the API: a bearer token (SDK clients) or the browser's cookie. */
function tokenOf(req: FastifyRequest) {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

const codeParam = (raw: string) => raw.trim().toUpperCase().slice(0, 60);
const tokenQuery = z.object({ token: z.string().max(100).optional() });

/** The uploaded file of a browser form: the part named "pdf" of a multipart/form-data body. */
export function multipartFile(body: Buffer, contentType: string, field = 'pdf'): Buffer | null {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) return null;
  const boundary = Buffer.from(`--${(m[1] ?? m[2])!.trim()}`);
  let at = body.indexOf(boundary);
  while (at !== -1) {
    const headersStart = at + boundary.length + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd === -1) return null;
    const next = body.indexOf(boundary, headersEnd + 4);
    if (next === -1) return null;
    const headers = body.subarray(headersStart, headersEnd).toString('utf8');
    // The part's data ends with the CRLF that precedes the next boundary.
    if (new RegExp(`name="${field}"`, 'i').test(headers)) return body.subarray(headersEnd + 4, next - 2);
    at = next;
  }
  return null;
}

/** The verification page's own pieces; the rest is the kit's (page.ts). */
const STYLE = `.status h2{margin:0;font-size:1.3rem}
.verify-facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin-block:var(--space)}
.verify-facts dt{font-weight:600}.verify-facts dd{margin:0;overflow-wrap:anywhere}
.verify-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.verify-form .shb-field{margin:0;flex:1 1 14rem}
@media (max-width:30rem){.verify-facts{grid-template-columns:1fr}.verify-facts dd{margin-block-end:.4rem}}`;

/** A verdict's tone in the kit's alerts. */
const TONES: Record<documents.VerificationStatus, 'success' | 'warning' | 'error'> = {
  valid: 'success',
  revoked: 'warning',
  tampered: 'error',
  unknown: 'error',
};

const ICONS: Record<documents.VerificationStatus, string> = { valid: '✓', revoked: '⚠', tampered: '✗', unknown: '?' };

interface PageInput {
  lang: Language;
  code: string | null;
  verification: documents.Verification | null;
  message?: string | undefined;
}

function renderPage({ lang, code, verification: v, message }: PageInput) {
  const { t, formatDate } = createTranslator(lang);
  const here = code ? `/verify/${encodeURIComponent(code)}` : '/verify';
  const lookup = `<form class="verify-form" method="get" action="/verify">
<input type="hidden" name="lang" value="${lang}">
<div class="shb-field"><label class="shb-label" for="code">${escape(t('verify.lookup.label'))}</label>
<input id="code" name="code" class="shb-input shb-code" dir="ltr" required maxlength="40" autocomplete="off" spellcheck="false" placeholder="MDQ-DOC-2026-000007" aria-describedby="code-hint">
<span id="code-hint" class="shb-hint">${escape(t('verify.lookup.hint'))}</span></div>
<button class="shb-button shb-button--primary" type="submit">${escape(t('verify.lookup.submit'))}</button>
</form>`;

  let body = '';
  if (v) {
    const commune = v.issuer ? v.issuer.names[lang] : '';
    const explain =
      v.status === 'unknown'
        ? // Isolated (U+2068…U+2069, <bdi> in plain text): a Latin code keeps its order in Arabic.
          t('verify.explain.unknown', { code: `\u2068${v.code}\u2069` })
        : t(`verify.explain.${v.status}`, { commune });
    const file = v.file === 'not_checked' ? '' : `<p><strong>${escape(t(`verify.file.${v.file}`))}</strong></p>`;
    body += `<section class="status shb-alert shb-alert--${TONES[v.status]}" role="status">
<h2><span aria-hidden="true">${ICONS[v.status]}</span> ${escape(t(`verify.status.${v.status}`))}</h2>
<p>${escape(explain)}</p>${file}${message ? `<p>${escape(message)}</p>` : ''}
</section>`;
    if (v.status !== 'unknown' && v.issuer) {
      const row = (label: TranslationKey, value: string) => `<dt>${escape(t(label))}</dt><dd>${value}</dd>`;
      // <bdi>: a Latin code keeps its order inside an Arabic page.
      const code = (value: string) => `<bdi class="shb-code">${escape(value)}</bdi>`;
      body += `<div class="shb-card"><dl class="verify-facts">
${row('verify.field.code', code(v.code))}
${row('verify.field.issuer', escape(t('verify.issuer', { name: commune })))}
${row('verify.field.type', escape(t(`documentsGlossary.type.${v.type!}`)))}
${row('verify.field.issuedAt', escape(formatDate(v.issuedAt!, { dateStyle: 'long', timeStyle: 'short' })))}
${row('verify.field.key', code(v.keyId ?? ''))}
${v.revocation ? row('verify.field.revokedAt', escape(formatDate(v.revocation.at, { dateStyle: 'long', timeStyle: 'short' }))) : ''}
${v.revocation ? row('verify.field.reason', escape(v.revocation.reason)) : ''}
</dl></div>
<section class="shb-card">
<h2 class="shb-card-title">${escape(t('verify.compare.title'))}</h2>
<p>${escape(t('verify.compare.help'))}</p>
<form class="verify-form" method="post" action="${here}?lang=${lang}" enctype="multipart/form-data">
<div class="shb-field"><label class="shb-label" for="pdf">${escape(t('verify.compare.file'))}</label>
<input id="pdf" name="pdf" class="shb-input" type="file" accept="application/pdf,.pdf" required></div>
<button class="shb-button shb-button--secondary" type="submit">${escape(t('verify.compare.submit'))}</button>
</form>
</section>
<p class="shb-hint">${escape(t('verify.privacy'))}</p>
<p class="shb-hint">${escape(t(v.offline === 'holders' ? 'verify.offlineHolders' : 'verify.offline'))} <a href="${escape(documents.recordPath(v.code))}">${escape(t('verify.links.record'))}</a> · <a href="${documents.KEYS_PATH}">${escape(t('verify.links.keys'))}</a></p>`;
    }
    body += `<h2>${escape(t('verify.another'))}</h2>${lookup}`;
  } else {
    body += `<p>${escape(t('verify.intro'))}</p>${lookup}`;
  }

  return renderKitPage({
    lang,
    title: `${t('verify.title')}${code ? ` — ${code}` : ''}`,
    brand: t('verify.brand'),
    languageLabel: t('verify.language'),
    hrefIn: (l) => `${here}?lang=${l}`,
    robots: 'noindex',
    styles: STYLE,
    main: `<h1>${escape(t('verify.title'))}</h1>\n${body}`,
  });
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .send(html);
}

const statusCode = (v: { status: documents.VerificationStatus }) => (v.status === 'unknown' ? 404 : 200);

/** Signing (secret, public URL) comes with the process's dependencies (deps.ts), never read here. */
export const documentRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  // Uploaded copies to compare; parsers registered here apply to these routes only.
  const uploadLimit = documents.MAX_VERIFY_PDF_BYTES + 64 * 1024;
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: uploadLimit }, (_req, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: uploadLimit }, (_req, body, done) =>
    done(null, body),
  );

  const viewerOf = async (req: FastifyRequest) => {
    const { session } = await createInnerContext(deps, { token: tokenOf(req) });
    return session ? { userId: session.userId } : null;
  };

  app.get('/.well-known/shabaka-keys.json', async (_req, reply) => {
    const keys = await documents.publicKeys(deps.db);
    reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin');
    return {
      format: 'shabaka-keys/1',
      signedMessage: 'shabaka-document-v1\\n<hex SHA-256 of the canonical JSON>\\n<hex SHA-256 of the PDF>',
      keys: keys.map((k) => ({ ...k, validFrom: k.createdAt, validUntil: k.retiredAt })),
    };
  });

  app.get('/verify', async (req, reply) => {
    const lang = pageLanguage(req, reply);
    const asked = (req.query as { code?: unknown }).code;
    if (typeof asked === 'string' && asked.trim()) {
      return reply.redirect(`/verify/${encodeURIComponent(codeParam(asked))}?lang=${lang}`);
    }
    return sendPage(reply, 200, renderPage({ lang, code: null, verification: null }));
  });

  app.get('/verify/:code', async (req, reply) => {
    const raw = (req.params as { code: string }).code;
    if (/\.json$/i.test(raw)) {
      const q = tokenQuery.safeParse(req.query);
      const rec = await documents.record(
        deps,
        codeParam(raw.slice(0, -5)),
        await viewerOf(req),
        q.success ? q.data.token : undefined,
      );
      return reply
        .code(statusCode(rec))
        .header('cache-control', 'no-store')
        .header('access-control-allow-origin', '*')
        .header('vary', 'authorization, cookie')
        .send(rec);
    }
    const code = codeParam(raw);
    const v = await documents.verify(deps.db, code);
    return sendPage(reply, statusCode(v), renderPage({ lang: pageLanguage(req, reply), code, verification: v }));
  });

  app.post('/verify/:code', async (req, reply) => {
    const lang = pageLanguage(req, reply);
    const code = codeParam((req.params as { code: string }).code);
    const type = req.headers['content-type'] ?? '';
    const body = Buffer.isBuffer(req.body) ? req.body : null;
    const file = !body
      ? null
      : type.startsWith('multipart/form-data')
        ? multipartFile(body, type)
        : type.startsWith('application/pdf')
          ? body
          : null;
    const { t } = createTranslator(lang);
    if (!file || file.length === 0 || file.length > documents.MAX_VERIFY_PDF_BYTES) {
      const v = await documents.verify(deps.db, code);
      const message =
        file && file.length > 0
          ? t('verify.compare.tooLarge', { size: documents.MAX_VERIFY_PDF_BYTES / 1024 / 1024 })
          : t('verify.compare.missing');
      return sendPage(reply, v.status === 'unknown' ? 404 : 400, renderPage({ lang, code, verification: v, message }));
    }
    // Compared in memory and dropped: the upload is never stored.
    const v = await documents.verify(deps.db, code, file);
    return sendPage(reply, statusCode(v), renderPage({ lang, code, verification: v }));
  });

  app.get('/documents/:file', async (req, reply) => {
    const { t } = createTranslator(pageLanguage(req, reply));
    const raw = (req.params as { file: string }).file;
    const q = tokenQuery.safeParse(req.query);
    const text = (status: number, message: string) =>
      reply
        .code(status)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('vary', 'authorization, cookie')
        .send(message);
    if (!/\.pdf$/i.test(raw) || !q.success) return text(404, t('verify.pdf.unknown'));
    const result = await documents.pdfForViewer(deps, raw.slice(0, -4), await viewerOf(req), q.data.token);
    if (!result) return text(404, t('verify.pdf.unknown'));
    if (result === 'forbidden') return text(403, t('verify.pdf.forbidden'));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${result.code}.pdf"`)
      .header('cache-control', 'private, no-store')
      .header('vary', 'authorization, cookie')
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .send(result.pdf);
  });
};
