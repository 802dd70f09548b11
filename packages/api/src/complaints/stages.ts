import type { ComplaintStage } from '@shabaka/db';

export const OPEN_STAGES = ['received', 'processing', 'final'] as const satisfies readonly ComplaintStage[];
export const CLOSED_STAGES = [
  'resolved',
  'rejected',
  'duplicate',
  'referred',
] as const satisfies readonly ComplaintStage[];
export const isOpen = (s: ComplaintStage) => (OPEN_STAGES as readonly string[]).includes(s);

/** Where staff may move a complaint from each stage; reopening is the citizen's own action. */
export const NEXT: Record<ComplaintStage, readonly ComplaintStage[]> = {
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
