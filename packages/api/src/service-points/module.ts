import { defineModule } from '../module';
import { servicePointsRouter } from './router';

export const servicePointsModule = defineModule({
  name: 'service-points',
  routers: { servicePoints: servicePointsRouter },
  publicEvents: ['service_point.changed'],
});
