import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useComplaintsI18n } from './i18n';
// The section's styles come with the first load, not with its screens' chunks: a page the
// build wrote ahead (prerender.tsx) is laid out as it will stay before any script runs.
import '../page.css';
import './complaints.css';
import '../RadioGroup.css';
import '../MapFallback.css';

// Screens, their catalog and the maps are lazy chunks (Leaflet only with a map).
const ComplaintsHomeScreen = lazyScreen(useComplaintsI18n, () => import('./ComplaintsHome'));
const SubmitComplaintScreen = lazyScreen(useComplaintsI18n, () => import('./Submit'));
const ComplaintReceiptScreen = lazyScreen(useComplaintsI18n, () => import('./Receipt'));
const QueueScreen = lazy(() => import('../desk/Queue').then((m) => ({ default: m.QueueScreen })));
const DetailScreen = lazy(() => import('../desk/Detail').then((m) => ({ default: m.DetailScreen })));
const CounterScreen = lazy(() => import('../desk/Counter').then((m) => ({ default: m.CounterScreen })));
const MyComplaints = lazy(() => import('./Mine').then((m) => ({ default: m.MyComplaints })));

export const complaintsModule = definePortalModule({
  name: 'complaints',
  section: {
    menu: 1,
    labels: { nav: 'complaintsMenu.nav', title: 'complaintsMenu.title', description: 'complaintsMenu.description' },
    routes: [
      <Route key="complaints" path="/complaints" component={ComplaintsHomeScreen} />,
      <Route key="complaints-new" path="/complaints/new" component={SubmitComplaintScreen} />,
      <Route key="complaints-receipt" path="/complaints/receipt/:code" component={ComplaintReceiptScreen} />,
    ],
  },
  desk: {
    tabs: [
      { href: '/complaints', label: 'desk.tab.queue', permission: 'complaints:process', match: 'prefix', home: true },
      { href: '/counter', label: 'desk.tab.counter', permission: 'complaints:process', match: 'exact' },
    ],
    routes: [
      { path: '/complaints', permission: 'complaints:process', render: () => <QueueScreen /> },
      {
        path: '/complaints/:id',
        permission: 'complaints:process',
        render: (params) => <DetailScreen key={params.id} id={params.id!} />,
      },
      { path: '/counter', permission: 'complaints:process', render: () => <CounterScreen /> },
    ],
    home: { permission: 'complaints:process', render: () => <QueueScreen /> },
  },
  mine: MyComplaints,
  namespace: 'complaints',
});
