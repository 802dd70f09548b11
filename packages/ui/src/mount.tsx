import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Starts an app in `#root` (the entry of every portal and of the dashboard), once `ready` has
 * settled (a portal's first screen: what the page shows must be there, or React's first
 * render would replace the page its build wrote ahead with a spinner). The first render is a
 * transition: React then renders in slices of a few milliseconds and lets the browser in
 * between, where a default-priority render is one task. On a phone (Lighthouse's 4× slower
 * CPU) the portal home's first render was a single 300 ms task that blocked taps; what the
 * HTML painted stays until React commits.
 */
export function mount(app: ReactNode, { ready }: { ready?: Promise<unknown> } = {}) {
  const container = document.getElementById('root');
  if (!container) throw new Error('mount: no #root element in the page');
  const root = createRoot(container);
  const render = () => startTransition(() => root.render(<StrictMode>{app}</StrictMode>));
  if (ready) void ready.then(render, render);
  else render();
  return root;
}
