import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Starts an app in `#root` (the entry of every portal and of the dashboard). The first render
 * is a transition: React then renders in slices of a few milliseconds and lets the browser in
 * between, where a default-priority render is one task. On a phone (Lighthouse's 4× slower
 * CPU) the portal home's first render was a single 300 ms task that blocked taps; the page
 * paints at the same moment either way (the painted shell stays until React commits).
 */
export function mount(app: ReactNode, container: HTMLElement | null = document.getElementById('root')) {
  if (!container) throw new Error('mount: no #root element in the page');
  const root = createRoot(container);
  startTransition(() => root.render(<StrictMode>{app}</StrictMode>));
  return root;
}
