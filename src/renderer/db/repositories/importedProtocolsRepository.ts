/**
 * Schools' own protocols, imported from JSON. The built-in protocols live in code; an import
 * may not take one of their ids.
 */
import type { Table } from 'dexie';
import type { ProtocolId } from '../../../core/ids';
import { isBuiltInProtocolId } from '../../../core/protocol/registry';
import type { Protocol } from '../../../core/protocol/schema';
import type { SanctieDatabase } from '../db';
import type { Clock } from './casesRepository';
import { systemClock } from './casesRepository';

/** An imported protocol with where and when it came from. */
export type ImportedProtocolRecord = {
  id: ProtocolId;
  protocol: Protocol;
  fileName: string;
  /** ISO date-time. */
  importedAt: string;
};

export type ImportProtocolResult =
  | { kind: 'stored'; replaced: boolean; record: ImportedProtocolRecord }
  | { kind: 'built-in-id'; id: string };

/** The table is declared by migration 3; the database class does not need to name it. */
const tableOf = (db: SanctieDatabase): Table<ImportedProtocolRecord, ProtocolId> =>
  db.table('importedProtocols');

export const createImportedProtocolsRepository = (
  db: SanctieDatabase,
  clock: Clock = systemClock,
) => ({
  /** Every imported protocol, by name. */
  list: async (): Promise<ImportedProtocolRecord[]> => {
    const records = await tableOf(db).toArray();
    return records.sort((a, b) => a.protocol.name.localeCompare(b.protocol.name, 'nl'));
  },
  get: (id: ProtocolId): Promise<ImportedProtocolRecord | undefined> => tableOf(db).get(id),
  /**
   * Stores a validated protocol (parse it with `parseProtocolJson` first). Importing the same
   * id again replaces the earlier version, so a school can update its protocol.
   */
  import: async (protocol: Protocol, fileName: string): Promise<ImportProtocolResult> => {
    if (isBuiltInProtocolId(protocol.id)) return { kind: 'built-in-id', id: protocol.id };
    const table = tableOf(db);
    return db.transaction('rw', table, async () => {
      const replaced = (await table.get(protocol.id)) !== undefined;
      const record: ImportedProtocolRecord = {
        id: protocol.id,
        protocol,
        fileName,
        importedAt: clock.now().toISOString(),
      };
      await table.put(record);
      return { kind: 'stored', replaced, record } as const;
    });
  },
});

export type ImportedProtocolsRepository = ReturnType<typeof createImportedProtocolsRepository>;
