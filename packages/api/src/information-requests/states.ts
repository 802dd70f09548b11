import { INFORMATION_OPEN_STATES, isInformationRequestOpen, type InformationRequestState } from '@shabaka/db/enums';

export const OPEN_STATES = INFORMATION_OPEN_STATES;
export const isOpen: (s: InformationRequestState) => boolean = isInformationRequestOpen;
/** The body's reply: each counts in the on-time share and the median time to answer. */
export const RESPONSE_STATES = [
  'answered',
  'refused',
  'transferred',
] as const satisfies readonly InformationRequestState[];
export const isResponse = (s: InformationRequestState) => (RESPONSE_STATES as readonly string[]).includes(s);

export type StaffAction = 'start' | 'extend' | 'answer' | 'refuse' | 'transfer' | 'withdraw';

/** Which staff actions each state allows; the extension is further limited to once. */
const ACTIONS: Record<InformationRequestState, readonly StaffAction[]> = {
  received: ['start', 'extend', 'answer', 'refuse', 'transfer', 'withdraw'],
  in_processing: ['extend', 'answer', 'refuse', 'transfer', 'withdraw'],
  extended: ['answer', 'refuse', 'transfer', 'withdraw'],
  answered: [],
  refused: [],
  transferred: [],
  withdrawn: [],
};

export const allows = (s: InformationRequestState, a: StaffAction) => ACTIONS[s].includes(a);
export const actionsFor = (s: InformationRequestState, extended: boolean) =>
  ACTIONS[s].filter((a) => a !== 'extend' || !extended);
