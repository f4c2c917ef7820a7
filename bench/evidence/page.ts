/**
 * The browser side of bench/evidence.bench.ts: the app's own Web Worker hasher and evidence
 * repository, exposed on `window` for Playwright to call on a file picked by path.
 */
import { asId } from '../../src/core/ids';
import type { CaseId, EvidenceId } from '../../src/core/ids';
import type { Sha256Hex } from '../../src/core/evidence/types';
import { SanctieDatabase } from '../../src/renderer/db/db';
import { createEvidenceRepository } from '../../src/renderer/db/repositories/evidenceRepository';
import type { DigestOutcome } from '../../src/renderer/db/repositories/evidenceRepository';
import { createWorkerHasher } from '../../src/renderer/platform/hashing/workerHasher';

export type EvidenceBenchApi = {
  /** Hashes the picked file in the Web Worker; ms and the digest. */
  hash(): Promise<{ ms: number; sha256: string }>;
  /**
   * Stores the picked file through the evidence repository (blob + metadata + custody in one
   * transaction). The digest arrives later through `resolveDigest`, as main's hash does in
   * Electron; with `digest` given it is known up front.
   */
  store(run: number, digest?: string): Promise<{ ms: number; kind: string }>;
  resolveDigest(sha256: string): void;
  /** Deletes a run's database so the next run starts empty. */
  drop(run: number): Promise<void>;
};

const picked = (): File => {
  const file = (document.getElementById('file') as HTMLInputElement).files?.[0];
  if (!file) throw new Error('no file picked');
  return file;
};

const hasher = createWorkerHasher();
let pendingDigest: ((sha256: string) => void) | null = null;

const api: EvidenceBenchApi = {
  hash: async () => {
    const file = picked();
    const start = performance.now();
    const outcome = await hasher.hash(file, {
      name: file.name,
      limitBytes: Number.MAX_SAFE_INTEGER,
    });
    if (outcome.kind !== 'hashed') throw new Error(`hash failed: ${outcome.kind}`);
    return { ms: performance.now() - start, sha256: outcome.sha256 };
  },
  store: async (run, digest) => {
    const file = picked();
    const db = new SanctieDatabase(`evidence-bench-${run}`);
    await db.open();
    const repo = createEvidenceRepository(db);
    const sha = new Promise<DigestOutcome>((resolve) => {
      const accept = (sha256: string) => resolve({ kind: 'hashed', sha256: sha256 as Sha256Hex });
      if (digest) accept(digest);
      else pendingDigest = accept;
    });
    const start = performance.now();
    const result = await repo.store({
      draft: {
        id: asId<EvidenceId>(`bench-${run}`),
        caseId: asId<CaseId>('bench'),
        kind: 'file',
        originalName: file.name,
        mimeType: 'application/octet-stream',
        size: file.size,
        importedAt: new Date().toISOString(),
        importedBy: 'bench',
        source: 'picker',
        strafrechtelijk: false,
        lastModified: file.lastModified,
      },
      blob: file,
      digest: sha,
    });
    const ms = performance.now() - start;
    db.close();
    return { ms, kind: result.kind };
  },
  resolveDigest: (sha256) => pendingDigest?.(sha256),
  drop: async (run) => {
    await SanctieDatabase.delete(`evidence-bench-${run}`);
  },
};

(window as unknown as { evidenceBench: EvidenceBenchApi }).evidenceBench = api;
