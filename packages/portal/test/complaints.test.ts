import { looksLikeImage } from '../src/complaints/photos';
import { createShabakaClient } from '@shabaka/client';
import { describe, expect, it } from 'vitest';
import { describeError } from '../src/errors';
import { createTranslator, mergeCatalogs, namespaces, type TranslationKey } from '@shabaka/ui/i18n';
import {
  deviceId,
  DEVICE_STORAGE_KEY,
  fieldSlot,
  isCode,
  normalizeCode,
  photoNumber,
  randomId,
  stageSteps,
  submitErrors,
  type Draft,
} from '../src/complaints/model';
import { validateDraft } from '../src/complaints/validate';
import { ENCODINGS, fitWithin, MAX_PHOTO_BYTES, MAX_SIDE } from '../src/complaints/photos';

function failingClient(status: number, data: Record<string, unknown>) {
  const fetch = async () =>
    new Response(JSON.stringify({ error: { json: { message: 'English text', code: -32600, data } } }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  return createShabakaClient({ url: 'http://portal.test', fetch, batch: false });
}

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

// The catalogs the complaints screens read: first load + their own namespaces.
const { common, portal, complaints, cases } = namespaces;
const catalog = mergeCatalogs(common, portal, complaints, cases);
const complaintsTranslator = (lang: 'ar' | 'fr' | 'es') => createTranslator(lang, catalog);
const fr = complaintsTranslator('fr');
const ar = complaintsTranslator('ar');
const es = complaintsTranslator('es');

const draft = (over: Partial<Draft> = {}): Draft => ({
  kind: 'complaint',
  categoryId: '0196a1b2-0000-7000-8000-000000000001',
  description: 'Un nid-de-poule profond devant l’école.',
  location: { lat: 35.57, lon: -5.37 },
  address: '',
  photos: 0,
  contact: { name: '', phone: '', email: '' },
  replyChannel: 'portal',
  ...over,
});

describe('tracking codes', () => {
  it('accepts what people type or paste', () => {
    expect(normalizeCode(' tet-2026-000081 ')).toBe('TET-2026-000081');
    expect(normalizeCode('TET–2026–000081.')).toBe('TET-2026-000081');
    expect(isCode('TET-2026-000081')).toBe(true);
    expect(isCode('TET-26-81')).toBe(false);
  });

  it('fills in missing leading zeros and reads spaces as separators, as the API does', () => {
    expect(normalizeCode('tet 2026 81')).toBe('TET-2026-000081');
    expect(normalizeCode('TET-2026-81')).toBe('TET-2026-000081');
    expect(normalizeCode('tet-2026-000081')).toBe('TET-2026-000081');
    expect(normalizeCode('tet 2026 1234567')).toBe('TET20261234567');
    expect(isCode(normalizeCode('tet 2026 1234567'))).toBe(false);
  });
});

describe('owner-proof errors', () => {
  it('tells each refusal apart, in every language', async () => {
    for (const reason of ['owner_proof_required', 'wrong_secret', 'too_many_attempts']) {
      const client = failingClient(reason === 'too_many_attempts' ? 429 : 403, {
        code: reason === 'too_many_attempts' ? 'TOO_MANY_REQUESTS' : 'FORBIDDEN',
        httpStatus: 403,
        reason,
      });
      const error = await errorOf(
        client.complaints.reopen.mutate({ code: 'TET-2026-000081', reason: 'Toujours pas réparé.' }),
      );
      for (const tr of [fr, ar, es]) {
        expect(describeError(error, tr, { section: 'complaints' }).message).toBe(
          tr.t(`complaints.error.reason.${reason}` as TranslationKey),
        );
      }
    }
  });
});

describe('stage stepper', () => {
  it('shows the road to resolution while open', () => {
    expect(stageSteps('processing')).toEqual([
      { stage: 'received', state: 'done' },
      { stage: 'processing', state: 'current' },
      { stage: 'final', state: 'upcoming' },
      { stage: 'resolved', state: 'upcoming' },
    ]);
  });
  it('shows the stages gone through, then how it ended', () => {
    expect(stageSteps('rejected', ['received', 'processing', 'rejected'])).toEqual([
      { stage: 'received', state: 'done' },
      { stage: 'processing', state: 'done' },
      { stage: 'rejected', state: 'current' },
    ]);
    expect(stageSteps('duplicate', [null, 'duplicate']).map((s) => s.stage)).toEqual(['received', 'duplicate']);
  });
});

describe('submit form checks', () => {
  it('passes a complete draft', () => {
    expect(validateDraft(draft())).toEqual({});
  });
  it('needs a category, a long enough description and a place (point or address)', () => {
    const errors = validateDraft(draft({ categoryId: '', description: 'court', location: null }));
    expect(Object.keys(errors).sort()).toEqual(['categoryId', 'description', 'location']);
    expect(validateDraft(draft({ location: null, address: 'Avenue Mohammed V' }))).toEqual({});
  });
  it('needs the contact detail of the reply channel', () => {
    expect(validateDraft(draft({ replyChannel: 'email' }))).toEqual({
      'contact.email': 'complaints.error.contactRequired.email',
    });
    expect(validateDraft(draft({ replyChannel: 'sms' }))).toEqual({
      'contact.phone': 'complaints.error.contactRequired.phone',
    });
    expect(
      validateDraft(draft({ replyChannel: 'phone', contact: { name: '', phone: '+212 6 12 34 56 78', email: '' } })),
    ).toEqual({});
    expect(validateDraft(draft({ contact: { name: '', phone: 'abc', email: 'x@' } }))).toEqual({
      'contact.phone': 'complaints.error.field.contact.phone',
      'contact.email': 'complaints.error.field.contact.email',
    });
  });
  it('has a message for every key it can return, in every language', () => {
    const keys = [
      ...Object.values(
        validateDraft(draft({ categoryId: '', description: 'x', location: null, photos: 4, replyChannel: 'email' })),
      ),
      ...Object.values(
        validateDraft(draft({ replyChannel: 'sms', description: 'x'.repeat(4001), address: 'y'.repeat(301) })),
      ),
      ...Object.values(validateDraft(draft({ contact: { name: '', phone: '?', email: '?' } }))),
    ];
    for (const t of [ar, fr, es]) expect(keys.filter((k) => !t.has(k))).toEqual([]);
  });
});

describe('server field errors', () => {
  it('land in the form slot that shows them', () => {
    expect(fieldSlot('photos.1.dataBase64', 'portal')).toBe('photos');
    expect(fieldSlot('contact', 'email')).toBe('contact.email');
    expect(fieldSlot('contact', 'sms')).toBe('contact.phone');
    expect(fieldSlot('description', 'portal')).toBe('description');
    expect(photoNumber('photos.1')).toBe(2);
    expect(photoNumber('description')).toBeNull();
  });

  it('are translated by the complaints catalog, per field', async () => {
    const client = failingClient(400, {
      code: 'BAD_REQUEST',
      reason: 'invalid_input',
      fieldErrors: {
        description: ['Describe the problem in at least 10 characters'],
        contact: ['Give the contact detail'],
      },
    });
    const error = await errorOf(client.auth.me.query());
    expect(submitErrors(error, fr, 'email')).toEqual({
      message: 'Corrigez les champs signalés.',
      fields: {
        description: 'Décrivez le problème en au moins 10 caractères.',
        'contact.email': 'Pour une réponse par e-mail, indiquez votre adresse e-mail.',
      },
    });
  });

  it('use the domain reason, numbered by photo', async () => {
    const client = failingClient(400, {
      code: 'BAD_REQUEST',
      reason: 'not_an_image',
      fieldErrors: { 'photos.1': ['This file is not a photo'] },
    });
    const error = await errorOf(client.auth.me.query());
    expect(submitErrors(error, es, 'portal').fields).toEqual({
      photos: 'Foto 2: Este archivo no es una foto (JPEG, PNG, WebP o HEIC).',
    });
  });

  it('give a field without a translation the generic text, never the server’s English', async () => {
    const client = failingClient(400, {
      code: 'BAD_REQUEST',
      reason: 'invalid_input',
      fieldErrors: { idempotencyKey: ['Bad key'] },
    });
    const error = await errorOf(client.auth.me.query());
    expect(submitErrors(error, ar, 'portal').fields).toEqual({ idempotencyKey: ar.t('portal.error.field.generic') });
  });

  it('translate a reason without a field, and an unknown code', async () => {
    const conflict = await errorOf(failingClient(409, { code: 'CONFLICT', reason: 'cannot_reopen' }).auth.me.query());
    expect(describeError(conflict, fr, { section: 'complaints' }).message).toMatch(/ne peut pas être rouverte/);
    const missing = await errorOf(failingClient(404, { code: 'NOT_FOUND', reason: 'unknown_code' }).auth.me.query());
    expect(describeError(missing, ar, { section: 'complaints' }).message).toBe('لا توجد شكاية بهذا الرمز.');
  });

  it('says when the request was too large for the server', async () => {
    const fetch = async () =>
      new Response(
        JSON.stringify({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' }),
        {
          status: 413,
          headers: { 'content-type': 'application/json' },
        },
      );
    const client = createShabakaClient({ url: 'http://portal.test', fetch, batch: false });
    const error = await errorOf(client.auth.me.query());
    expect(describeError(error, fr, { section: 'complaints' }).message).toBe(fr.t('complaints.error.tooLarge'));
  });
});

describe('photos', () => {
  it('never enlarge and keep the ratio', () => {
    expect(fitWithin(4000, 3000, MAX_SIDE)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, MAX_SIDE)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, MAX_SIDE)).toEqual({ width: 800, height: 600 });
  });
  it('fit three well under the server’s 48 MB tRPC body once base64-encoded', () => {
    expect(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) * 3).toBeLessThan(4_000_000);
    expect(ENCODINGS[0]).toEqual({ side: 1600, quality: 0.82 });
  });
});

describe('ids', () => {
  it('makes an idempotency key and a device id the API accepts', () => {
    expect(randomId()).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const id = deviceId(storage);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(store.get(DEVICE_STORAGE_KEY)).toBe(id);
    expect(deviceId(storage)).toBe(id);
  });
});

describe('looksLikeImage: a photo is what its bytes say, not its name', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
  it('knows the formats the server decodes', () => {
    expect(looksLikeImage(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(looksLikeImage(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBe(true);
    expect(looksLikeImage(bytes('GIF89a'))).toBe(true);
    expect(looksLikeImage(bytes('RIFF', [1, 2, 3, 4], 'WEBP'))).toBe(true);
    expect(looksLikeImage(bytes([0, 0, 0, 24], 'ftypheic'))).toBe(true);
  });
  it('refuses a text file renamed .jpg, and an empty one', () => {
    expect(looksLikeImage(bytes('hello, this is'))).toBe(false);
    expect(looksLikeImage(new Uint8Array())).toBe(false);
  });
});
