import { lazy } from 'react';
import { definePortalModule } from '../module';

const NoticePeriodScreen = lazy(() => import('../cases/NoticePeriod').then((m) => ({ default: m.NoticePeriodScreen })));

/** The delivery log's exports for the commune's admins (a case's own log is on its staff page). */
export const noticesModule = definePortalModule({
  name: 'notices',
  desk: {
    tabs: [{ href: '/notices', label: 'desk.tab.notices', permission: 'notifications:manage', match: 'exact' }],
    routes: [{ path: '/notices', permission: 'notifications:manage', render: () => <NoticePeriodScreen /> }],
  },
});
