import { describe, expect, it, vi } from 'vitest';
import type { StreamWriteRequest } from '../../../shared/ipc';
import { streamThroughIpc } from './ipcStream';

const fakeApi = (opened: 'opened' | 'cancelled' = 'opened', failWrite = false) => {
  const received: number[][] = [];
  return {
    received,
    api: {
      streamOpen: vi.fn(async () =>
        opened === 'opened'
          ? { kind: 'opened' as const, streamId: 's-1' }
          : { kind: 'cancelled' as const },
      ),
      streamWrite: vi.fn(async (req: StreamWriteRequest) => {
        if (failWrite) return { kind: 'failed' as const, reason: 'write-failed' as const };
        received.push([...req.chunk]);
        return { kind: 'written' as const };
      }),
      streamClose: vi.fn(async ({ commit }: { commit: boolean }) =>
        commit ? { kind: 'saved' as const, path: '/x/b.zip' } : { kind: 'discarded' as const },
      ),
    },
  };
};

const target = { target: 'saveDialog', suggestedName: 'b.zip', filter: 'zip' } as const;

describe('streamThroughIpc', () => {
  it('batches small chunks, keeps order and commits', async () => {
    const { api, received } = fakeApi();
    const result = await streamThroughIpc(
      api,
      target,
      async (sink) => {
        for (const c of [[1, 2], [3], [4, 5, 6], [7], [8, 9, 10, 11, 12]])
          await sink.write(new Uint8Array(c));
      },
      4,
    );
    expect(result).toEqual({ kind: 'saved', path: '/x/b.zip' });
    expect(received.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(received.every((c) => c.length <= 5)).toBe(true);
    expect(api.streamClose).toHaveBeenCalledWith({ streamId: 's-1', commit: true });
  });

  it('does not produce anything when the dialog is cancelled', async () => {
    const { api } = fakeApi('cancelled');
    const produce = vi.fn(async () => undefined);
    expect(await streamThroughIpc(api, target, produce)).toEqual({ kind: 'cancelled' });
    expect(produce).not.toHaveBeenCalled();
  });

  it('discards the stream when producing fails', async () => {
    const { api } = fakeApi();
    await expect(
      streamThroughIpc(api, target, async () => {
        throw new Error('blob unreadable');
      }),
    ).rejects.toThrow('blob unreadable');
    expect(api.streamClose).toHaveBeenCalledWith({ streamId: 's-1', commit: false });
  });

  it('discards the stream when main cannot write', async () => {
    const { api } = fakeApi('opened', true);
    await expect(
      streamThroughIpc(api, target, async (sink) => sink.write(new Uint8Array([1])), 4),
    ).rejects.toThrow('stream write failed');
    expect(api.streamClose).toHaveBeenCalledWith({ streamId: 's-1', commit: false });
  });
});
