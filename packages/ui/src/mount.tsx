import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

/** On `#root` when it holds a page its build wrote ahead (portal/src/vite.ts), not a painted shell. */
export const WRITTEN_PAGE = 'data-written';
/** On a written page's control that is disabled only until the app takes the page over. */
export const WRITTEN_CONTROL = 'data-until-app';

/** Once the page is React's (hydrated: effects run after), a written page's controls become usable. */
function WrittenControls({ children }: { children: ReactNode }) {
  useEffect(() => {
    for (const control of document.querySelectorAll(`[${WRITTEN_CONTROL}]`)) {
      control.removeAttribute('disabled');
      control.removeAttribute(WRITTEN_CONTROL);
    }
  }, []);
  return children;
}

/**
 * The tree an entry renders, and a build's prerender too: hydration matches the two element by
 * element (and `useId`'s ids by position), so they must be the same tree.
 */
export const appTree = (app: ReactNode) => (
  <StrictMode>
    <WrittenControls>{app}</WrittenControls>
  </StrictMode>
);

/**
 * Starts an app in `#root` (the entry of every portal and of the dashboard), once `ready` has
 * settled (a portal's first screen and its catalog).
 *
 * A page its build wrote ahead is hydrated: React adopts the elements already on screen instead
 * of building the page again, so a phone does not lay the whole page out a second time (the
 * complaint form's was a long task), and what hydration cannot match (an answer already in,
 * something remembered on this device) React renders again by itself. Otherwise (a painted
 * shell) the first render is a transition: React renders in slices of a few milliseconds and
 * lets the browser in between, where a default-priority render is one task (the portal home's
 * was a single 300 ms task on Lighthouse's 4× slower CPU); what the HTML painted stays until
 * React commits.
 */
export function mount(app: ReactNode, { ready }: { ready?: Promise<unknown> } = {}) {
  const container = document.getElementById('root');
  if (!container) throw new Error('mount: no #root element in the page');
  const start = () => {
    const tree = appTree(app);
    if (!container.hasAttribute(WRITTEN_PAGE)) {
      const root = createRoot(container);
      startTransition(() => root.render(tree));
      return;
    }
    container.removeAttribute(WRITTEN_PAGE);
    // Hydrating in a transition is hydrating in slices too: outside one React hydrates at
    // default priority, which it never interrupts (one long task the size of the page).
    startTransition(() => {
      hydrateRoot(container, tree);
    });
  };
  if (ready) void ready.then(start, start);
  else start();
}
