import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Stat, useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { Figures } from './LoadError';

type CommuneSms = RouterOutputs['notifications']['smsUsage'][number];

/**
 * What each commune spends on SMS notices (issue 13): this month's messages and segments
 * (what the provider bills; Arabic takes 70 characters a segment), their cost at the
 * commune's own price per segment, today's messages against its daily cap, what waits in the
 * outbox (quiet hours, the cap, a provider away) and its quiet hours. A commune that set no
 * price shows no cost: the figure is not invented.
 */
export function SmsSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const usage = useQuery(trpc.notifications.smsUsage.queryOptions());
  const headingId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="sms-usage">
      <h2 id={headingId}>{t('dashboard.sms.heading')}</h2>
      <p>{t('dashboard.sms.intro')}</p>
      <Figures query={usage} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <div className="dash-cx-list">
            {data.map((c) => (
              <CommuneSmsCard key={c.commune} usage={c} />
            ))}
          </div>
        )}
      </Figures>
    </section>
  );
}

function CommuneSmsCard({ usage: c }: { usage: CommuneSms }) {
  const { t, lang, formatNumber } = useI18n();
  const headingId = useId();
  const overCap = c.dailyCap !== null && c.today >= c.dailyCap;
  return (
    <article className="shb-card dash-cx" aria-labelledby={headingId} data-commune={c.commune}>
      <h3 id={headingId} className="shb-card-title">
        {c.names[lang]}
      </h3>
      <div className="dash-cx-stats">
        <Stat
          label={t('dashboard.sms.stat.month')}
          value={<span data-figure="sms-month">{formatNumber(c.month.messages)}</span>}
          detail={t('dashboard.sms.stat.segments', { count: c.month.segments })}
        />
        <Stat
          label={t('dashboard.sms.stat.cost')}
          value={
            <span data-figure="sms-cost">
              {c.costMad === null
                ? t('dashboard.sms.noPrice')
                : formatNumber(c.costMad, { style: 'currency', currency: 'MAD' })}
            </span>
          }
        />
        <Stat
          label={t('dashboard.sms.stat.today')}
          value={
            <span data-figure="sms-today" className={overCap ? 'dash-cx-alert' : undefined}>
              {formatNumber(c.today)}
            </span>
          }
          detail={c.dailyCap === null ? t('dashboard.sms.noCap') : t('dashboard.sms.stat.cap', { count: c.dailyCap })}
        />
        <Stat
          label={t('dashboard.sms.stat.waiting')}
          value={<span data-figure="sms-waiting">{formatNumber(c.waiting)}</span>}
          detail={
            c.quietHours
              ? t('dashboard.sms.quietHours', { from: c.quietHours.from, to: c.quietHours.to })
              : t('dashboard.sms.noQuietHours')
          }
        />
      </div>
    </article>
  );
}
