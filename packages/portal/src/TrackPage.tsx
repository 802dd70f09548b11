import { Alert } from '@shabaka/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { errorCode } from './errors';
import { Loaded, type LoadState } from './desk/List';
import './page.css';

/** A lookup by code: a malformed or unknown code is not asked again (the answer would not change). */
export const retryLookup = (count: number, error: unknown) =>
  count < 1 && !['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(error) ?? '');

/** The page's live announcement; a new code in the URL starts with a quiet region. */
export function useLiveMessage(code: string) {
  const [live, setLive] = useState('');
  useEffect(() => setLive(''), [code]);
  return [live, setLive] as const;
}

/**
 * A public tracking page (a complaint, an information request): back link, the code in the
 * heading, the live region, then the lookup — a malformed or unknown code says so and offers
 * the form again; a failed load offers a retry; the found case is the section's.
 */
export function TrackPage<T>({
  back,
  heading,
  code,
  typed,
  valid,
  live,
  query,
  malformed,
  notFound: notFoundText,
  describe,
  form,
  children,
}: {
  back: ReactNode;
  heading: ReactNode;
  /** The normalized code, shown in the heading. */
  code: string;
  /** What the address held, offered again when it is not a code. */
  typed: string;
  valid: boolean;
  live: string;
  query: LoadState<T>;
  malformed: ReactNode;
  notFound: ReactNode;
  /** The section's translation of a failed load. */
  describe: (error: unknown) => ReactNode;
  form: (initial: string) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const notFound = query.isError && errorCode(query.error) === 'NOT_FOUND';
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
        <Alert tone="error">{valid ? notFoundText : malformed}</Alert>
      ) : (
        <Loaded query={query} describe={describe}>
          {children}
        </Loaded>
      )}
      {/* A wrong code, or none found: the form again (with what was typed, when it was malformed). */}
      {(!valid || query.isError) && form(valid ? '' : typed)}
    </div>
  );
}
