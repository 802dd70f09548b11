import { createShabakaClient } from '@shabaka/client';
import { createTranslator, mergeCatalogs, namespaces } from '@shabaka/ui/i18n';
import { describe, expect, it } from 'vitest';
import { safeNext } from '../src/auth';
import { initialsOf } from '../src/Emblem';
import { authSignInInput, authSignUpInput } from '@shabaka/api/schemas';
import { describeError, describeIssues, errorCode } from '../src/errors';
import { locate } from '../src/generic';
import { FIRST_LOAD_NAMESPACES } from '../src/messages';

/** A real tRPC client whose server always answers with `data` (superjson-encoded error). */
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

const messages = mergeCatalogs(...FIRST_LOAD_NAMESPACES.map((ns) => namespaces[ns]));
const fr = createTranslator('fr', messages);
const ar = createTranslator('ar', messages);

describe('describeError', () => {
  it('translates zod field errors per field, with a form-level sentence', async () => {
    const client = failingClient(400, {
      code: 'BAD_REQUEST',
      reason: 'invalid_input',
      fieldErrors: {
        email: ['Enter a valid email address'],
        password: ['Use at least 10 characters'],
        nickname: ['?'],
      },
    });
    const error = await errorOf(
      client.auth.signUp.mutate({ commune: 'tetouan', email: 'x', password: 'y', displayName: 'Zz', locale: 'fr' }),
    );
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(describeError(error, fr)).toEqual({
      message: 'Corrigez les champs signalés.',
      fields: {
        email: 'Saisissez une adresse e-mail valide.',
        password: 'Utilisez au moins 10 caractères, sans trop de répétitions.',
        nickname: 'Cette valeur n’est pas valide.', // no specific message: the generic one
      },
    });
  });

  it('translates a domain reason, on its field too', async () => {
    const client = failingClient(409, { code: 'CONFLICT', reason: 'email_taken', fieldErrors: { email: ['taken'] } });
    const error = await errorOf(
      client.auth.signUp.mutate({
        commune: 'tetouan',
        email: 'a@b.ma',
        password: 'long enough pass',
        displayName: 'Zz',
        locale: 'ar',
      }),
    );
    expect(describeError(error, ar).fields.email).toBe('يوجد حساب بهذا البريد الإلكتروني. سجّل الدخول بدلًا من ذلك.');
  });

  it('falls back from reason to code to a generic message', async () => {
    const wrong = await errorOf(
      failingClient(401, { code: 'UNAUTHORIZED', reason: 'wrong_credentials' }).auth.signIn.mutate({
        email: 'a@b.ma',
        password: 'x',
      }),
    );
    expect(describeError(wrong, fr).message).toBe('Adresse e-mail ou mot de passe incorrect.');
    const forbidden = await errorOf(
      failingClient(403, { code: 'FORBIDDEN', reason: 'something_new' }).staff.overview.query({ commune: 'tetouan' }),
    );
    expect(describeError(forbidden, fr).message).toBe('Vous n’avez pas l’autorisation de faire cela.');
    const odd = await errorOf(failingClient(500, { code: 'INTERNAL_SERVER_ERROR' }).auth.me.query());
    expect(describeError(odd, fr).message).toBe('Une erreur inattendue s’est produite. Réessayez.');
  });

  it('says the server is unreachable when no tRPC answer came back', async () => {
    const client = createShabakaClient({
      url: 'http://portal.test',
      batch: false,
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    const error = await errorOf(client.auth.me.query());
    expect(describeError(error, fr).message).toBe(
      'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
    );
  });
});

describe('the auth forms’ checks', () => {
  const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues ?? [];
  it('ask for an empty sign-in password, and state the rule of a new one at sign-up', () => {
    const signIn = describeIssues(issues(authSignInInput.safeParse({ email: 'a@b.ma', password: '' })), fr, {
      form: 'signIn',
    });
    expect(signIn.password).toBe(fr.t('portal.error.field.signIn.password'));
    const signUp = describeIssues(
      issues(authSignUpInput.safeParse({ email: 'a@b.ma', password: '', displayName: 'Nadia' })),
      ar,
    );
    expect(signUp.password).toBe(ar.t('portal.error.field.password'));
    expect(signIn.password).not.toBe(fr.t('portal.error.field.password'));
  });
});

describe('helpers', () => {
  it('makes emblem initials from the French name', () => {
    expect(initialsOf('Tétouan')).toBe('T');
    expect(initialsOf('Ksar El Kébir')).toBe('KK');
    expect(initialsOf("M'diq")).toBe('M');
  });

  it('follows only same-portal paths after sign-in', () => {
    expect(safeNext('next=/staff', '/account')).toBe('/staff');
    expect(safeNext('next=//evil.example', '/account')).toBe('/account');
    expect(safeNext('next=https://evil.example', '/account')).toBe('/account');
    expect(safeNext('', '/account')).toBe('/account');
  });

  it('finds the commune of the generic build in the path', () => {
    expect(locate('/larache/complaints')).toEqual({ slug: 'larache', base: '/larache' });
    expect(locate('/_portal/larache/')).toEqual({ slug: 'larache', base: '/_portal/larache' });
    expect(locate('/')).toEqual({ slug: '', base: '/' });
  });
});
