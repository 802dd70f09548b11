import { useEffect } from 'react';
// The complaints map's Leaflet setup (tiles, failure notice, CSS pins, marker labels), reused as the service points do.
import { L, labelMarker, pinIcon, useLeafletMap } from '../../complaints/map/leaflet';
import { usePacI18n } from '../i18n';

/** A workshop's place on a map (a lazy chunk: Leaflet loads with the map only); the address is written beside it. */
export default function PlaceMap({ lat, lon, label }: { lat: number; lon: number; label: string }) {
  const { t } = usePacI18n();
  const { element, map, tilesFailed } = useLeafletMap({ center: { lat, lon }, zoom: 16 });
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const marker = L.marker([lat, lon], { icon: pinIcon('pw-pin'), title: label, keyboard: true });
    labelMarker(marker, label);
    marker.addTo(m);
    return () => {
      m.removeLayer(marker);
    };
  }, [map, lat, lon, label]);
  return (
    <div>
      <div
        ref={element}
        className="cx-map pw-map"
        role="region"
        aria-label={t('pacWorkshops.map.label', { place: label })}
      />
      {tilesFailed && <p role="status">{t('pacWorkshops.map.unavailable')}</p>}
    </div>
  );
}
