import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-evidence';
import type { Migration } from './migration';

/** Every schema version, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
