/**
 * The evidence locker's data: what an evidence item is, where it came from, and the values the
 * UI turns into Dutch messages. Every item, whatever its kind, has stored bytes with a SHA-256,
 * so every item can be verified and exported the same way (domain.md §5: evidence = screenshot
 * + URL + timestamp, statements).
 */
import type { Brand, CaseId, EvidenceId } from '../ids';

/** Lower-case hexadecimal SHA-256 digest, 64 characters. */
export type Sha256Hex = Brand<string, 'Sha256Hex'>;

/** What kind of evidence an item is. */
export const EVIDENCE_KINDS = ['file', 'screenshot', 'urlRecord', 'witnessStatement'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** How the item entered the locker. */
export const EVIDENCE_SOURCES = [
  'picker',
  'dragDrop',
  'clipboard',
  'urlForm',
  'statementForm',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** A social-media post or page as someone saw it: the facts that make a URL usable as evidence. */
export type UrlRecord = {
  url: string;
  /** E.g. "Instagram", "TikTok", "WhatsApp-groep 3B". */
  platform: string;
  /** Account name or handle that posted it, e.g. "@voorbeeld". */
  account: string;
  /** Local date and time the content was seen, as entered: `YYYY-MM-DDTHH:mm`. */
  seenAt: string;
  /** Who saw it. */
  seenBy: string;
  description: string;
};

/** A typed statement by a witness. */
export type WitnessStatement = {
  witness: string;
  /** Local date and time of the statement, as entered: `YYYY-MM-DDTHH:mm`. */
  statedAt: string;
  text: string;
  /** Whether the witness signed the statement (a signed paper copy exists). */
  signed: boolean;
};

type EvidenceItemBase = {
  id: EvidenceId;
  caseId: CaseId;
  /** The original file name, or the generated name of a record's text. */
  originalName: string;
  mimeType: string;
  /** Bytes of the stored content. */
  size: number;
  sha256: Sha256Hex;
  /** ISO 8601 UTC. */
  importedAt: string;
  importedBy: string;
  source: EvidenceSource;
  /**
   * Contains criminal-offence data (AVG art. 10, UAVG 31-33): restricted and left out of
   * default exports (domain.md §5).
   */
  strafrechtelijk: boolean;
};

export type FileEvidence = EvidenceItemBase & {
  kind: 'file';
  /** The file's own modification time as reported at import (ms since epoch), if known. */
  lastModified: number | null;
};
export type ScreenshotEvidence = EvidenceItemBase & { kind: 'screenshot' };
export type UrlRecordEvidence = EvidenceItemBase & { kind: 'urlRecord'; record: UrlRecord };
export type WitnessStatementEvidence = EvidenceItemBase & {
  kind: 'witnessStatement';
  statement: WitnessStatement;
};

/** One item in a case's evidence locker (metadata; the bytes are stored beside it). */
export type EvidenceItem =
  FileEvidence | ScreenshotEvidence | UrlRecordEvidence | WitnessStatementEvidence;

/**
 * Why a piece of evidence could not be added, verified or exported. The UI shows each in
 * Dutch; nothing is half-stored when one occurs.
 */
export type EvidenceError =
  | { kind: 'file-empty'; name: string }
  | { kind: 'file-too-large'; name: string; size: number; limitBytes: number }
  | { kind: 'file-unreadable'; name: string }
  | { kind: 'not-a-regular-file'; name: string }
  | { kind: 'quota-exceeded'; name: string }
  | { kind: 'storage-failed'; name: string }
  | { kind: 'duplicate'; name: string; existingId: EvidenceId; existingName: string }
  | { kind: 'bundle-too-large'; size: number; limitBytes: number }
  | { kind: 'nothing-to-export' };

export type EvidenceErrorKind = EvidenceError['kind'];
