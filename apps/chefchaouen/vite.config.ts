import { cityViteConfig } from '@shabaka/portal/vite';
import { identity } from './src/identity';

export default cityViteConfig(identity.slug, identity);
