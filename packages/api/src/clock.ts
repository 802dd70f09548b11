/** Injected so that legal deadlines and SLA tests can set the date. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export const fixedClock = (at: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } => {
  let t = new Date(at);
  return {
    now: () => new Date(t),
    set: (d) => void (t = new Date(d)),
    advance: (ms) => void (t = new Date(t.getTime() + ms)),
  };
};
