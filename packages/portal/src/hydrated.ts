import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React hydrates a page the build wrote ahead, true once it has taken it over
 * (and always on a page it renders itself). Data fetched while a page hydrates in slices can
 * reach a component before it is hydrated; rendering it then would not match what the build
 * wrote (React #418, and the page rendered again): such parts show what the build showed
 * until hydration ends, then their data.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
