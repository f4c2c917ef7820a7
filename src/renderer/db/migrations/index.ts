import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-evidence';
import { migration0003 } from './0003-protocols-and-parent-links';
import { migration0004 } from './0004-issued-documents';
import { migration0005 } from './0005-case-list-journal';
import type { Migration } from './migration';

/** Every schema version, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
];
