import { useI18n } from '@shabaka/ui';
import { useId } from 'react';

type Day = { day: string; received: number; closed: number };

const DAYS = 30;
const DAY_MS = 86_400_000;

/** Today in Morocco as YYYY-MM-DD (the API counts days in Africa/Casablanca). */
function today() {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Africa/Casablanca',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** The last 30 days, oldest first, with zeros for days without any complaint (the API lists only busy days). */
export function lastDays(trend: Day[], n = DAYS): Day[] {
  const latest = trend.at(-1)?.day;
  const now = today();
  const end = latest && latest > now ? latest : now;
  const endMs = Date.parse(`${end}T12:00:00Z`);
  const byDay = new Map(trend.map((d) => [d.day, d]));
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(endMs - (n - 1 - i) * DAY_MS).toISOString().slice(0, 10);
    const d = byDay.get(day);
    return { day, received: d?.received ?? 0, closed: d?.closed ?? 0 };
  });
}

/** Noon UTC: the same calendar day in Morocco's zone, whatever the offset. */
const asDate = (day: string) => `${day}T12:00:00Z`;

const WIDTH = 300;
const HEIGHT = 80;
const SLOT = WIDTH / DAYS;
const BAR = SLOT * 0.4;

/**
 * Received vs closed per day over 30 days: paired bars in an inline SVG (title and description
 * for screen readers, a visually hidden table with every value). Time runs in the reading
 * direction: the x axis is mirrored in Arabic, so the latest day sits at the inline end.
 */
export function TrendChart({ commune, trend }: { commune: string; trend: Day[] }) {
  const { t, dir, formatDate, formatNumber } = useI18n();
  const titleId = useId();
  const descId = useId();
  const days = lastDays(trend);
  const first = days[0]!;
  const last = days[days.length - 1]!;

  const rtl = dir === 'rtl';
  const max = Math.max(1, ...days.map((d) => Math.max(d.received, d.closed)));
  const height = (v: number) => (v === 0 ? 0 : Math.max(1.5, (v / max) * (HEIGHT - 2)));
  // Slot i from the inline start: left in ltr, right in rtl.
  const slotX = (i: number) => (rtl ? DAYS - 1 - i : i) * SLOT;
  // Within a day, "received" comes first in reading order too.
  const receivedX = (i: number) => slotX(i) + (rtl ? SLOT / 2 : SLOT / 2 - BAR);
  const closedX = (i: number) => slotX(i) + (rtl ? SLOT / 2 - BAR : SLOT / 2);

  const short = (day: string) => formatDate(asDate(day), { day: 'numeric', month: 'short' });
  const long = (day: string) => formatDate(asDate(day), { day: 'numeric', month: 'long' });
  const total = (key: 'received' | 'closed') => days.reduce((s, d) => s + d[key], 0);
  const peak = days.reduce((best, d) => (d.received > best.received ? d : best), first);
  const desc = [
    t('dashboard.complaints.trend.desc', {
      start: long(first.day),
      end: long(last.day),
      received: total('received'),
      closed: total('closed'),
    }),
    peak.received > 0 ? t('dashboard.complaints.trend.peak', { date: long(peak.day), count: peak.received }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="dash-cx-block">
      <h4>{t('dashboard.complaints.trend.heading')}</h4>
      <ul className="dash-legend" aria-hidden="true">
        <li>
          <span className="dash-key dash-trend--received" />
          {t('dashboard.complaints.trend.received')}
        </li>
        <li>
          <span className="dash-key dash-trend--closed" />
          {t('dashboard.complaints.trend.closed')}
        </li>
        <li className="dash-muted">{t('dashboard.complaints.trend.max', { count: max })}</li>
      </ul>
      <svg
        className="dash-trend"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <title id={titleId}>{t('dashboard.complaints.trend.title', { commune })}</title>
        <desc id={descId}>{desc}</desc>
        <line className="dash-trend-max" x1={0} x2={WIDTH} y1={HEIGHT - height(max)} y2={HEIGHT - height(max)} />
        {days.map((d, i) => (
          <g key={d.day}>
            {/* A tooltip per day for pointer users; the hidden table below carries the same values. */}
            <title>
              {t('dashboard.complaints.trend.dayTip', { date: long(d.day), received: d.received, closed: d.closed })}
            </title>
            <rect className="dash-trend-slot" x={slotX(i)} y={0} width={SLOT} height={HEIGHT} />
            {d.received > 0 && (
              <rect
                className="dash-trend--received"
                x={receivedX(i)}
                y={HEIGHT - height(d.received)}
                width={BAR}
                height={height(d.received)}
              />
            )}
            {d.closed > 0 && (
              <rect
                className="dash-trend--closed"
                x={closedX(i)}
                y={HEIGHT - height(d.closed)}
                width={BAR}
                height={height(d.closed)}
              />
            )}
          </g>
        ))}
        <line className="dash-trend-axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
      </svg>
      {/* Start and end dates at the inline start and end: they follow the mirrored axis on their own. */}
      <p className="dash-trend-dates" aria-hidden="true">
        <time dateTime={first.day}>{short(first.day)}</time>
        <time dateTime={last.day}>{short(last.day)}</time>
      </p>
      <div className="shb-sr-only">
        <table>
          <caption>{t('dashboard.complaints.trend.tableCaption', { commune })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.complaints.trend.col.day')}</th>
              <th scope="col">{t('dashboard.complaints.trend.received')}</th>
              <th scope="col">{t('dashboard.complaints.trend.closed')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  <time dateTime={d.day}>{long(d.day)}</time>
                </th>
                <td>{formatNumber(d.received)}</td>
                <td>{formatNumber(d.closed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
