import type { FastifyRequest } from 'fastify';

/**
 * The address printed in PDF links and QR codes (receipts, procedure sheets, documents).
 * Always the configured SHABAKA_PUBLIC_URL when there is one: a Host or X-Forwarded-Host
 * header is the client's to forge, and a receipt's QR code must not send a citizen to
 * the forger's site. Only a server that is not in production (development, the test
 * suites) may fall back to the host a request came to; production refuses to start
 * without the setting (config.ts).
 */
export interface PublicBase {
  /** The base URL (no trailing slash) for one request. */
  (req: FastifyRequest): string;
  /** True when it comes from the request: answers embedding it must not be cached publicly. */
  fromRequest: boolean;
}

export function publicBase(
  publicUrl: string | undefined,
  environment: 'development' | 'production' | 'test',
): PublicBase {
  if (publicUrl) {
    const fixed = publicUrl.replace(/\/+$/, '');
    return Object.assign(() => fixed, { fromRequest: false });
  }
  if (environment === 'production') {
    throw new Error(
      'A public URL is required in production (SHABAKA_PUBLIC_URL): links and QR codes must not follow the Host header.',
    );
  }
  return Object.assign((req: FastifyRequest) => `${req.protocol}://${req.host}`, { fromRequest: true });
}
