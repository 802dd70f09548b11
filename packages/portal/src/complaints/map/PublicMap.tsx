import type { ComplaintStage } from '@shabaka/db/enums';
import { useEffect, useRef } from 'react';
import { useComplaintsI18n } from '../i18n';
// Leaflet first: the cluster plugin extends the global `L` that Leaflet defines.
import { L, labelMarker, pinIcon, useLeafletMap } from './leaflet';
import { clusterGroup } from './cluster';

export interface MapItem {
  code: string;
  stage: string;
  createdAt: Date | string;
  categoryName: string;
  lat: number;
  lon: number;
}

export interface PublicMapProps {
  items: MapItem[];
  center: { lat: number; lon: number };
  zoom: number;
  /** Full href of an item's tracking page (for the link and for opening it in a new tab). */
  hrefOf: (code: string) => string;
  /** Client-side navigation to the tracking page. */
  open: (code: string) => void;
  /** The id of the list beside the map, which says the same in text. */
  listId: string;
}

/**
 * The commune's complaints on a map, clustered. Positions come coarsened from the
 * server. The list beside it carries the same items for keyboards, screen readers and
 * when tiles cannot load.
 */
export default function PublicMap({ items, center, zoom, hrefOf, open, listId }: PublicMapProps) {
  const i18n = useComplaintsI18n();
  const { t, formatDate, dir } = i18n;
  const { element, map, tilesFailed } = useLeafletMap({ center, zoom });
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const cluster = clusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    for (const item of items) {
      const stage = t(`complaintsGlossary.stage.${item.stage as ComplaintStage}`);
      const date = formatDate(item.createdAt, { dateStyle: 'medium' });
      const label = t('complaints.map.markerLabel', { category: item.categoryName, stage, date });
      const marker = L.marker([item.lat, item.lon], {
        icon: pinIcon(`cx-pin--${item.stage}`),
        title: label,
        keyboard: true,
      });
      labelMarker(marker, label);
      marker.bindPopup(() => popup(item, stage, date));
      cluster.addLayer(marker);
    }
    m.addLayer(cluster);
    if (items.length) m.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 15 });
    return () => {
      m.removeLayer(cluster);
    };

    function popup(item: MapItem, stage: string, date: string) {
      const box = document.createElement('div');
      box.className = 'cx-popup';
      box.dir = dir;
      const line = (text: string, strong = false) => {
        const p = document.createElement('p');
        if (strong) {
          const b = document.createElement('strong');
          b.textContent = text;
          p.append(b);
        } else p.textContent = text;
        box.append(p);
      };
      line(item.categoryName, true);
      line(t('complaints.map.popupStage', { stage }));
      line(t('complaints.map.popupDate', { date }));
      const a = document.createElement('a');
      a.href = hrefOf(item.code);
      a.textContent = t('complaints.map.popupLink', { code: item.code });
      a.addEventListener('click', (e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        openRef.current(item.code);
      });
      const p = document.createElement('p');
      p.append(a);
      box.append(p);
      return box;
    }
  }, [map, items, t, formatDate, dir, hrefOf]);

  return (
    <div>
      <div
        ref={element}
        className="cx-map cx-map--tall"
        role="region"
        aria-label={t('complaints.map.label')}
        aria-describedby={`${listId}-note`}
      />
      <p id={`${listId}-note`} className="shb-hint">
        {t('complaints.map.listNote')}
      </p>
      {tilesFailed && (
        <p className="cx-note" role="status">
          {t('complaints.map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
