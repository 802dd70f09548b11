import { useEffect } from 'react';
// The complaints map's Leaflet setup (tiles, failure notice, CSS pins, marker labels), reused as is.
import { L, labelMarker, pinIcon, useLeafletMap } from '../../complaints/map/leaflet';
import { useProceduresI18n } from '../i18n';
import { formatHours, inLang, phoneHref, type ServicePoint } from '../model';

export interface PointsMapProps {
  points: ServicePoint[];
  center: { lat: number; lon: number };
  zoom: number;
  /** The id of the list beside the map, which says the same in text. */
  listId: string;
}

/**
 * Service points on a map (a lazy chunk: Leaflet only loads with a map). The list beside
 * it carries the same places for keyboards, screen readers and when tiles cannot load.
 */
export default function PointsMap({ points, center, zoom, listId }: PointsMapProps) {
  const { t, lang, dir, formatList } = useProceduresI18n();
  const { element, map, tilesFailed } = useLeafletMap({ center, zoom });

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const layer = L.featureGroup();
    for (const p of points) {
      const name = inLang(p.names, lang);
      const label = `${name} — ${t(`procedures.kind.${p.kind}`)}`;
      const marker = L.marker([p.location.lat, p.location.lon], {
        icon: pinIcon(`pr-pin--${p.kind}`),
        title: label,
        keyboard: true,
      });
      labelMarker(marker, label);
      marker.bindPopup(() => {
        // Built with textContent: names come from the database, never as HTML. Only what
        // staff filled in is shown (the list below the map says the same, with its labels).
        const box = document.createElement('div');
        box.className = 'cx-popup';
        box.dir = dir;
        const line = (text: string, strong = false) => {
          if (!text) return;
          const el = document.createElement('p');
          if (strong) el.append(Object.assign(document.createElement('strong'), { textContent: text }));
          else el.textContent = text;
          box.append(el);
        };
        line(name, true);
        line(t(`procedures.kind.${p.kind}`));
        line(inLang(p.address, lang));
        line(inLang(p.directions, lang));
        if (p.hours.length > 0) line(formatHours(p.hours, { t, formatList }));
        if (p.phone) {
          const call = Object.assign(document.createElement('a'), { href: phoneHref(p), dir: 'ltr' });
          call.append(Object.assign(document.createElement('bdi'), { textContent: p.phone }));
          const row = document.createElement('p');
          row.append(`${t('procedures.point.phoneLabel')} `, call);
          box.append(row);
        }
        return box;
      });
      layer.addLayer(marker);
    }
    m.addLayer(layer);
    // No animation: a zoom still running when the reader leaves the page ends on a removed
    // map (Leaflet then throws reading `_leaflet_pos`).
    if (points.length > 1) m.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 16, animate: false });
    else if (points[0]) m.setView([points[0].location.lat, points[0].location.lon], 16, { animate: false });
    return () => {
      m.removeLayer(layer);
    };
  }, [map, points, t, formatList, lang, dir]);

  return (
    <div>
      <div
        ref={element}
        className="cx-map"
        role="region"
        aria-label={t('procedures.map.label')}
        aria-describedby={`${listId}-note`}
      />
      <p id={`${listId}-note`} className="shb-hint">
        {t('procedures.map.listNote')}
      </p>
      {tilesFailed && (
        <p className="pr-note" role="status">
          {t('procedures.map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
