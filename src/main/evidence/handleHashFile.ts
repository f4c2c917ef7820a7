/**
 * The `evidence:hashFile` IPC handler as a plain function: it parses the payload, then hashes
 * through the injected file opener. The renderer passes the path the preload got from
 * `webUtils.getPathForFile` for a file the user picked or dropped, and the size it sees; a
 * different size on disk means the file is not the one the renderer is storing.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { HashFileResult } from '../../shared/ipc';
import { hashRegularFile } from './hashFile';
import type { OpenFile } from './hashFile';

export const hashFileRequestSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => !p.includes('\0') && isAbsolute(p), 'must be an absolute path'),
  expectedSize: z.number().int().nonnegative(),
  limitBytes: z.number().int().positive(),
});

export type HashFileDeps = { openFile: OpenFile };

/** Hashes a user-supplied evidence file; every failure is a value the renderer shows in Dutch. */
export const handleHashFile = async (
  payload: unknown,
  deps: HashFileDeps,
): Promise<HashFileResult> => {
  const parsed = hashFileRequestSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'failed', reason: 'invalid-request' };
  const { path, expectedSize, limitBytes } = parsed.data;
  const outcome = await hashRegularFile(path, { limitBytes }, deps.openFile);
  if (outcome.kind === 'hashed' && outcome.size !== expectedSize) {
    return { kind: 'failed', reason: 'changed-during-read' };
  }
  return outcome;
};
