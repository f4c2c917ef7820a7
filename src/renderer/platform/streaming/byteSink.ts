import type { FileFilterId, SaveFileResult } from '../../../shared/ipc';

/**
 * Streaming output for large files (evidence bundles): the producer writes chunks to a sink
 * and awaits each write, so a slow disk slows the producer instead of filling memory.
 */

/** Where a streamed file's bytes go. */
export type ByteSink = { write(chunk: Uint8Array): Promise<void> };

/**
 * Collects chunks as Blob parts. Blob data lives in the browser's blob store (spilled to disk
 * when large), not in the JS heap; chunks are batched so a 2 GB file is a few hundred parts.
 */
export const createBlobPartsSink = (batchBytes = 8 * 1024 * 1024) => {
  const parts: Blob[] = [];
  let batch: Uint8Array[] = [];
  let batchSize = 0;
  const flush = (): void => {
    if (batchSize === 0) return;
    parts.push(new Blob(batch as BlobPart[]));
    batch = [];
    batchSize = 0;
  };
  return {
    write: (chunk: Uint8Array): Promise<void> => {
      // Copy: a producer may reuse its buffer after the write resolves.
      batch.push(chunk.slice());
      batchSize += chunk.byteLength;
      if (batchSize >= batchBytes) flush();
      return Promise.resolve();
    },
    /** The collected bytes as one Blob; the sink must not be written to afterwards. */
    toBlob: (type: string): Blob => {
      flush();
      return new Blob(parts, { type });
    },
  };
};

/** A file to save by streaming: `produce` writes its bytes to the sink the platform provides. */
export type SaveStreamRequest = {
  /** Suggested file name only (no folders). */
  suggestedName: string;
  filter: FileFilterId;
  mimeType: string;
  produce(sink: ByteSink): Promise<void>;
};

/**
 * The browser's streaming save: collect the bytes as Blob parts (not JS heap), then download.
 * A browser cannot be cancelled here and reports the suggested name as the path.
 */
export const saveStreamAsDownload = async (req: SaveStreamRequest): Promise<SaveFileResult> => {
  const sink = createBlobPartsSink();
  await req.produce(sink);
  const url = URL.createObjectURL(sink.toBlob(req.mimeType));
  const link = document.createElement('a');
  link.href = url;
  link.download = req.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is ample to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved', path: req.suggestedName };
};
