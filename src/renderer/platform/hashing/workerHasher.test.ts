import { describe, expect, it, vi } from 'vitest';
import { hashBlobStream } from './hashBlob';
import type { HashWorker } from './workerHasher';
import { createWorkerHasher } from './workerHasher';
import type { HashWorkerReply, HashWorkerRequest } from './workerProtocol';

/** Runs the worker's job in-process, speaking the same message protocol as sha256.worker.ts. */
const inProcessWorker = (behaviour: 'hash' | 'unreadable' | 'hang' = 'hash') => {
  const terminate = vi.fn();
  const start = (): HashWorker => {
    const worker: HashWorker = {
      onmessage: null,
      onerror: null,
      terminate,
      postMessage: ({ id, blob }: HashWorkerRequest) => {
        const reply = (data: HashWorkerReply): void =>
          worker.onmessage?.({ data } as MessageEvent<HashWorkerReply>);
        if (behaviour === 'hang') return;
        if (behaviour === 'unreadable') {
          queueMicrotask(() => reply({ id, type: 'unreadable' }));
          return;
        }
        void hashBlobStream(
          blob,
          (bytesDone) => reply({ id, type: 'progress', bytesDone }),
          1,
        ).then(({ sha256, size }) => reply({ id, type: 'done', sha256, size }));
      },
    };
    return worker;
  };
  return { start: vi.fn(start), terminate };
};

const opts = { name: 'foto.jpg', limitBytes: 1000 };

describe('createWorkerHasher', () => {
  it('hashes in the worker, reports progress and stops the worker', async () => {
    const w = inProcessWorker();
    const progress: number[] = [];
    const outcome = await createWorkerHasher(w.start).hash(new Blob(['abc']), {
      ...opts,
      onProgress: (n) => progress.push(n),
    });
    expect(outcome).toEqual({
      kind: 'hashed',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
    });
    expect(progress.at(-1)).toBe(3);
    expect(w.terminate).toHaveBeenCalledOnce();
  });

  it.each([
    ['an empty blob', new Blob([]), { kind: 'file-empty', name: 'foto.jpg' }],
    [
      'a blob over the limit',
      new Blob(['x'.repeat(1001)]),
      { kind: 'file-too-large', name: 'foto.jpg', size: 1001, limitBytes: 1000 },
    ],
  ])('refuses %s without starting a worker', async (_label, blob, error) => {
    const w = inProcessWorker();
    expect(await createWorkerHasher(w.start).hash(blob, opts)).toEqual({ kind: 'failed', error });
    expect(w.start).not.toHaveBeenCalled();
  });

  it('reports an unreadable file', async () => {
    const w = inProcessWorker('unreadable');
    expect(await createWorkerHasher(w.start).hash(new Blob(['abc']), opts)).toEqual({
      kind: 'failed',
      error: { kind: 'file-unreadable', name: 'foto.jpg' },
    });
  });

  it('stops the worker when the import is cancelled', async () => {
    const w = inProcessWorker('hang');
    const controller = new AbortController();
    const pending = createWorkerHasher(w.start).hash(new Blob(['abc']), {
      ...opts,
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toEqual({ kind: 'aborted' });
    expect(w.terminate).toHaveBeenCalledOnce();
  });
});
