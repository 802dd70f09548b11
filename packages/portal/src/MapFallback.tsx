import './MapFallback.css';
import { Component, Suspense, useEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react';

/**
 * A lazy part of a page (a map) that failed to load or crashed: the fallback takes its
 * place and the rest of the page goes on. Shared by every section that embeds a map.
 */
export class Fallback extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('[portal] part of the page could not load', error, info.componentStack);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Whether `ref`'s element has come within a screen of the viewport (then stays true). On a
 * phone the maps sit below the first screen: Leaflet (150 KB) is fetched, run and laid out
 * only when the reader scrolls towards it, not while the page is first becoming usable.
 */
function useNearViewport(ref: React.RefObject<HTMLElement | null>) {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}

/**
 * Every embedded map: a placeholder of the map's own size (no layout shift) until the map is
 * near the screen and its chunk has loaded; `unavailable` if it fails. `tall` for the maps
 * made taller (`cx-map--tall`).
 */
export function LazyMap({
  tall = false,
  loading,
  unavailable,
  children,
}: {
  tall?: boolean;
  loading: string;
  unavailable: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const placeholder = (
    <div
      ref={near ? undefined : ref}
      className={tall ? 'shb-map-placeholder shb-map-placeholder--tall' : 'shb-map-placeholder'}
    >
      {loading}
    </div>
  );
  if (!near) return placeholder;
  return (
    <Fallback fallback={unavailable}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </Fallback>
  );
}
