import { Alert, Spinner } from '@shabaka/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { errorCode } from '../errors';
import { Loaded } from '../desk/List';
import { useCasesI18n } from './CaseParts';
import { usePageSecret } from './owner';
import type { CaseSpec, OwnedCase } from './spec';
import '../page.css';

/** A lookup by code: a malformed or unknown code is not asked again (the answer would not change). */
export const retryLookup = (count: number, error: unknown) =>
  count < 1 && !['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(error) ?? '');

/** The page's live announcement; a new code in the URL starts with a quiet region. */
function useLiveMessage(code: string) {
  const [live, setLive] = useState('');
  useEffect(() => setLive(''), [code]);
  return [live, setLive] as const;
}

/** The page's owner proof, for the owner-only forms of a section. */
export interface CaseProof {
  /** The code of the address, normalized. */
  code: string;
  secret: string | undefined;
  /** A secret typed on the page worked (or was given for this page): the page adopts it. */
  setSecret: (secret: string) => void;
}

/**
 * A public tracking page (`/track/:code` of a section): back link, the code in the heading,
 * the live region, then the lookup — a malformed or unknown code says so and offers the form
 * again; a failed load offers a retry; the found case opens with whose it is (or why the
 * secret did not prove it), then the section's own parts.
 */
export function CaseTrackPage<T extends OwnedCase>({
  spec,
  title,
  back,
  heading,
  malformed,
  notFound: notFoundText,
  tooManyAttempts,
  describe,
  form,
  children,
}: {
  spec: CaseSpec<T>;
  /** The document's title for a code. */
  title: (code: string) => string;
  back: ReactNode;
  heading: ReactNode;
  malformed: ReactNode;
  notFound: (code: string) => ReactNode;
  tooManyAttempts: ReactNode;
  /** The section's translation of a failed load. */
  describe: (error: unknown) => ReactNode;
  form: (initial: string) => ReactNode;
  children: (data: T, proof: CaseProof) => ReactNode;
}) {
  const { t } = useCasesI18n();
  const params = useParams<{ code: string }>();
  const typed = params.code ?? '';
  const code = spec.normalizeCode(decodeURIComponent(typed));
  const valid = spec.isCode(code);
  const { slug } = usePortal();
  const [secret, setSecret] = usePageSecret(spec.kind, code, slug);
  const [live, setLive] = useLiveMessage(code);
  usePageTitle(title(code));
  const query = spec.useTrack(code, secret, valid);
  // Live: what the commune does shows (and is announced) without a reload.
  spec.useUpdates(code, valid, setLive);

  const notFound = query.isError && errorCode(query.error) === 'NOT_FOUND';
  // A code is found in whichever commune it belongs to: another commune's case opens in its own
  // portal (its header, its menu), at the same page with the same fragment (the secret).
  const elsewhere = query.data && query.data.commune !== slug ? query.data.commune : null;
  useEffect(() => {
    if (!elsewhere) return;
    const { pathname, search, hash } = window.location;
    window.location.replace(`${pathname.replace(/^\/[^/]+/, `/${elsewhere}`)}${search}${hash}`);
  }, [elsewhere]);
  if (elsewhere) return <Spinner />;
  return (
    <div className="shb-stack">
      <p>{back}</p>
      <h1>
        {heading}{' '}
        <bdi dir="ltr" className="cx-nowrap">
          {code}
        </bdi>
      </h1>
      <div role="status" aria-live="polite" className={live ? 'cx-live' : 'shb-sr-only'}>
        {live}
      </div>
      {!valid || notFound ? (
        <Alert tone="error">{valid ? notFoundText(code) : malformed}</Alert>
      ) : (
        <Loaded query={query} describe={describe}>
          {(c) => (
            <>
              {c.owner ? (
                <p className="cx-owner">{t('cases.owner.yours')}</p>
              ) : (
                c.secretError && (
                  <Alert tone="warning">
                    {c.secretError === 'wrong_secret' ? t('cases.owner.wrong') : tooManyAttempts}
                  </Alert>
                )
              )}
              {children(c, { code, secret, setSecret })}
            </>
          )}
        </Loaded>
      )}
      {/* A wrong code, or none found: the form again (with what was typed, when it was malformed). */}
      {(!valid || query.isError) && form(valid ? '' : typed)}
    </div>
  );
}
