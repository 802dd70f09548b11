import { useEffect } from 'react';
// The complaints map's Leaflet setup (tiles, failure notice, CSS pins, marker labels), reused as is.
import { L, labelMarker, pinIcon, useLeafletMap } from '../../complaints/map/leaflet';
import { useProceduresI18n } from '../i18n';
import { inLang, type ServicePoint } from '../model';

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
  const { t, lang, dir } = useProceduresI18n();
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
        // Built with textContent: names come from the database, never as HTML.
        const box = document.createElement('div');
        box.className = 'cx-popup';
        box.dir = dir;
        for (const [text, strong] of [
          [name, true],
          [t(`procedures.kind.${p.kind}`), false],
          [inLang(p.address, lang), false],
          [p.hoursText[lang], false],
        ] as const) {
          if (!text) continue;
          const line = document.createElement('p');
          if (strong) line.append(Object.assign(document.createElement('strong'), { textContent: text }));
          else line.textContent = text;
          box.append(line);
        }
        return box;
      });
      layer.addLayer(marker);
    }
    m.addLayer(layer);
    if (points.length > 1) m.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 16 });
    else if (points[0]) m.setView([points[0].location.lat, points[0].location.lon], 16);
    return () => {
      m.removeLayer(layer);
    };
  }, [map, points, t, lang, dir]);

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
