/**
 * Map background. OpenStreetMap's tiles by default; a deployment can point at its own
 * tile server at build time (`VITE_SHABAKA_TILE_URL`, `VITE_SHABAKA_TILE_ATTRIBUTION`).
 * Everything on the maps also works without tiles (offline, blocked): markers, clicks,
 * keyboard, and the lists and fields beside them.
 */
const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export const TILE_URL = env.VITE_SHABAKA_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const TILE_ATTRIBUTION =
  env.VITE_SHABAKA_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>';
export const TILE_MAX_ZOOM = 19;

/** Where a map opens when the commune's own position is not known yet (northern Morocco). */
export const FALLBACK_CENTER = { lat: 35.3, lon: -5.6 };
export const COMMUNE_ZOOM = 13;
export const POINT_ZOOM = 16;
