/**
 * The import queue behind the panel: files are imported one at a time (hashing is CPU-bound and
 * IndexedDB writes are serialised anyway), each with its own progress, and the batch with a
 * total. Every job ends as added or as a Dutch-ready error; nothing is half-stored.
 */
import { useCallback, useRef, useState } from 'react';
import type { EvidenceError } from '../../../core/evidence/types';
import type { EvidenceId } from '../../../core/ids';
import type { StoreEvidenceResult } from '../../db/repositories/evidenceRepository';
import { importFile, importScreenshot } from './importEvidence';
import type { ImportContext } from './importEvidence';

export type ImportJob = {
  id: number;
  name: string;
  /** Null for something refused before its size was known (a folder). */
  size: number | null;
  /** Bytes hashed so far. */
  done: number;
  status: 'queued' | 'hashing' | 'stored' | 'failed';
  error?: EvidenceError;
  itemId?: EvidenceId;
};

type Task = {
  id: number;
  run: (onProgress: (done: number) => void) => Promise<StoreEvidenceResult>;
};

/** Queue state and the actions that add to it; `ctx` null means adding is not possible yet. */
export const useEvidenceImport = (ctx: ImportContext | null) => {
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const queue = useRef<Task[]>([]);
  const running = useRef(false);
  const nextId = useRef(1);

  const update = useCallback((id: number, patch: Partial<ImportJob>) => {
    setJobs((all) => all.map((job) => (job.id === id ? { ...job, ...patch } : job)));
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    for (let task = queue.current.shift(); task; task = queue.current.shift()) {
      const { id } = task;
      update(id, { status: 'hashing' });
      const result = await task.run((done) => update(id, { done }));
      if (result.kind === 'stored') {
        update(id, { status: 'stored', done: result.item.size, itemId: result.item.id });
      } else if (result.kind === 'failed') {
        update(id, { status: 'failed', error: result.error });
      } else {
        update(id, { status: 'failed' });
      }
    }
    running.current = false;
  }, [update]);

  const enqueue = useCallback(
    (name: string, size: number, run: Task['run']) => {
      const id = nextId.current;
      nextId.current += 1;
      setJobs((all) => [...all, { id, name, size, done: 0, status: 'queued' }]);
      queue.current.push({ id, run });
      void pump();
    },
    [pump],
  );

  const addFiles = useCallback(
    (files: readonly File[], source: 'picker' | 'dragDrop') => {
      if (!ctx) return;
      for (const file of files) {
        enqueue(file.name, file.size, (onProgress) => importFile(ctx, file, source, onProgress));
      }
    },
    [ctx, enqueue],
  );

  const addScreenshot = useCallback(
    (image: Blob, label: string) => {
      if (!ctx) return;
      enqueue(label, image.size, (onProgress) => importScreenshot(ctx, image, onProgress));
    },
    [ctx, enqueue],
  );

  /** Lists items that were refused before any work, e.g. dropped folders. */
  const addRefused = useCallback((names: readonly string[], kind: 'not-a-regular-file') => {
    setJobs((all) => [
      ...all,
      ...names.map((name): ImportJob => {
        const id = nextId.current;
        nextId.current += 1;
        return { id, name, size: null, done: 0, status: 'failed', error: { kind, name } };
      }),
    ]);
  }, []);

  /** Removes finished jobs from the list (queued and running ones stay). */
  const clearFinished = useCallback(() => {
    setJobs((all) => all.filter((job) => job.status === 'queued' || job.status === 'hashing'));
  }, []);

  return { jobs, addFiles, addScreenshot, addRefused, clearFinished };
};
