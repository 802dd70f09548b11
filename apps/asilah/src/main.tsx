import { CommunePortal, mount, preloadFirstPage } from '@shabaka/portal';
import { city } from './city';

mount(<CommunePortal config={city} />, { ready: preloadFirstPage(city, window.location.pathname) });
