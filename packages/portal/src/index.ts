export { CommunePortal } from './CommunePortal';
export { PortalApp, type PortalAppProps } from './PortalApp';
export { MODULES, type CityConfig, type CityIdentity } from './config';
