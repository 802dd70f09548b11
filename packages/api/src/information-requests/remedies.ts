import type { HeadComplaintOutcome, InformationRequestSettings, InformationRequestState } from '@shabaka/db';
import { windowEnd, type WorkingCalendar } from '../calendar';
import { isOpen } from './states';

export interface RemedyFacts {
  state: InformationRequestState;
  dueAt: Date;
  respondedAt: Date | null;
  headComplaintAt: Date | null;
  headAnsweredAt: Date | null;
  headOutcome: HeadComplaintOutcome | null;
}

/**
 * The requester's remedies after the body's answer, refusal, or silence:
 *  - a complaint to the head of the body, within `headComplaintDays` of the answer or
 *    refusal, or of the expiry of the deadline without answer; the head answers within
 *    `headAnswerDays`;
 *  - then an appeal to the CDAI within `cdaiAppealDays` of the head's answer or of the
 *    expiry of the head's deadline (the head complaint comes first).
 * A transferred or withdrawn request has no remedy against this body. Every window
 * closes at the end of its last day (Africa/Casablanca), in calendar or working days.
 */
export function remediesOf(r: RemedyFacts, s: InformationRequestSettings, now: Date, cal: WorkingCalendar) {
  const end = (from: Date, days: number) => windowEnd(from, days, s.remedyDayUnit, cal);
  let basis: 'answer' | 'refusal' | 'expired' | null = null;
  let opensAt: Date | null = null;
  if ((r.state === 'answered' || r.state === 'refused') && r.respondedAt) {
    basis = r.state === 'answered' ? 'answer' : 'refusal';
    opensAt = r.respondedAt;
  } else if (isOpen(r.state) && r.dueAt.getTime() < now.getTime()) {
    basis = 'expired';
    opensAt = r.dueAt;
  }
  const deadline = opensAt ? end(opensAt, s.headComplaintDays) : null;
  const answerDueAt = r.headComplaintAt ? end(r.headComplaintAt, s.headAnswerDays) : null;
  const headComplaint = {
    basis,
    opensAt,
    deadline,
    /** The requester may still complain to the head of the body. */
    open: !!deadline && !r.headComplaintAt && now.getTime() <= deadline.getTime(),
    filedAt: r.headComplaintAt,
    answerDueAt,
    answeredAt: r.headAnsweredAt,
    outcome: r.headOutcome,
    answerOverdue: !!answerDueAt && !r.headAnsweredAt && now.getTime() > answerDueAt.getTime(),
  };
  const cdaiOpensAt = r.headAnsweredAt ?? (answerDueAt && now.getTime() > answerDueAt.getTime() ? answerDueAt : null);
  const cdaiDeadline = cdaiOpensAt ? end(cdaiOpensAt, s.cdaiAppealDays) : null;
  const cdaiAppeal = {
    basis: r.headAnsweredAt ? ('head_answer' as const) : cdaiOpensAt ? ('head_silence' as const) : null,
    opensAt: cdaiOpensAt,
    deadline: cdaiDeadline,
    open: !!cdaiDeadline && now.getTime() <= cdaiDeadline.getTime(),
  };
  return { unit: s.remedyDayUnit, headComplaint, cdaiAppeal };
}
export type Remedies = ReturnType<typeof remediesOf>;
