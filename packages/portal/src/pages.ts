/**
 * Where the build writes a portal page ahead (vite.ts, prerender.tsx) and where the server
 * finds it (apps/server/src/app.ts): `pages/<lang>/<path>.html`, the home page as `index`.
 * No imports: the server bundles this file.
 */
export const pageFile = (lang: string, path: string) =>
  `pages/${lang}${path === '/' || path === '' ? '/index' : path.replace(/\/+$/, '')}.html`;

/** The build's note of the language a portal opens in (`{ "defaultLanguage": "ar" }`). */
export const PAGES_MANIFEST = 'pages/manifest.json';
