import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';
import type { Route } from './routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'cases' }],
    ['#/', { name: 'cases' }],
    ['#/zaken', { name: 'cases' }],
    ['#/zaken/nieuw', { name: 'newCase' }],
    ['#/zaken/abc-1', { name: 'case', caseId: 'abc-1', step: null }],
    ['#/zaken/abc-1/besluit', { name: 'case', caseId: 'abc-1', step: 'besluit' }],
    ['#/personen', { name: 'people' }],
    ['#/instellingen', { name: 'settings' }],
    ['#/onbekend', { name: 'notFound', path: '/onbekend' }],
  ])('%s parses to %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { name: 'cases' },
    { name: 'newCase' },
    { name: 'case', caseId: 'a b/c', step: 'bewijs' },
    { name: 'people' },
    { name: 'settings' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
