/** Messages between the page and the SHA-256 worker. */
import type { Sha256Hex } from '../../../core/evidence/types';

export type HashWorkerRequest = { id: number; blob: Blob };

export type HashWorkerReply =
  | { id: number; type: 'progress'; bytesDone: number }
  | { id: number; type: 'done'; sha256: Sha256Hex; size: number }
  | { id: number; type: 'unreadable' };
