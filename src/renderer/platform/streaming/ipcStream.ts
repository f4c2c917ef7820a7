/**
 * Streaming output through the main process (Electron): chunks are batched to a few MiB and
 * sent in order; main writes them to a temporary file and renames it into place on success.
 * If the producer fails, the stream is discarded and nothing is left on disk.
 */
import type { AppApi, StreamCloseResult, StreamOpenRequest } from '../../../shared/ipc';
import type { ByteSink } from './byteSink';

type StreamApi = Pick<AppApi, 'streamOpen' | 'streamWrite' | 'streamClose'>;

/** Bytes per IPC message: large enough to amortise the round trip, small enough to be cheap. */
export const IPC_BATCH_BYTES = 4 * 1024 * 1024;

export type IpcStreamResult = StreamCloseResult | { kind: 'cancelled' };

/** Opens a stream in main, lets `produce` fill it, and commits (or discards on failure). */
export const streamThroughIpc = async (
  api: StreamApi,
  target: StreamOpenRequest,
  produce: (sink: ByteSink) => Promise<void>,
  batchBytes = IPC_BATCH_BYTES,
): Promise<IpcStreamResult> => {
  const opened = await api.streamOpen(target);
  if (opened.kind === 'cancelled') return opened;
  if (opened.kind === 'failed') return { kind: 'failed', reason: 'write-failed' };
  const { streamId } = opened;

  let buffer = new Uint8Array(batchBytes);
  let used = 0;
  const send = async (): Promise<void> => {
    if (used === 0) return;
    const result = await api.streamWrite({ streamId, chunk: buffer.subarray(0, used) });
    used = 0;
    if (result.kind !== 'written') throw new Error('stream write failed');
  };
  const sink: ByteSink = {
    write: async (chunk) => {
      if (chunk.byteLength >= batchBytes) {
        await send();
        // IPC copies the message, so the caller's chunk can be sent as is.
        const result = await api.streamWrite({ streamId, chunk });
        if (result.kind !== 'written') throw new Error('stream write failed');
        return;
      }
      if (used + chunk.byteLength > batchBytes) await send();
      buffer.set(chunk, used);
      used += chunk.byteLength;
    },
  };

  try {
    await produce(sink);
    await send();
  } catch (error) {
    await api.streamClose({ streamId, commit: false }).catch(() => undefined);
    throw error;
  } finally {
    buffer = new Uint8Array(0);
  }
  return api.streamClose({ streamId, commit: true });
};
