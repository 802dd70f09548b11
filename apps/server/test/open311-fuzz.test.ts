import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer();

const PARAMS = [
  'jurisdiction_id',
  'api_key',
  'service_code',
  'lat',
  'long',
  'address_string',
  'description',
  'email',
  'phone',
  'first_name',
  'last_name',
  'device_id',
  'media_url',
  'attribute[kind]',
  'start_date',
  'end_date',
  'status',
  'service_request_id',
  'locale',
];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'tetouan',
    'asilah',
    'lighting',
    '35.57',
    '-5.37',
    '999',
    'NaN',
    '2026-02-30',
    '2026-01-01T00:00:00Z',
    'open',
    'closed',
    "' or 1=1 --",
    '<x>',
    '\u0000',
    'x'.repeat(5000),
    'TET-2026-000001,TET-2026-000002',
  ),
);
const form = fc.dictionary(fc.constantFrom(...PARAMS), value, { maxKeys: 10 });

describe('Open311 under hostile parameters', () => {
  it('answers with the spec’s statuses, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        form,
        fc.constantFrom('json', 'xml', 'csv'),
        fc.constantFrom(
          'requests',
          'services',
          'requests/TET-2026-000001',
          'tokens/abc',
          'services/lighting',
          'discovery',
        ),
        async (params, fmt, path) => {
          const body = new URLSearchParams(params).toString();
          const post = await fetch(`${s.url}/open311/v2/requests.${fmt}`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body,
          });
          expect([200, 201, 400, 403, 404]).toContain(post.status);
          const get = await fetch(`${s.url}/open311/v2/${path}.${fmt}?${body}`);
          expect([200, 400, 403, 404]).toContain(get.status);
        },
      ),
      { numRuns: 120, seed: 311 },
    );
  }, 120_000);
});
