import { lazy } from 'react';
import { Route } from 'wouter';
import { lazyScreen } from '../i18n';
import { definePortalModule } from '../module';
import { useRoomsI18n } from './i18n';

// Rooms lent to associations (issue 14): screens and their words load with their own chunks.
const RoomList = lazyScreen(useRoomsI18n, () => import('./RoomList'));
const RoomPage = lazyScreen(useRoomsI18n, () => import('./RoomPage'));
const RoomsDesk = lazy(() => import('./desk/RoomsDesk'));
const MyRoomRequests = lazy(() => import('./Mine'));

/** The rooms section, listed in modules.ts. */
export const roomsModule = definePortalModule({
  name: 'rooms',
  section: {
    menu: 10,
    labels: { nav: 'roomsMenu.nav', title: 'roomsMenu.title', description: 'roomsMenu.description' },
    routes: [
      <Route key="rooms" path="/rooms" component={RoomList} />,
      <Route key="room" path="/rooms/:id" component={RoomPage} />,
    ],
  },
  desk: {
    tabs: [{ href: '/rooms', label: 'roomsMenu.nav', permission: 'rooms:manage', match: 'prefix' }],
    routes: [{ path: '/rooms', nest: true, permission: 'rooms:manage', render: () => <RoomsDesk /> }],
  },
  mine: MyRoomRequests,
  namespace: 'rooms',
});
