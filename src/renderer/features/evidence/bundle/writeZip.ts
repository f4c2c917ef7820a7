/**
 * A streaming ZIP writer over fflate: each entry is read from its Blob chunk by chunk, passed
 * through (media, PDFs: already compressed) or deflated (text), and every output chunk is
 * handed to the sink before the next input chunk is read. Memory stays at about one chunk,
 * whatever the size of the case.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ByteSink } from '../../../platform/streaming/byteSink';
import { readStreamChunks } from '../../../platform/streaming/readStreamChunks';

export type ZipSource = {
  /** Path inside the archive, forward slashes. */
  path: string;
  blob: Blob;
  compress: boolean;
  /** Modification time recorded for the entry (ms since epoch). */
  mtime: number;
};

const UNIX_HOST = 3;
const REGULAR_FILE_0644 = 0o100644;

/** Called with the number of source bytes written so far. */
export type ZipProgress = (bytesDone: number) => void;

/** Writes the sources, in order, as one ZIP archive to `sink`. Rejects on a read or sink error. */
export const writeZip = async (
  sources: readonly ZipSource[],
  sink: ByteSink,
  onProgress?: ZipProgress,
): Promise<void> => {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const drain = async (): Promise<void> => {
    for (let chunk = pending.shift(); chunk; chunk = pending.shift()) await sink.write(chunk);
    if (failure) throw failure;
  };

  let done = 0;
  for (const source of sources) {
    const entry = source.compress
      ? new ZipDeflate(source.path, { level: 6 })
      : new ZipPassThrough(source.path);
    entry.mtime = source.mtime;
    // Unix origin with rw-r--r--: Info-ZIP unzip (Linux, macOS) then honours the UTF-8 name flag
    // instead of translating names from the DOS code page, so emoji survive; Windows reads both.
    entry.os = UNIX_HOST;
    entry.attrs = REGULAR_FILE_0644 * 0x10000;
    zip.add(entry);
    for await (const chunk of readStreamChunks(source.blob.stream())) {
      entry.push(chunk);
      done += chunk.byteLength;
      onProgress?.(done);
      await drain();
    }
    entry.push(new Uint8Array(0), true);
    await drain();
  }
  zip.end();
  await drain();
};
