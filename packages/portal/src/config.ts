import { createContext, useContext, useEffect } from 'react';
import { useI18n, type Language } from '@shabaka/ui';
import { sections } from './modules';

/** What a city app passes to the portal; the generic build derives it from `communes.get`. */
export interface CityConfig {
  slug: string;
  names: Record<Language, string>;
  theme: { primary: string; secondary: string; accent: string };
  defaultLanguage: Language;
  /** Enabled sections, among MODULES; others are ignored. */
  modules: string[];
}

/** What a commune's build knows of it before any script runs (its index.html's first paint). */
export type CityIdentity = Pick<CityConfig, 'slug' | 'names' | 'theme'>;

/** Sections the portal knows, in menu order: the modules with a public section (modules.ts). */
export const MODULES: readonly string[] = sections.map((m) => m.name);

/** The sections a commune enabled, in menu order (a module the portal does not know is not announced). */
export const enabledSections = (config: CityConfig) => sections.filter((m) => config.modules.includes(m.name));

export const PortalContext = createContext<CityConfig | null>(null);

export function usePortal(): CityConfig {
  const config = useContext(PortalContext);
  if (!config) throw new Error('usePortal() is only available inside <CommunePortal>');
  return config;
}

/** Sets the tab title: "<page> · <commune> — portal" (announced by screen readers on navigation). */
export function usePageTitle(page: string | null) {
  const { t, lang } = useI18n();
  const commune = usePortal().names[lang];
  useEffect(() => {
    const site = t('portal.documentTitle', { commune });
    document.title = page ? `${page} · ${site}` : site;
  }, [page, t, commune]);
}
