import { CommunePortal, mount } from '@shabaka/portal';
import { city } from './city';

mount(<CommunePortal config={city} />);
