/** Whether the browser promised not to evict our IndexedDB data under storage pressure. */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/** Asks for persistent storage once; the answer is shown in Instellingen. */
export const requestPersistentStorage = async (
  // Older or embedded browsers have no StorageManager at all.
  storage: StorageManager | undefined = 'storage' in navigator ? navigator.storage : undefined,
): Promise<PersistenceState> => {
  if (!storage) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
};
