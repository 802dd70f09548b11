import { catalog, LANGUAGES } from '@shabaka/ui/i18n';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../src/audit/actions';
import { seedDemo } from '../src/demo';
import { FIGURE_NAMES } from '../src/network/figures';
import { useHarness } from './harness';

const h = useHarness();

/** Keys missing from a language's catalog, among the ones given. */
const missing = (keys: string[]) =>
  LANGUAGES.flatMap((lang) => keys.filter((k) => !(k in catalog[lang])).map((k) => `${lang}: ${k}`));

// Issue 12 §3: the coordinators' log showed `document.issued`, the overview `informationMedianDays`.
describe('every code the dashboard shows has words in ar, fr and es', () => {
  it('labels every audit action and every headline figure', () => {
    expect(missing(AUDIT_ACTIONS.map((a) => `dashboard.action.${a}`))).toEqual([]);
    expect(missing(FIGURE_NAMES.map((f) => `dashboard.figure.${f}`))).toEqual([]);
    expect(missing(['dashboard.action.other'])).toEqual([]);
  });

  it('lists every figure the overview names, and every action written to the log', async () => {
    // The demo's cases: figures and audit rows written by the real services.
    await seedDemo({ db: h.handle.db, events: h.events });
    const overview = await h.anon().network.overview();
    const named = new Set(overview.communes.flatMap((c) => Object.keys(c.figures)));
    expect(named.size).toBeGreaterThan(0);
    for (const name of named) expect(FIGURE_NAMES, name).toContain(name);
    const logged = await h.handle.db.selectFrom('auditLog').select('action').distinct().execute();
    expect(logged.length).toBeGreaterThan(0);
    for (const { action } of logged) expect(AUDIT_ACTIONS as readonly string[], action).toContain(action);
  });
});
