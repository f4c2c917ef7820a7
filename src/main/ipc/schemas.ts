/** Zod schemas for every IPC payload. Main parses each payload before acting on it. */
import { z } from 'zod';

const fileFilter = z.enum(['docx', 'zip', 'json', 'pdf', 'image', 'any']);

/** A bare file name: no folders, no control characters, not empty, not absurdly long. */
const bareFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\p{Cc}]/u.test(name), 'must be a bare file name')
  .refine((name) => name !== '.' && name !== '..', 'must be a bare file name');

export const saveFileRequestSchema = z.strictObject({
  suggestedName: bareFileName,
  filter: fileFilter,
  bytes: z.instanceof(Uint8Array),
});

export const openFilesRequestSchema = z.strictObject({
  filter: fileFilter,
  multiple: z.boolean(),
});

export const revealFileRequestSchema = z.strictObject({
  path: z.string().min(1).max(4096),
});

export const openExternalRequestSchema = z.strictObject({
  url: z.string().min(1).max(2048),
});

/** Methods that take no payload must receive none. */
export const noPayloadSchema = z.undefined();
