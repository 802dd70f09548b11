import type { ComponentType, ReactElement, ReactNode } from 'react';
import type { TranslationKey } from '@shabaka/ui';
import type { CommunePermission } from './auth';

/** A tab of the staff area (`/staff`), shown to accounts the server grants `permission` here. */
export interface DeskTab {
  /** Relative to `/staff`. */
  href: string;
  /** Catalog key of its label (`desk.tab.*`). */
  label: TranslationKey;
  permission: CommunePermission;
  /** `prefix`: current on its sub-pages too (a nested section). */
  match: 'exact' | 'prefix';
  /** Also current on the desk's home (`/staff`), when this module's `deskHome` is shown there. */
  home?: boolean;
}

/** A route of the staff area (relative to `/staff`), refused without `permission`. */
export interface DeskRoute {
  path: string;
  /** Routes below `path` belong to it (wouter `nest`). */
  nest?: boolean;
  permission: CommunePermission;
  render: (params: Record<string, string | undefined>) => ReactNode;
}

/**
 * What a portal module adds, read by the app shell (PortalApp.tsx: menu and public routes),
 * the staff area (screens/Staff.tsx: tabs and routes) and the account page (Account.tsx:
 * the citizen's own items). Registered by one line in modules.ts. Screens are lazy: a
 * descriptor costs the first load a few bytes, never its screens.
 */
export interface PortalModule {
  /** Its name in a commune's enabled modules (`CityConfig.modules`) and its path (`/<name>`). */
  name: string;
  /** The public section at `/<name>`, for communes that enable it. */
  section?: {
    /** Position in the menu and on the home page. */
    menu: number;
    /**
     * Its menu entry and home card, from its `<module>Menu` catalog namespace (bundled with the
     * first load: see @shabaka/ui's namespaces.ts).
     */
    labels: { nav: TranslationKey; title: TranslationKey; description: TranslationKey };
    routes: ReactElement[];
  };
  /** Its tabs and routes in the staff area, in tab order. */
  desk?: {
    tabs: DeskTab[];
    routes: DeskRoute[];
    /** The desk's home (`/staff`) for accounts with this permission (the complaints queue). */
    home?: { permission: CommunePermission; render: () => ReactNode };
  };
  /** The signed-in citizen's own items, on the account page. */
  mine?: ComponentType;
  /** The catalog namespace its screens translate with (`@shabaka/ui` messages). */
  namespace?: string;
}

export const definePortalModule = (module: PortalModule): PortalModule => module;
