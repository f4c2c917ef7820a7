import type { Migration } from './migration';

/** Schools, people, cases with their timeline, and settings. */
export const migration0001: Migration = {
  version: 1,
  stores: {
    schools: 'id, name',
    people: 'id, schoolId, role, lastName, [schoolId+role]',
    cases:
      'id, schoolId, subjectId, subjectType, status, year, updatedAt, nextDeadline, [schoolId+year]',
    caseEvents: 'id, caseId, [caseId+at]',
    settings: 'key',
  },
};
