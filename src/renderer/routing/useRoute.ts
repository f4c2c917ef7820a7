import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref } from './routes';
import type { Route } from './routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, re-rendering on every hash change. */
export const useRoute = (): Route => {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
};

/** Goes to a route (adds a history entry, so Back works). */
export const navigate = (route: Route): void => {
  window.location.hash = routeHref(route);
};
