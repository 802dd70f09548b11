import { cityViteConfig } from '@shabaka/portal/vite';

export default cityViteConfig('chefchaouen');
