/**
 * Exporting a case's evidence as a bundle: verify every item first (a mismatch is recorded and
 * flagged, never hidden), then stream a ZIP with the files, the manifests and a Dutch README
 * through the platform's streaming save, and log the export on every item.
 */
import { assignBundleNames, sanitizeFileName } from '../../../../core/evidence/fileNames';
import { checkBundleSize } from '../../../../core/evidence/limits';
import {
  CHECKSUMS_NAME,
  MANIFEST_JSON_NAME,
  MANIFEST_TEXT_NAME,
  README_NAME,
  buildManifest,
  bundlePathOf,
  isCompressible,
  renderChecksums,
  renderManifestJson,
  renderManifestText,
  renderReadme,
} from '../../../../core/evidence/manifest';
import type { BundleEntry } from '../../../../core/evidence/manifest';
import type { EvidenceError, EvidenceItem } from '../../../../core/evidence/types';
import type { CaseId } from '../../../../core/ids';
import type { EvidenceRepository } from '../../../db/repositories/evidenceRepository';
import type { EvidenceHasher } from '../../../platform/hashing/types';
import type { SaveStreamRequest } from '../../../platform/streaming/byteSink';
import type { SaveFileResult } from '../../../../shared/ipc';
import { verifyItems } from '../verifyEvidence';
import { writeZip } from './writeZip';
import type { ZipSource } from './writeZip';

export type ExportDeps = {
  repo: Pick<
    EvidenceRepository,
    'listByCase' | 'getBlob' | 'custodyOf' | 'recordCheck' | 'recordExported'
  >;
  hasher: EvidenceHasher;
  saveStream(req: SaveStreamRequest): Promise<SaveFileResult>;
  now(): Date;
};

export type ExportRequest = {
  caseId: CaseId;
  caseLabel: string;
  actor: string;
  /** AVG art. 10 / UAVG: criminal-offence data stays out unless the user includes it. */
  includeStrafrechtelijk: boolean;
  onProgress?: (phase: 'verifying' | 'writing', bytesDone: number, totalBytes: number) => void;
};

export type ExportResult =
  | { kind: 'exported'; path: string; itemCount: number; mismatched: EvidenceItem[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: EvidenceError | { kind: 'write-failed' } };

const TEXT_TYPE = 'text/plain;charset=utf-8';

/** "Bewijsbundel Zaak 2025-007 2025-03-13.zip", safe as a file name everywhere. */
export const bundleFileName = (caseLabel: string, exportedAt: Date): string =>
  sanitizeFileName(`Bewijsbundel ${caseLabel} ${exportedAt.toISOString().slice(0, 10)}.zip`);

/** Verifies and exports a case's evidence; see the module comment for the steps. */
export const exportBundle = async (req: ExportRequest, deps: ExportDeps): Promise<ExportResult> => {
  const items = (await deps.repo.listByCase(req.caseId)).filter(
    (i) => req.includeStrafrechtelijk || !i.strafrechtelijk,
  );
  if (items.length === 0) return { kind: 'failed', error: { kind: 'nothing-to-export' } };
  const tooLarge = checkBundleSize(
    items.map((i) => i.size),
    1024 * 1024,
  );
  if (tooLarge) return { kind: 'failed', error: tooLarge };

  const checks = await verifyItems(
    items,
    { repo: deps.repo, hasher: deps.hasher, actor: req.actor },
    (done, total) => req.onProgress?.('verifying', done, total),
  );

  const names = assignBundleNames(items.map((i) => i.originalName));
  const entries: BundleEntry[] = [];
  const sources: ZipSource[] = [];
  for (const [index, item] of items.entries()) {
    const check = checks.get(item.id);
    const blob = await deps.repo.getBlob(item.id);
    const fileName = names[index];
    if (!check || check.kind === 'unreadable' || !blob || fileName === undefined) {
      return { kind: 'failed', error: { kind: 'file-unreadable', name: item.originalName } };
    }
    entries.push({ item, fileName, check, custody: await deps.repo.custodyOf(item.id) });
    sources.push({
      path: bundlePathOf(fileName),
      blob,
      compress: isCompressible(item.mimeType),
      mtime: Date.parse(item.importedAt),
    });
  }

  const exportedAt = deps.now();
  const manifest = buildManifest({
    caseId: req.caseId,
    caseLabel: req.caseLabel,
    exportedAt: exportedAt.toISOString(),
    exportedBy: req.actor,
    entries,
  });
  const mtime = exportedAt.getTime();
  const text = (path: string, content: string): ZipSource => ({
    path,
    blob: new Blob([content], { type: TEXT_TYPE }),
    compress: true,
    mtime,
  });
  const all: ZipSource[] = [
    text(README_NAME, renderReadme(manifest)),
    text(MANIFEST_TEXT_NAME, renderManifestText(manifest)),
    text(MANIFEST_JSON_NAME, renderManifestJson(manifest)),
    text(CHECKSUMS_NAME, renderChecksums(manifest)),
    ...sources,
  ];
  const totalBytes = all.reduce((sum, s) => sum + s.blob.size, 0);
  const suggestedName = bundleFileName(req.caseLabel, exportedAt);

  let saved: SaveFileResult;
  try {
    saved = await deps.saveStream({
      suggestedName,
      filter: 'zip',
      mimeType: 'application/zip',
      produce: (sink) =>
        writeZip(all, sink, (done) => req.onProgress?.('writing', done, totalBytes)),
    });
  } catch {
    return { kind: 'failed', error: { kind: 'write-failed' } };
  }
  if (saved.kind === 'cancelled') return { kind: 'cancelled' };
  if (saved.kind === 'failed') return { kind: 'failed', error: { kind: 'write-failed' } };

  // The name the user finally gave the file (the save dialog may change it).
  const savedName = saved.path.split(/[\\/]/).filter(Boolean).pop() ?? suggestedName;
  await deps.repo.recordExported(items, savedName, req.actor);
  return {
    kind: 'exported',
    path: saved.path,
    itemCount: items.length,
    mismatched: items.filter((i) => checks.get(i.id)?.kind === 'mismatch'),
  };
};
