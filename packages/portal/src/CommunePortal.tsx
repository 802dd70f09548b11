import { ShabakaProvider } from '@shabaka/client/react';
import type { CityConfig } from './config';
import { PortalApp } from './PortalApp';

/** The whole commune portal; the API is the same origin's /trpc, signed in by cookie. */
export function CommunePortal({ config }: { config: CityConfig }) {
  return (
    <ShabakaProvider>
      <PortalApp config={config} />
    </ShabakaProvider>
  );
}
