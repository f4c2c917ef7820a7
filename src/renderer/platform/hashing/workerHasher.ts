/**
 * The browser implementation of {@link EvidenceHasher}: one short-lived Web Worker per file, so
 * cancelling is `terminate()` and a crashed hash cannot affect the next one.
 */
import { checkFileSize } from '../../../core/evidence/limits';
import type { EvidenceHasher, HashOutcome } from './types';
import type { HashWorkerReply, HashWorkerRequest } from './workerProtocol';

/** The parts of `Worker` the hasher uses; injectable so the protocol is testable in Node. */
export type HashWorker = {
  postMessage(message: HashWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<HashWorkerReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
};

/** Starts the real worker; Vite bundles `sha256.worker.ts` as a module worker. */
export const startSha256Worker = (): HashWorker =>
  new Worker(new URL('./sha256.worker.ts', import.meta.url), { type: 'module' }) as HashWorker;

/** Creates the Web Worker hasher. `startWorker` is replaced only in tests. */
export const createWorkerHasher = (
  startWorker: () => HashWorker = startSha256Worker,
): EvidenceHasher => {
  let nextId = 1;
  return {
    hash: (blob, { name, limitBytes, onProgress, signal }) => {
      const sizeError = checkFileSize(name, blob.size, limitBytes);
      if (sizeError) return Promise.resolve({ kind: 'failed', error: sizeError });
      if (signal?.aborted) return Promise.resolve({ kind: 'aborted' });
      const id = nextId++;
      const worker = startWorker();
      return new Promise<HashOutcome>((resolve) => {
        const finish = (outcome: HashOutcome): void => {
          signal?.removeEventListener('abort', onAbort);
          worker.terminate();
          resolve(outcome);
        };
        const onAbort = (): void => finish({ kind: 'aborted' });
        signal?.addEventListener('abort', onAbort);
        worker.onmessage = ({ data }) => {
          if (data.id !== id) return;
          if (data.type === 'progress') onProgress?.(data.bytesDone);
          else if (data.type === 'done')
            finish({ kind: 'hashed', sha256: data.sha256, size: data.size });
          else finish({ kind: 'failed', error: { kind: 'file-unreadable', name } });
        };
        worker.onerror = () => finish({ kind: 'failed', error: { kind: 'file-unreadable', name } });
        worker.postMessage({ id, blob });
      });
    },
  };
};
