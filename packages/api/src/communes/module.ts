import { defineModule } from '../module';
import { communesRouter } from './router';

export const communesModule = defineModule({
  name: 'communes',
  routers: { communes: communesRouter },
  publicEvents: ['commune.added', 'commune.updated'],
});
