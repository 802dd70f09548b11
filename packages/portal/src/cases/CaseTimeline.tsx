import { Card, useI18n, type CardProps } from '@shabaka/ui';
import type { Key, ReactNode } from 'react';
import '../page.css';

export interface TimelineEvent {
  key?: Key;
  at: Date | string;
  /** What happened, already translated. */
  text: ReactNode;
  actorName?: string | null;
  /** A note written for the citizen: their words, their direction. */
  note?: string | null;
  /** Anything more under the entry (e.g. the staff's internal note). */
  extra?: ReactNode;
}

/**
 * A case's history, oldest first: when, what, who, and the note given with it. The
 * citizen's tracking pages and the staff's detail screens show it alike.
 */
export function CaseTimeline({
  title,
  headingLevel,
  events,
}: {
  title: ReactNode;
  headingLevel?: CardProps['headingLevel'];
  events: TimelineEvent[];
}) {
  const { formatDate } = useI18n();
  return (
    <Card title={title} headingLevel={headingLevel}>
      <ol className="cx-timeline">
        {events.map((e, i) => (
          <li key={e.key ?? i}>
            <p>
              <time dateTime={new Date(e.at).toISOString()}>
                {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              {' — '}
              <strong>{e.text}</strong>
              {e.actorName && <span> ({e.actorName})</span>}
            </p>
            {e.note && (
              <blockquote className="cx-note-text" dir="auto">
                {e.note}
              </blockquote>
            )}
            {e.extra}
          </li>
        ))}
      </ol>
    </Card>
  );
}
