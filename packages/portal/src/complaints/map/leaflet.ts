/**
 * Leaflet and its CSS, only ever reached through a dynamic import (the map chunk): the
 * portal's first load carries none of it.
 */
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import 'leaflet/dist/leaflet.css';
import { TILE_ATTRIBUTION, TILE_MAX_ZOOM, TILE_URL } from '../mapConfig';
import './map.css';

export { L };

export interface MapOptions {
  center: { lat: number; lon: number };
  zoom: number;
  /** Called once when the background cannot load (offline, blocked): the page says so. */
  onTilesFailed?: () => void;
}

export function createMap(element: HTMLElement, { center, zoom, onTilesFailed }: MapOptions) {
  const map = L.map(element, {
    center: [center.lat, center.lon],
    zoom,
    keyboard: true,
    // Two fingers to pan on a phone would be nicer; the page must stay scrollable at least.
    scrollWheelZoom: false,
  });
  // Tiles are decoration: markers, clicks and the keyboard work without them.
  const tiles = L.tileLayer(TILE_URL, { maxZoom: TILE_MAX_ZOOM, attribution: TILE_ATTRIBUTION, crossOrigin: false });
  let failed = false;
  tiles.on('tileerror', () => {
    if (failed) return;
    failed = true;
    onTilesFailed?.();
  });
  tiles.addTo(map);
  map.attributionControl.setPrefix(false);
  return map;
}

/**
 * A map made once in the returned element (center and zoom only matter then), removed on
 * unmount; `setup` adds the screen's own listeners and returns their cleanup. Every map
 * screen (complaints, service points) starts this way.
 */
export function useLeafletMap({
  setup,
  ...options
}: Omit<MapOptions, 'onTilesFailed'> & { setup?: (map: L.Map, element: HTMLDivElement) => (() => void) | void }) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const m = createMap(el, { ...options, onTilesFailed: () => setTilesFailed(true) });
    const cleanup = setup?.(m, el);
    map.current = m;
    return () => {
      cleanup?.();
      m.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { element, map, tilesFailed };
}

/** A round pin drawn in CSS (no image to fetch), coloured by stage. */
export function pinIcon(className: string) {
  return L.divIcon({
    className: `cx-pin ${className}`,
    html: '<span></span>',
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -12],
  });
}

/** Names a marker for screen readers and keyboards (Leaflet only sets `title`). */
export function labelMarker(marker: L.Marker, label: string) {
  marker.on('add', () => {
    const el = marker.getElement();
    if (el) {
      el.setAttribute('aria-label', label);
      el.setAttribute('role', 'button');
    }
  });
}
