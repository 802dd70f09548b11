/**
 * Leaflet and its CSS, only ever reached through a dynamic import (the map chunk): the
 * portal's first load carries none of it.
 */
import { useI18n } from '@shabaka/ui';
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
  /** The controls' words in the page's language (Leaflet's own are English). */
  labels: { zoomIn: string; zoomOut: string; attribution: (source: string) => string };
}

export function createMap(element: HTMLElement, { center, zoom, onTilesFailed, labels }: MapOptions) {
  const map = L.map(element, {
    center: [center.lat, center.lon],
    zoom,
    keyboard: true,
    // Added below with titles (and so aria-labels) in the page's language.
    zoomControl: false,
    // Two fingers to pan on a phone would be nicer; the page must stay scrollable at least.
    scrollWheelZoom: false,
  });
  // Tiles are decoration: markers, clicks and the keyboard work without them.
  const tiles = L.tileLayer(TILE_URL, {
    maxZoom: TILE_MAX_ZOOM,
    attribution: labels.attribution(TILE_ATTRIBUTION),
    crossOrigin: false,
  });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  let failed = false;
  tiles.on('tileerror', () => {
    if (failed) return;
    failed = true;
    onTilesFailed?.();
  });
  tiles.addTo(map);
  map.attributionControl.setPrefix(false);
  return { map, tiles };
}

/**
 * A map made once in the returned element (center and zoom only matter then), removed on
 * unmount; `setup` adds the screen's own listeners and returns their cleanup. Every map
 * screen (complaints, service points) starts this way.
 */
export function useLeafletMap({
  setup,
  ...options
}: Omit<MapOptions, 'onTilesFailed' | 'labels'> & {
  setup?: (map: L.Map, element: HTMLDivElement) => (() => void) | void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const tiles = useRef<L.TileLayer | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const { t, lang } = useI18n();
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const labels = {
      zoomIn: t('common.map.zoomIn'),
      zoomOut: t('common.map.zoomOut'),
      attribution: (source: string) => t('common.map.attribution', { source }),
    };
    const { map: m, tiles: layer } = createMap(el, { ...options, labels, onTilesFailed: () => setTilesFailed(true) });
    const cleanup = setup?.(m, el);
    map.current = m;
    tiles.current = layer;
    return () => {
      cleanup?.();
      m.remove();
      map.current = null;
      tiles.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The map outlives a language switch: its controls follow the page's language.
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    for (const [button, key] of [
      ['in', 'common.map.zoomIn'],
      ['out', 'common.map.zoomOut'],
    ] as const) {
      const b = el.querySelector(`.leaflet-control-zoom-${button}`);
      b?.setAttribute('title', t(key));
      b?.setAttribute('aria-label', t(key));
    }
    // The attribution is the tile layer's: swapped in the control, and in the layer for later redraws.
    const layer = tiles.current;
    const control = map.current?.attributionControl;
    const text = t('common.map.attribution', { source: TILE_ATTRIBUTION });
    if (layer && control && layer.options.attribution !== text) {
      if (layer.options.attribution) control.removeAttribution(layer.options.attribution);
      layer.options.attribution = text;
      control.addAttribution(text);
    }
  }, [lang]); // eslint-disable-line react-hooks/exhaustive-deps
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
