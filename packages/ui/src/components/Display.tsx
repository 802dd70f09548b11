import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/provider';

export interface CardProps {
  title?: ReactNode;
  headingLevel?: 2 | 3;
  /** A short tag beside the title, e.g. "coming soon". */
  badge?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
}

/** A titled card is a labelled region (a <section> named by its heading). */
export function Card({ title, headingLevel = 2, badge, children, footer, className }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cls = ['shb-card', className].filter(Boolean).join(' ');
  const body = (
    <>
      {title && (
        <div className="shb-card-head">
          <Heading id={id} className="shb-card-title">
            {title}
          </Heading>
          {badge && <span className="shb-badge">{badge}</span>}
        </div>
      )}
      {children}
      {footer && <div className="shb-card-footer">{footer}</div>}
    </>
  );
  return title ? (
    <section className={cls} aria-labelledby={id}>
      {body}
    </section>
  ) : (
    <div className={cls}>{body}</div>
  );
}

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}

/** Errors interrupt (role=alert); everything else is announced politely (role=status). */
export function Alert({ tone = 'info', title, children, action }: AlertProps) {
  return (
    <div className={`shb-alert shb-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="shb-alert-title">{title}</p>}
      {children && <div>{children}</div>}
      {action && <div className="shb-alert-action">{action}</div>}
    </div>
  );
}

/** Loading indicator with visible text; the animation is decorative. */
export function Spinner({ label }: { label?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shb-loading" role="status">
      <span className="shb-spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="shb-empty">
      <p className="shb-empty-title">{title}</p>
      {children && <div>{children}</div>}
      {action && <div className="shb-empty-action">{action}</div>}
    </div>
  );
}

export interface StatProps {
  label: ReactNode;
  value: ReactNode;
  /** Small print under the value (source, date). */
  detail?: ReactNode;
}

/** Label first in reading order, value emphasised visually. */
export function Stat({ label, value, detail }: StatProps) {
  return (
    <div className="shb-stat">
      <span className="shb-stat-label">{label}</span>
      <span className="shb-stat-value">{value}</span>
      {detail && <span className="shb-stat-detail">{detail}</span>}
    </div>
  );
}
