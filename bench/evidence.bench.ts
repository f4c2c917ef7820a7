/**
 * Evidence hashing and storage on one generated 1 GiB file:
 * - the main-process hasher (its code, in Node) against `openssl dgst -sha256`;
 * - the browser's Web Worker hasher in Chromium against the same, with peak JS heap growth;
 * - storing the 1 GiB File through the evidence repository (Dexie) in Chromium;
 * - a desktop import: the estimate the issue asks for, max(Node hash, store) as if the two
 *   overlapped, and the path as built, measured: the renderer starts the import, main hashes,
 *   then the one transaction stores blob + metadata + custody (Chromium copies the blob into
 *   IndexedDB at commit, so within one transaction the two cannot overlap).
 * Timings are the best of several runs (other work on the machine only slows runs down).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, isolatedBrowserEnv } from '../e2e/support/chromium';
import { cspMetaPlugin } from '../scripts/cspMetaPlugin';
import { hashRegularFile } from '../src/main/evidence/hashFile';
import type { EvidenceBenchApi } from './evidence/page';
import { sampleHeap } from './evidence/heapSampler';
import { serveRenderer } from './lib/browser';
import { percentile, recordMeasure, round } from './lib/record';

const GIB = 1024 ** 3;
const MB = 1e6;
const NODE_RUNS = 5;
const BROWSER_RUNS = 2;

let dir: string;
let file: string;
let opensslMs = Number.NaN;
let opensslDigest = '';
let nodeMs = Number.NaN;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- extends Window
  interface Window {
    evidenceBench: EvidenceBenchApi;
  }
}

const mbps = (ms: number): number => round(GIB / MB / (ms / 1000), 0);

/** Background load when a measure is taken: other work on this 2-core machine slows every run. */
const loadNote = (): string => `load average ${round(loadavg()[0] ?? 0, 1)}`;

const best = async <T>(runs: number, run: () => Promise<T> | T, msOf: (r: T) => number) => {
  const results: T[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await run());
  const times = results.map(msOf);
  return { best: Math.min(...times), median: percentile(times, 50), results };
};

const timed = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'evidence-bench-'));
  file = join(dir, 'evidence-1GiB.bin');
  // Random 16 MiB blocks, each made distinct, written once: 1 GiB that is in the page cache
  // for every contender alike.
  const block = randomBytes(16 * 1024 * 1024);
  writeFileSync(file, new Uint8Array(0));
  for (let i = 0; i < GIB / block.length; i += 1) {
    block.writeUInt32LE(i, 0);
    appendFileSync(file, block);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('main-process hasher (Node crypto, 1 MiB reads) against openssl dgst -sha256', async () => {
  // Runs alternate, so both see the same background load; the ratio is taken per pair.
  const pairs: { openssl: number; node: number }[] = [];
  for (let i = 0; i < NODE_RUNS; i += 1) {
    const openssl = await timed(() =>
      execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' }),
    );
    opensslDigest = openssl.value.split(' ')[0] ?? '';
    const node = await timed(() =>
      hashRegularFile(file, { limitBytes: Number.MAX_SAFE_INTEGER }, open),
    );
    expect(node.value).toMatchObject({ kind: 'hashed', sha256: opensslDigest });
    pairs.push({ openssl: openssl.ms, node: node.ms });
  }
  opensslMs = Math.min(...pairs.map((p) => p.openssl));
  nodeMs = Math.min(...pairs.map((p) => p.node));
  const ratio = percentile(
    pairs.map((p) => p.openssl / p.node),
    50,
  );
  recordMeasure('evidence-hash-node', {
    label: 'Evidence hash, 1 GiB: main-process hasher (Node) as a ratio to openssl dgst -sha256',
    unit: '× openssl',
    value: round(ratio),
    target: '≥ 0.9',
    meetsTarget: ratio >= 0.9,
    notes: `median of ${NODE_RUNS} alternating pairs; best runs: Node ${mbps(nodeMs)} MB/s, openssl ${mbps(opensslMs)} MB/s (openssl's time includes starting the process); ${loadNote()}`,
  });
});

it('browser worker hasher, Dexie store and a desktop import in Chromium', async () => {
  const out = join(dir, 'page');
  await build({
    root: fileURLToPath(new URL('./evidence', import.meta.url)),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [cspMetaPlugin()],
    build: { outDir: out, emptyOutDir: true },
  });
  const server = await serveRenderer(out);
  // A persistent profile on disk: IndexedDB in an incognito context would live in memory.
  const context: BrowserContext = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    env: isolatedBrowserEnv(),
  });
  try {
    const page: Page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.setInputFiles('#file', file);

    // Worker hasher, with the page's and the worker's heap sampled throughout.
    const worker = await best(
      BROWSER_RUNS,
      async () => {
        const heap = await sampleHeap(context, page);
        const result = await page.evaluate(() => window.evidenceBench.hash());
        return { ...result, heap: await heap.stop() };
      },
      (r) => r.ms,
    );
    for (const r of worker.results) expect(r.sha256).toBe(opensslDigest);
    const workerRatio = opensslMs / worker.best;
    const heapGrowth = Math.max(
      ...worker.results.map((r) => r.heap.pageGrowth + r.heap.workerPeak),
    );
    recordMeasure('evidence-hash-worker', {
      label:
        'Evidence hash, 1 GiB: browser Web Worker hasher (hash-wasm over file.stream()) as a ratio to openssl',
      unit: '× openssl',
      value: round(workerRatio),
      target: 'report; ≤ 0.15 is the WASM ceiling here',
      notes: `${mbps(worker.best)} MB/s (median ${mbps(worker.median)}) in Chromium; best of ${BROWSER_RUNS}; ${loadNote()}`,
    });
    recordMeasure('evidence-hash-worker-heap', {
      label:
        'Evidence hash, 1 GiB in the Web Worker: peak JS heap growth (page growth + worker heap)',
      unit: 'MB',
      value: round(heapGrowth / MB, 1),
      target: '≤ 64 MB',
      meetsTarget: heapGrowth <= 64 * MB,
      notes: `sampled every 100 ms over CDP; worker heap ${round(Math.max(...worker.results.map((r) => r.heap.workerPeak)) / MB, 1)} MB, page growth ${round(Math.max(...worker.results.map((r) => r.heap.pageGrowth)) / MB, 1)} MB; ${loadNote()}`,
    });

    // Storing the picked File: blob + metadata + custody in one transaction, digest known.
    let run = 0;
    const store = await best(
      BROWSER_RUNS,
      async () => {
        run += 1;
        const result = await page.evaluate(([n, digest]) => window.evidenceBench.store(n, digest), [
          run,
          opensslDigest,
        ] as const);
        await page.evaluate((n) => window.evidenceBench.drop(n), run);
        return result;
      },
      (r) => r.ms,
    );
    for (const r of store.results) expect(r.kind).toBe('stored');
    recordMeasure('evidence-dexie-store', {
      label:
        'Evidence store, 1 GiB File through the repository (Dexie, one transaction) in Chromium',
      unit: 'ms',
      value: round(store.best, 0),
      notes: `median ${round(store.median, 0)} ms; persistent profile on disk; best of ${BROWSER_RUNS}; ${loadNote()}`,
    });

    // Desktop import as built: the page starts the import, Node hashes, then the page stores.
    const desktop = await best(
      BROWSER_RUNS,
      async () => {
        run += 1;
        const n = run;
        const start = performance.now();
        const stored = page.evaluate((m) => window.evidenceBench.store(m), n);
        const hashed = await hashRegularFile(file, { limitBytes: Number.MAX_SAFE_INTEGER }, open);
        if (hashed.kind !== 'hashed') throw new Error(hashed.reason);
        await page.evaluate((sha) => window.evidenceBench.resolveDigest(sha), hashed.sha256);
        const result = await stored;
        const ms = performance.now() - start;
        await page.evaluate((m) => window.evidenceBench.drop(m), n);
        return { ms, kind: result.kind };
      },
      (r) => r.ms,
    );
    for (const r of desktop.results) expect(r.kind).toBe('stored');
    const estimate = Math.max(nodeMs, store.best);
    recordMeasure('evidence-desktop-import-estimate', {
      label:
        'Evidence import, 1 GiB, desktop estimate: max(Node hash, Dexie store) if they overlapped',
      unit: 'ms',
      value: round(estimate, 0),
      target: '≤ 2500 ms',
      meetsTarget: estimate <= 2500,
      notes: `Node hash ${round(nodeMs, 0)} ms, store ${round(store.best, 0)} ms (best runs above); ${loadNote()}`,
    });
    recordMeasure('evidence-desktop-import', {
      label:
        'Evidence import, 1 GiB, desktop path as built (Node hash, then one Dexie transaction), measured end to end',
      unit: 'ms',
      value: round(desktop.best, 0),
      target: '≤ 2500 ms',
      meetsTarget: desktop.best <= 2500,
      notes: `median ${round(desktop.median, 0)} ms; Node in this process stands in for the main process, Chromium for the renderer; best of ${BROWSER_RUNS}; ${loadNote()}`,
    });
  } finally {
    await context.close();
    server.stop();
  }
});
