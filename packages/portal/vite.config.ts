import { cityViteConfig } from './src/vite';

/** The generic portal, for communes without their own app: served from /_portal/. */
export default cityViteConfig('_portal');
