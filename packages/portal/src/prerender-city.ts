import type { CityConfig } from './config';

/** What a city app's `src/city.ts` exports, as the build's prerender loads it (vite.ts). */
export declare const city: CityConfig;
