/**
 * The app's screens as a typed route, kept in the URL hash so it works the same under
 * app:// in Electron and http:// in a browser, and survives a reload.
 */
export type Route =
  | { name: 'cases' }
  | { name: 'newCase' }
  | { name: 'case'; caseId: string; step: string | null }
  | { name: 'people' }
  | { name: 'settings' }
  | { name: 'notFound'; path: string };

/** Parses `#/zaken/abc/besluit` into a route. */
export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0 || (first === 'zaken' && parts.length === 1)) return { name: 'cases' };
  if (first === 'zaken' && second === 'nieuw' && parts.length === 2) return { name: 'newCase' };
  if (first === 'zaken' && second && parts.length <= 3)
    return { name: 'case', caseId: second, step: third ?? null };
  if (first === 'personen' && parts.length === 1) return { name: 'people' };
  if (first === 'instellingen' && parts.length === 1) return { name: 'settings' };
  return { name: 'notFound', path };
};

/** The hash for a route; the inverse of `parseRoute`. */
export const routeHref = (route: Route): string => {
  switch (route.name) {
    case 'cases':
      return '#/zaken';
    case 'newCase':
      return '#/zaken/nieuw';
    case 'case':
      return `#/zaken/${encodeURIComponent(route.caseId)}${route.step ? `/${encodeURIComponent(route.step)}` : ''}`;
    case 'people':
      return '#/personen';
    case 'settings':
      return '#/instellingen';
    case 'notFound':
      return `#${route.path}`;
  }
};
