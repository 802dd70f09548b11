import { Alert } from '@shabaka/ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { errorCode } from '../errors';
import { CodeAndSecret } from './CaseParts';
import { recallSecret, rememberCase, secretFromFragment, withSecret } from './owner';
import type { CaseSpec, OwnedCase } from './spec';

/**
 * `<section>/receipt/:code#s=<secret>` — where the browser lands after filing: the code, the
 * secret (copy buttons), the section's deadlines, the printable receipt. Everything comes from
 * the address (the secret in the fragment, never sent to the server's logs) and the API, so a
 * reload — or Android bringing the tab back from the dead — shows the same receipt.
 */
export function CaseReceipt<T extends OwnedCase>({
  spec,
  title,
  intro,
  lostTitle,
  malformed,
  notFound,
  back,
  keepCode,
  testIds,
  pdf,
  newTab,
  track,
  another,
  children,
}: {
  spec: CaseSpec<T>;
  title: string;
  intro?: ReactNode;
  /** The heading when the address holds no known code. */
  lostTitle: ReactNode;
  malformed: ReactNode;
  notFound: (code: string) => ReactNode;
  /** The way back to the section, under a lost code. */
  back: ReactNode;
  keepCode: ReactNode;
  testIds: { code: string; secret: string };
  pdf: ReactNode;
  newTab: ReactNode;
  track: ReactNode;
  /** The link to file another one. */
  another: ReactNode;
  /** The section's deadlines, once the case is loaded. */
  children: (data: T) => ReactNode;
}) {
  const { slug } = usePortal();
  const params = useParams<{ code: string }>();
  const code = spec.normalizeCode(decodeURIComponent(params.code ?? ''));
  const valid = spec.isCode(code);
  const [secret] = useState(() => secretFromFragment(window.location.hash) ?? recallSecret(spec.kind, code));
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (secret && valid) rememberCase({ kind: spec.kind, code, secret, commune: slug });
  }, [spec.kind, code, valid, secret, slug]);
  const tracked = spec.useTrack(code, secret, valid);

  // A mistyped or unknown code in the address: say so, and lead back to the section.
  if (!valid || (tracked.isError && errorCode(tracked.error) === 'NOT_FOUND')) {
    return (
      <div className="shb-stack">
        <h1 ref={heading} tabIndex={-1}>
          {lostTitle}
        </h1>
        <Alert tone="error">{valid ? notFound(code) : malformed}</Alert>
        <p>{back}</p>
      </div>
    );
  }

  return (
    <div className="shb-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p>{intro}</p>}
      <CodeAndSecret code={code} secret={secret} codeTestId={testIds.code} secretTestId={testIds.secret}>
        <p>{keepCode}</p>
      </CodeAndSecret>
      {tracked.data && children(tracked.data)}
      <div className="cx-row">
        <a
          className="shb-button shb-button--primary"
          href={spec.receiptPdfHref(code, secret)}
          target="_blank"
          rel="noopener"
        >
          {pdf}
          <span className="shb-sr-only"> {newTab}</span>
        </a>
        <Link className="shb-button shb-button--secondary" href={withSecret(spec.trackPath(code), secret)}>
          {track}
        </Link>
      </div>
      <p>{another}</p>
    </div>
  );
}
