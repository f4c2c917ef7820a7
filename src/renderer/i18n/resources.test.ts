import { describe, expect, it } from 'vitest';
import { enResources, nlResources } from './resources';

/** Every leaf key path of a nested message object. */
const keyPaths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'string'
    ? [prefix]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        keyPaths(v, prefix ? `${prefix}.${k}` : k),
      );

describe('translations', () => {
  it.each(Object.keys(nlResources))(
    'namespace %s has the same keys in English as in Dutch',
    (ns) => {
      const nl = keyPaths(nlResources[ns as keyof typeof nlResources]).sort();
      const en = keyPaths(enResources[ns as keyof typeof enResources]).sort();
      expect(en).toEqual(nl);
    },
  );

  it('has no empty messages', () => {
    for (const resources of [nlResources, enResources]) {
      const empty = Object.entries(resources).flatMap(([ns, msgs]) =>
        keyPaths(msgs)
          .filter((path) => {
            const value = path
              .split('.')
              .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], msgs);
            return typeof value === 'string' && value.trim() === '';
          })
          .map((p) => `${ns}:${p}`),
      );
      expect(empty).toEqual([]);
    }
  });
});
