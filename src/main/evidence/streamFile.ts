/**
 * Streaming file output for the renderer: an evidence bundle of several GB is written chunk by
 * chunk to a temporary file beside the target and renamed into place only when complete, so
 * neither process ever holds the whole file and a failed export leaves nothing behind.
 *
 * Streams belong to the web contents that opened them; another sender cannot write to or close
 * them, and a closed or reloaded window's streams are discarded.
 */
import { extname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import type {
  FileFilterId,
  StreamCloseResult,
  StreamOpenResult,
  StreamWriteResult,
} from '../../shared/ipc';
import { DIALOG_FILTERS } from '../ipc/handlers';
import { saveFileRequestSchema } from '../ipc/schemas';

/** Largest chunk per message; the renderer batches to a few MiB. */
export const MAX_STREAM_CHUNK_BYTES = 16 * 1024 * 1024;
/** A renderer cannot hold more streams open than this (each holds a file descriptor). */
export const MAX_OPEN_STREAMS = 4;

const bareFileName = saveFileRequestSchema.shape.suggestedName;
const fileFilter = saveFileRequestSchema.shape.filter;

const openSchema = z.discriminatedUnion('target', [
  z.strictObject({
    target: z.literal('saveDialog'),
    suggestedName: bareFileName,
    filter: fileFilter,
  }),
  z.strictObject({ target: z.literal('openWith'), suggestedName: bareFileName }),
]);
const streamId = z.uuid();
const writeSchema = z.strictObject({
  streamId,
  chunk: z.instanceof(Uint8Array).refine((c) => c.byteLength <= MAX_STREAM_CHUNK_BYTES),
});
const closeSchema = z.strictObject({ streamId, commit: z.boolean() });

export type StreamDeps = {
  /** Shows the save dialog over the window of `owner` (the sender's web contents id). */
  showSaveDialog(defaultName: string, filter: FileFilterId, owner: number): Promise<string | null>;
  /** A fresh private folder for a copy that is opened with another application. */
  makeLaunchDir(): Promise<string>;
  /** Creates a new file for writing; fails if it exists. */
  createFile(path: string): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Opens a file with the system's default application; false if that failed. */
  launch(path: string): Promise<boolean>;
  rememberSavedPath(path: string): void;
  newId(): string;
};

type OpenStream = {
  owner: number;
  target: 'saveDialog' | 'openWith';
  temp: string;
  final: string;
  handle: FileHandle;
  /** Writes run one after another in arrival order. */
  queue: Promise<unknown>;
  failed: boolean;
};

/** Appends the filter's extension when the user typed a name without it. */
const withExtension = (path: string, filter: FileFilterId): string => {
  const wanted = DIALOG_FILTERS[filter].extensions[0];
  return wanted && wanted !== '*' && extname(path).toLowerCase() !== `.${wanted}`
    ? `${path}.${wanted}`
    : path;
};

/** The three stream handlers over one table of open streams; `owner` is the sender's id. */
export const createStreamHandlers = (deps: StreamDeps) => {
  const streams = new Map<string, OpenStream>();

  const discard = async (id: string, stream: OpenStream): Promise<void> => {
    streams.delete(id);
    await stream.queue.catch(() => undefined);
    await stream.handle.close().catch(() => undefined);
    await deps.unlink(stream.temp).catch(() => undefined);
  };

  const owned = (id: string, owner: number): OpenStream | undefined => {
    const stream = streams.get(id);
    return stream?.owner === owner ? stream : undefined;
  };

  return {
    open: async (payload: unknown, owner: number): Promise<StreamOpenResult> => {
      const parsed = openSchema.safeParse(payload);
      if (!parsed.success) return { kind: 'failed', reason: 'invalid-request' };
      const mine = [...streams.values()].filter((s) => s.owner === owner).length;
      if (mine >= MAX_OPEN_STREAMS) return { kind: 'failed', reason: 'invalid-request' };
      const req = parsed.data;
      let final: string;
      if (req.target === 'saveDialog') {
        const chosen = await deps.showSaveDialog(req.suggestedName, req.filter, owner);
        if (chosen === null) return { kind: 'cancelled' };
        final = withExtension(chosen, req.filter);
      } else {
        final = join(await deps.makeLaunchDir(), req.suggestedName);
      }
      const id = deps.newId();
      const temp = `${final}.${id}.tmp`;
      try {
        const handle = await deps.createFile(temp);
        streams.set(id, {
          owner,
          target: req.target,
          temp,
          final,
          handle,
          queue: Promise.resolve(),
          failed: false,
        });
      } catch {
        return { kind: 'failed', reason: 'write-failed' };
      }
      return { kind: 'opened', streamId: id };
    },

    write: async (payload: unknown, owner: number): Promise<StreamWriteResult> => {
      const parsed = writeSchema.safeParse(payload);
      const stream = parsed.success ? owned(parsed.data.streamId, owner) : undefined;
      if (!parsed.success || !stream) return { kind: 'failed', reason: 'invalid-request' };
      const { chunk } = parsed.data;
      const run = stream.queue.then(async () => {
        if (stream.failed) return;
        try {
          await stream.handle.write(chunk);
        } catch {
          stream.failed = true;
        }
      });
      stream.queue = run;
      await run;
      return stream.failed ? { kind: 'failed', reason: 'write-failed' } : { kind: 'written' };
    },

    close: async (payload: unknown, owner: number): Promise<StreamCloseResult> => {
      const parsed = closeSchema.safeParse(payload);
      const stream = parsed.success ? owned(parsed.data.streamId, owner) : undefined;
      if (!parsed.success || !stream) return { kind: 'failed', reason: 'invalid-request' };
      const { streamId: id, commit } = parsed.data;
      if (!commit || stream.failed) {
        await discard(id, stream);
        return commit ? { kind: 'failed', reason: 'write-failed' } : { kind: 'discarded' };
      }
      streams.delete(id);
      try {
        await stream.queue;
        await stream.handle.sync();
        await stream.handle.close();
        await deps.rename(stream.temp, stream.final);
      } catch {
        await stream.handle.close().catch(() => undefined);
        await deps.unlink(stream.temp).catch(() => undefined);
        return { kind: 'failed', reason: 'write-failed' };
      }
      if (stream.target === 'openWith') {
        return (await deps.launch(stream.final))
          ? { kind: 'launched' }
          : { kind: 'failed', reason: 'launch-failed' };
      }
      deps.rememberSavedPath(stream.final);
      return { kind: 'saved', path: stream.final };
    },

    /** Discards every open stream of a sender (its window closed or reloaded). */
    discardOwner: async (owner: number): Promise<void> => {
      for (const [id, stream] of [...streams])
        if (stream.owner === owner) await discard(id, stream);
    },
  };
};

export type StreamHandlers = ReturnType<typeof createStreamHandlers>;
