import { cityViteConfig } from '@shabaka/portal/vite';

export default cityViteConfig('ksar-el-kebir');
