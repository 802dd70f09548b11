import { lazy } from 'react';
import { definePortalModule } from '../module';

const ModerationScreen = lazy(() => import('./Moderation').then((m) => ({ default: m.ModerationScreen })));
const ApiKeysScreen = lazy(() => import('./ApiKeys').then((m) => ({ default: m.ApiKeysScreen })));

/** Photo moderation (reports, hiding, removal). */
export const moderationModule = definePortalModule({
  name: 'moderation',
  desk: {
    tabs: [{ href: '/moderation', label: 'desk.tab.moderation', permission: 'moderation:act', match: 'exact' }],
    routes: [{ path: '/moderation', permission: 'moderation:act', render: () => <ModerationScreen /> }],
  },
});

/** The commune's API keys (Open311 clients). */
export const apiKeysModule = definePortalModule({
  name: 'apikeys',
  desk: {
    tabs: [{ href: '/api-keys', label: 'desk.tab.apiKeys', permission: 'apikeys:manage', match: 'exact' }],
    routes: [{ path: '/api-keys', permission: 'apikeys:manage', render: () => <ApiKeysScreen /> }],
  },
});
