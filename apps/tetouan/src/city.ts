import { MODULES, type CityConfig } from '@shabaka/portal';
import { identity } from './identity';

export const city: CityConfig = {
  ...identity,
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
