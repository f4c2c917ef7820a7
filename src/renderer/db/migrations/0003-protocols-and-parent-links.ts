import type { Migration } from './migration';

/**
 * Schools' own protocols imported as JSON (the built-in ones live in code), and a multi-entry
 * index on a parent's `childIds`, so a student's parents are found in one lookup.
 */
export const migration0003: Migration = {
  version: 3,
  stores: {
    importedProtocols: 'id, importedAt',
    people: 'id, schoolId, role, lastName, [schoolId+role], *childIds',
  },
};
