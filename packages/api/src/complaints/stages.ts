import {
  COMPLAINT_CLOSED_STAGES,
  COMPLAINT_OPEN_STAGES,
  isComplaintOpen,
  type ComplaintStage,
} from '@shabaka/db/enums';

export const OPEN_STAGES = COMPLAINT_OPEN_STAGES;
export const CLOSED_STAGES = COMPLAINT_CLOSED_STAGES;
export const isOpen: (s: ComplaintStage) => boolean = isComplaintOpen;

/** Where staff may move a complaint from each stage; reopening is the citizen's own action. */
const NEXT: Record<ComplaintStage, readonly ComplaintStage[]> = {
  received: ['processing', 'resolved', 'rejected', 'duplicate', 'referred'],
  processing: ['final', 'resolved', 'rejected', 'duplicate', 'referred'],
  final: ['processing', 'resolved', 'rejected', 'referred'],
  resolved: [],
  rejected: [],
  duplicate: [],
  referred: [],
};

export const canMove = (from: ComplaintStage, to: ComplaintStage) => NEXT[from].includes(to);
export const nextStages = (from: ComplaintStage) => NEXT[from];

/** Open311 knows only open/closed: the detailed stage travels in status_notes. */
export const open311Status = (s: ComplaintStage) => (isOpen(s) ? 'open' : 'closed');
