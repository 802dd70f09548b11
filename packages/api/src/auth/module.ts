import { defineModule } from '../module';
import { authRouter } from './router';

export const authModule = defineModule({
  name: 'auth',
  routers: { auth: authRouter },
});
