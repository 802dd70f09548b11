import { useEffect } from 'react';
import { useLocation, useRouter } from 'wouter';
import { L, labelMarker, pinIcon, useLeafletMap } from '../../complaints/map/leaflet';
import { COMMUNE_ZOOM } from '../../complaints/mapConfig';
import { usePacProjectsI18n } from './i18n';
import { inText, type ProjectItem } from './model';

/**
 * The projects with a position, on the complaints' map kit. The list under it says the same in text (keyboards,
 * screen readers, tiles that cannot load); a marker's popup links the project's page.
 */
export default function ProjectsMap({
  projects,
  center,
  listId,
}: {
  projects: ProjectItem[];
  center: { lat: number; lon: number };
  listId: string;
}) {
  const { t, lang, dir } = usePacProjectsI18n();
  const { element, map, tilesFailed } = useLeafletMap({ center, zoom: COMMUNE_ZOOM });
  const [, navigate] = useLocation();
  const { base } = useRouter();
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const layer = L.featureGroup();
    for (const p of projects) {
      if (p.lat === null || p.lon === null) continue;
      const label = t('pacProjects.map.marker', {
        code: p.code,
        title: inText(p.title, lang),
        status: t(`pacProjects.status.${p.status}`),
        progress: String(p.progress),
      });
      const marker = L.marker([p.lat, p.lon], {
        icon: pinIcon(`cx-pin--${p.status === 'late' ? 'received' : 'resolved'}`),
        title: label,
        keyboard: true,
      });
      labelMarker(marker, label);
      marker.bindPopup(() => {
        const box = document.createElement('div');
        box.dir = dir;
        const a = document.createElement('a');
        a.href = `${base}/pac/projects/${p.code}`;
        a.textContent = label;
        a.addEventListener('click', (e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          navigate(`/pac/projects/${p.code}`);
        });
        box.append(a);
        return box;
      });
      layer.addLayer(marker);
    }
    m.addLayer(layer);
    if (layer.getLayers().length) m.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 });
    return () => {
      m.removeLayer(layer);
    };
  }, [map, projects, t, lang, dir, base, navigate]);
  return (
    <div>
      <div
        ref={element}
        className="cx-map"
        role="region"
        aria-label={t('pacProjects.map.label')}
        aria-describedby={`${listId}-note`}
      />
      <p id={`${listId}-note`} className="shb-hint">
        {t('pacProjects.map.note')}
      </p>
      {tilesFailed && <p role="status">{t('pacProjects.map.tilesFailed')}</p>}
    </div>
  );
}
