import { ShabakaProvider } from '@shabaka/client/react';
import { LANGUAGES, type Language } from '@shabaka/ui';
import { text } from 'node:stream/consumers';
import { appTree } from '@shabaka/ui/mount';
import { prerenderToNodeStream } from 'react-dom/static';
import type { CityConfig } from './config';
import { PortalApp, staticPaths } from './PortalApp';

export interface PrerenderedPage {
  /** The page's address inside the portal (`/`, `/complaints/new`…). */
  path: string;
  lang: Language;
  /** What goes inside `#root`. */
  html: string;
}

/**
 * The portal's public pages as they open, rendered by the build (vite.ts) in every language:
 * the server sends the one asked for, so a phone shows the page's words as soon as the HTML
 * is in, before any script. What comes from the API shows as loading, as it does in the
 * browser's first render (no request leaves a build); the entry then hydrates it (mount,
 * after preloadFirstPage).
 */
export async function prerenderPortal(config: CityConfig): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = [];
  for (const lang of LANGUAGES) {
    for (const path of staticPaths(config)) {
      // The tree the entry hydrates (mount's appTree around CommunePortal's provider and app).
      const { prelude } = await prerenderToNodeStream(
        appTree(
          <ShabakaProvider>
            <PortalApp config={{ ...config, defaultLanguage: lang }} ssrPath={`/${config.slug}${path}`} />
          </ShabakaProvider>,
        ),
      );
      pages.push({ path, lang, html: await text(prelude) });
    }
  }
  return pages;
}
