/** The rooms domain as other domains see it: import from here, never from its files. */
export { roomsRouter } from './router';
export { feed as roomFeed, publicRoom, type PublicRoom } from './service';
export { seedDemoRooms } from './demo';
