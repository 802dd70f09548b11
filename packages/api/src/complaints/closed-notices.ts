import type { ComplaintSettings } from '@shabaka/db';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { closedMarkKey, closedUnmarked, communeSettingsRows, type ClosedMark } from './repository';
import { settingsOf } from './settings';

/** The answers a citizen is asked about: the commune answered (not a duplicate, nor sent to another body). */
export const SURVEYED_STAGES = ['resolved', 'rejected'] as const;

export type ClosedComplaint = { id: string; code: string; categoryId: string; closedAt: Date };

/**
 * A timed notice about answered complaints (the questionnaire, the reopen window): per
 * commune, the complaints closed within the window its settings give (none: the notice is off
 * there), not rated above `ratedUpTo`, and not marked yet; each becomes one notice.
 */
export function closedComplaintNotice(spec: {
  name: string;
  mark: ClosedMark;
  ratedUpTo?: number;
  window(settings: ComplaintSettings, now: Date): { since: Date; until: Date } | null;
  notice(
    row: ClosedComplaint,
    commune: { id: string; settings: ComplaintSettings },
  ): Omit<TimedNoticeDue, 'communeId' | 'subject' | 'key'>;
}): TimedNoticeSource {
  return {
    name: spec.name,
    async due(db, now) {
      const out: TimedNoticeDue[] = [];
      for (const row of await communeSettingsRows(db)) {
        const settings = settingsOf(row.settings);
        const window = spec.window(settings, now);
        if (!window) continue;
        const rows = await closedUnmarked(db, {
          communeId: row.id,
          ...window,
          stages: SURVEYED_STAGES,
          ...(spec.ratedUpTo === undefined ? {} : { ratedUpTo: spec.ratedUpTo }),
          mark: spec.mark,
        });
        for (const r of rows) {
          const complaint = { ...r, closedAt: new Date(r.closedAt!) };
          out.push({
            communeId: row.id,
            subject: { type: 'complaint', id: r.id },
            key: closedMarkKey(spec.mark, r.id, complaint.closedAt),
            ...spec.notice(complaint, { id: row.id, settings }),
          });
        }
      }
      return out;
    },
  };
}
