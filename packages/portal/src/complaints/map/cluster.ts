/**
 * leaflet.markercluster extends the global `L` that ./leaflet defines (imported first).
 * Reached through `clusterGroup`, so the bundler keeps the plugin: this package is
 * marked side-effect free, a bare `import './cluster'` would be dropped.
 */
import { L } from './leaflet';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

export function clusterGroup(options: L.MarkerClusterGroupOptions): L.MarkerClusterGroup {
  if (typeof L.markerClusterGroup !== 'function') throw new Error('leaflet.markercluster did not load');
  return L.markerClusterGroup(options);
}
