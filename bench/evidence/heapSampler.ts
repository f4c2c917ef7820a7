/**
 * Samples the JS heap of a page and of every dedicated worker it starts, over the Chrome
 * DevTools Protocol. Workers are reached through `Target.setAutoAttach` (non-flat sessions),
 * because Playwright's CDP session cannot address a flat child session directly.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

type HeapUsage = { usedSize: number };
type Attached = { sessionId: string; targetInfo: { type: string } };
type Received = { sessionId: string; message: string };

export type HeapPeak = {
  /** Largest growth of the page heap over its level when sampling started, in bytes. */
  pageGrowth: number;
  /** Largest heap of a worker started while sampling (all of it is growth), in bytes. */
  workerPeak: number;
  samples: number;
};

/** Starts sampling every `intervalMs`; `stop()` returns the peaks. */
export const sampleHeap = async (context: BrowserContext, page: Page, intervalMs = 100) => {
  const cdp: CDPSession = await context.newCDPSession(page);
  const workers: string[] = [];
  const pending = new Map<number, (value: HeapUsage | null) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event: Attached) => {
    if (event.targetInfo.type === 'worker') workers.push(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event: Received) => {
    const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
    if (message.id === undefined) return;
    pending.get(message.id)?.(message.result ?? null);
    pending.delete(message.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });

  const workerHeap = (sessionId: string): Promise<HeapUsage | null> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => {
        if (pending.delete(id)) resolve(null);
      }, 1000);
      void cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => undefined);
    });
  const pageHeap = async (): Promise<number> =>
    ((await cdp.send('Runtime.getHeapUsage')) as HeapUsage).usedSize;

  const baseline = await pageHeap();
  const peak: HeapPeak = { pageGrowth: 0, workerPeak: 0, samples: 0 };
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      peak.pageGrowth = Math.max(peak.pageGrowth, (await pageHeap()) - baseline);
      for (const sessionId of workers) {
        const usage = await workerHeap(sessionId);
        if (usage) peak.workerPeak = Math.max(peak.workerPeak, usage.usedSize);
      }
      peak.samples += 1;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();

  return {
    stop: async (): Promise<HeapPeak> => {
      state.running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak;
    },
  };
};
