import { lazy } from 'react';
import { definePortalModule } from '../module';
// The section's styles come with the first load, not with its screens' chunks: a page the
// build wrote ahead (prerender.tsx) is laid out as it will stay before any script runs.
import './documents.css';

// Remotely signed documents: issued at the desk, listed on the holder's account page.
const DocumentsDesk = lazy(() => import('./desk/DocumentsDesk'));
const MyDocuments = lazy(() => import('./Mine').then((m) => ({ default: m.MyDocuments })));

export const documentsModule = definePortalModule({
  name: 'documents',
  desk: {
    tabs: [{ href: '/documents', label: 'desk.tab.documents', permission: 'documents:issue', match: 'prefix' }],
    routes: [{ path: '/documents', nest: true, permission: 'documents:issue', render: () => <DocumentsDesk /> }],
  },
  mine: MyDocuments,
  namespace: 'documents',
});
