/**
 * SHA-256 of an evidence file on disk, in the main process, with Node's crypto. This is the
 * fast path on the desktop (Node's hashing runs at the speed of `openssl dgst`, five times the
 * WebAssembly hasher), while the renderer stores the same file in IndexedDB in parallel.
 *
 * Only regular files are hashed: a directory, device, socket or FIFO (also behind a symlink)
 * is refused without reading, and memory stays at two reused 1 MiB buffers whatever the size.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** Read size: large enough that per-call overhead vanishes, small enough to stay in cache. */
export const HASH_CHUNK_BYTES = 1024 * 1024;

export type NodeHashOutcome =
  | { kind: 'hashed'; sha256: string; size: number }
  | { kind: 'failed'; reason: 'not-a-regular-file' | 'unreadable' | 'changed-during-read' }
  | { kind: 'failed'; reason: 'file-empty' }
  | { kind: 'failed'; reason: 'file-too-large'; size: number; limitBytes: number };

/** The one file-system call the hasher needs; injected so tests can make it fail. */
export type OpenFile = (path: string, flags: number) => Promise<FileHandle>;

export type HashFileOptions = {
  limitBytes: number;
  /** Called with bytes hashed so far, at most once per chunk. */
  onProgress?: (bytesDone: number) => void;
  chunkBytes?: number;
};

// O_NONBLOCK keeps open() from hanging on a FIFO that has no writer; it does not change how
// regular files are read. It does not exist on Windows, where FIFOs cannot be opened this way.
const OPEN_FLAGS = constants.O_RDONLY | ((constants as Partial<typeof constants>).O_NONBLOCK ?? 0);

const isOpenErrorForDirectory = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'EISDIR';

/**
 * Hashes the regular file at `path`. The type check uses the opened descriptor (fstat), so a
 * symlink swapped between check and read cannot smuggle in another kind of file. A file whose
 * size or modification time changes while it is read is reported, not hashed.
 */
export const hashRegularFile = async (
  path: string,
  options: HashFileOptions,
  openFile: OpenFile,
): Promise<NodeHashOutcome> => {
  let handle: FileHandle;
  try {
    handle = await openFile(path, OPEN_FLAGS);
  } catch (error) {
    return {
      kind: 'failed',
      reason: isOpenErrorForDirectory(error) ? 'not-a-regular-file' : 'unreadable',
    };
  }
  // A read still in flight when hashing stops must settle before the file is closed.
  let reading: ReturnType<FileHandle['read']> | null = null;
  try {
    const before = await handle.stat();
    if (!before.isFile()) return { kind: 'failed', reason: 'not-a-regular-file' };
    if (before.size === 0) return { kind: 'failed', reason: 'file-empty' };
    if (before.size > options.limitBytes) {
      return {
        kind: 'failed',
        reason: 'file-too-large',
        size: before.size,
        limitBytes: options.limitBytes,
      };
    }
    const hash = createHash('sha256');
    const chunkBytes = options.chunkBytes ?? HASH_CHUNK_BYTES;
    // Two buffers: the next chunk is read (on libuv's thread pool) while this one is hashed.
    const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)] as const;
    let size = 0;
    let current: 0 | 1 = 0;
    reading = handle.read(buffers[0], 0, chunkBytes, 0);
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[current].subarray(0, bytesRead);
      size += bytesRead;
      current = current === 0 ? 1 : 0;
      reading = handle.read(buffers[current], 0, chunkBytes, size);
      hash.update(chunk);
      options.onProgress?.(size);
    }
    const after = await handle.stat();
    if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      return { kind: 'failed', reason: 'changed-during-read' };
    }
    return { kind: 'hashed', sha256: hash.digest('hex'), size };
  } catch {
    return { kind: 'failed', reason: 'unreadable' };
  } finally {
    await reading?.catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
};
