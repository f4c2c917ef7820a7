import type { Page } from '@playwright/test';

/** Records to put straight into the app's IndexedDB, by store name. */
export type SeedData = {
  schools?: readonly unknown[];
  people?: readonly unknown[];
  cases?: readonly unknown[];
};

/**
 * Writes records into the app's database with plain IndexedDB, the way a previous session
 * would have left them; the app itself exposes no seeding hook. The page must have opened the
 * database once (any screen does); reload afterwards so the app reads the data fresh.
 */
export const seedDatabase = async (page: Page, data: SeedData): Promise<void> => {
  await page.evaluate(async (seed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sanctiedossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const stores = (['schools', 'people', 'cases'] as const).filter((s) => seed[s]?.length);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores)
        for (const record of seed[store] ?? []) tx.objectStore(store).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  }, data);
};

/** Waits until the app has created its database (it opens it on the first screen). */
export const waitForDatabase = async (page: Page): Promise<void> => {
  await page.waitForFunction(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    return names.includes('sanctiedossier');
  });
};
