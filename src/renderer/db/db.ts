/**
 * The local database. Only repositories and hooks import this module; components use those.
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { CaseCore, CaseEvent } from '../../core/model/case';
import type { Person } from '../../core/model/person';
import type { School } from '../../core/model/school';
import { installCaseListJournal } from './caseListJournal';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type SettingRecord = { key: string; value: unknown };

/** The typed Dexie database. Case records carry more fields than `CaseCore` as steps add them. */
export class SanctieDatabase extends Dexie {
  schools!: EntityTable<School, 'id'>;
  people!: EntityTable<Person, 'id'>;
  cases!: EntityTable<CaseCore, 'id'>;
  caseEvents!: EntityTable<CaseEvent, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string, migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    applyMigrations(this, migrations);
    installCaseListJournal(this);
  }
}

/** Declares every version with its stores and upgrade function. */
export const applyMigrations = (db: Dexie, migrations: readonly Migration[]): void => {
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
};

export const DATABASE_NAME = 'sanctiedossier';

/** The app's single database instance. */
export const db = new SanctieDatabase(DATABASE_NAME);
