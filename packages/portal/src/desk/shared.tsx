import type { ComponentProps } from 'react';
import { TextAreaField as SharedTextAreaField } from '@shabaka/ui';
import type { RouterOutputs } from '@shabaka/client';
import { MAIN_ID } from '@shabaka/ui';
import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useDesk } from './i18n';

export type Detail = RouterOutputs['complaints']['detail'];
export type Stage = Detail['stage'];
export type Channel = Detail['channel'];
export type ReplyChannel = Detail['replyChannel'];
export type Kind = Detail['kind'];
export type QueueItem = RouterOutputs['complaints']['queue']['items'][number];

export { oneOf } from '../cases/spec';

/**
 * Where the printable receipt of a complaint is served (site root, with the session cookie);
 * with the secret (only known right after registering) the receipt prints it for the citizen.
 */
export const receiptHref = (code: string, secret?: string | null) =>
  `/receipts/${encodeURIComponent(code)}.pdf${secret ? `?s=${encodeURIComponent(secret)}` : ''}`;

/**
 * Midnight in Morocco (Africa/Casablanca) at the start of `ymd` (YYYY-MM-DD) plus `days`:
 * the queue's date filters mean Moroccan days whatever the device's zone is.
 */
export function moroccoMidnight(ymd: string, days = 0): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  if (Number.isNaN(utc)) return undefined;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Africa/Casablanca',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(utc - (shown - utc));
}

/**
 * A screen's heading. After a client-side navigation the shell focuses <main>; the
 * heading then takes the focus, so a screen reader starts at the new screen's name.
 * On a fresh page load nothing is moved.
 */
export function ScreenHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (document.activeElement?.id === MAIN_ID) ref.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="desk-heading">
      {children}
    </h2>
  );
}

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useDesk();
  return <span className={`desk-stage desk-stage--${stage}`}>{t(`complaintsGlossary.stage.${stage}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useDesk();
  return <span className="desk-badge desk-badge--overdue">{t('desk.overdue')}</span>;
}

/** The shared textarea, with the desk's sizing. */
export const TextAreaField = ({ className, ...props }: ComponentProps<typeof SharedTextAreaField>) => (
  <SharedTextAreaField {...props} className={['desk-textarea', className].filter(Boolean).join(' ')} />
);

/** A checkbox with its label after it (the usual reading order for a check). */
export function CheckField({
  label,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> & { label: ReactNode }) {
  const id = useId();
  return (
    <div className="desk-check">
      <input {...rest} id={id} type="checkbox" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A term and its value in a <dl>; nothing when there is no value. */
export function Entry({ term, children }: { term: ReactNode; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="desk-entry">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface NavItem {
  href: string;
  label: string;
  active: boolean;
}

/** A row of links (the desk's tabs, a section's own tabs); the current one is marked with aria-current. */
export function LinkNav({ label, className, items }: { label: string; className: string; items: NavItem[] }) {
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.active ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
