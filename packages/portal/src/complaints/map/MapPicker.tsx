import { useEffect, useId, useRef } from 'react';
import { useComplaintsI18n } from '../i18n';
import { POINT_ZOOM } from '../mapConfig';
import { L, labelMarker, pinIcon, useLeafletMap } from './leaflet';

export interface Point {
  lat: number;
  lon: number;
}

export interface MapPickerProps {
  value: Point | null;
  onChange: (point: Point) => void;
  center: Point;
  zoom: number;
  /** Ids of texts that describe the map (the group's hint and error). */
  describedBy?: string | undefined;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Click (or tap) the map to put the point; drag the pin to move it. Keyboard: arrow
 * keys move the map, Enter or Space puts the point under the crosshair at its centre.
 */
export default function MapPicker({ value, onChange, center, zoom, describedBy }: MapPickerProps) {
  const { t } = useComplaintsI18n();
  const marker = useRef<L.Marker | null>(null);
  const change = useRef(onChange);
  change.current = onChange;
  const helpId = useId();

  // The map's own controls: a click, or Enter / Space at the centre, places the point.
  const { element, map, tilesFailed } = useLeafletMap({
    center,
    zoom,
    setup: (m, el) => {
      const pick = (latlng: L.LatLng) => change.current({ lat: round(latlng.lat), lon: round(latlng.lng) });
      m.on('click', (e: L.LeafletMouseEvent) => pick(e.latlng));
      // Leaflet listens to the arrow keys and +/-; Enter and Space are ours.
      const onKey = (e: KeyboardEvent) => {
        if (e.target !== el || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        pick(m.getCenter());
      };
      el.addEventListener('keydown', onKey);
      return () => {
        el.removeEventListener('keydown', onKey);
        marker.current = null;
      };
    },
  });

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    const at = L.latLng(value.lat, value.lon);
    if (!marker.current) {
      const pin = L.marker(at, {
        icon: pinIcon('cx-pin--chosen'),
        draggable: true,
        keyboard: false,
        title: t('complaints.location.chosenPin'),
      });
      pin.on('dragend', () => {
        const p = pin.getLatLng();
        change.current({ lat: round(p.lat), lon: round(p.lng) });
      });
      labelMarker(pin, t('complaints.location.chosenPin'));
      pin.addTo(m);
      marker.current = pin;
    } else {
      marker.current.setLatLng(at);
    }
    if (!m.getBounds().pad(-0.1).contains(at)) m.setView(at, Math.max(m.getZoom(), POINT_ZOOM));
  }, [map, value, t]);

  return (
    <div>
      <p id={helpId} className="shb-hint">
        {t('complaints.location.mapHelp')}
      </p>
      <div className="cx-map-frame">
        <div
          ref={element}
          className="cx-map"
          data-testid="complaint-map-picker"
          role="application"
          aria-label={t('complaints.location.mapLabel')}
          aria-describedby={[helpId, describedBy].filter(Boolean).join(' ')}
        />
        <span className="cx-crosshair" aria-hidden="true" />
      </div>
      {tilesFailed && (
        <p className="cx-note" role="status">
          {t('complaints.map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
