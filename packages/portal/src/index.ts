export { CommunePortal } from './CommunePortal';
export { PortalApp, preloadFirstPage, type PortalAppProps } from './PortalApp';
export { MODULES, type CityConfig, type CityIdentity } from './config';
// The city apps' entry starts the portal with it (they depend on the portal alone).
export { mount } from '@shabaka/ui/mount';
