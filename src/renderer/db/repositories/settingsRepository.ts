import type { SanctieDatabase } from '../db';

/** Known settings and their value types. */
export type Settings = {
  /** The name recorded as actor on timeline and custody entries. */
  userName: string;
};

export const DEFAULT_SETTINGS: Settings = { userName: '' };

/** Key-value settings kept in the database. */
export const createSettingsRepository = (db: SanctieDatabase) => ({
  get: async <K extends keyof Settings>(key: K): Promise<Settings[K]> => {
    const record = await db.settings.get(key);
    return record === undefined ? DEFAULT_SETTINGS[key] : (record.value as Settings[K]);
  },
  set: async <K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> => {
    await db.settings.put({ key, value });
  },
});

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
