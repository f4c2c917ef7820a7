import { OPEN_FILE_LIMIT_BYTES } from '../../shared/ipc';
import type { FileFilterId, OpenFilesResult, OpenedFile } from '../../shared/ipc';
import { createWorkerHasher } from './hashing/workerHasher';
import type { Platform } from './platform';
import { saveStreamAsDownload } from './streaming/byteSink';

const ACCEPT: Record<FileFilterId, string> = {
  docx: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: '.zip,application/zip',
  json: '.json,application/json',
  pdf: '.pdf,application/pdf',
  image: '.png,.jpg,.jpeg,image/png,image/jpeg',
  any: '',
};

const MIME: Record<FileFilterId, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  json: 'application/json',
  pdf: 'application/pdf',
  image: 'application/octet-stream',
  any: 'application/octet-stream',
};

/** Lets the user pick files with a temporary `<input type=file>`; resolves empty on cancel. */
export const pickFiles = (accept: string, multiple: boolean): Promise<File[]> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });

/** Reads picked files into memory, refusing any over the limit with its name. */
export const readPickedFiles = async (files: readonly File[]): Promise<OpenFilesResult> => {
  if (files.length === 0) return { kind: 'cancelled' };
  const opened: OpenedFile[] = [];
  for (const file of files) {
    if (file.size > OPEN_FILE_LIMIT_BYTES)
      return { kind: 'failed', reason: 'too-large', name: file.name };
    try {
      opened.push({
        name: file.name,
        size: file.size,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
    } catch {
      return { kind: 'failed', reason: 'unreadable', name: file.name };
    }
  }
  return { kind: 'opened', files: opened };
};

/** The platform for a plain browser: downloads and file inputs. */
export const createBrowserPlatform = (): Platform => ({
  kind: 'browser',
  getAppInfo: () =>
    Promise.resolve({ name: 'Sanctiedossier', version: __APP_VERSION__, platform: 'web' }),
  saveFile: (req) => {
    // Copy into a fresh ArrayBuffer so the Blob never aliases a shared buffer.
    const blob = new Blob([req.bytes.slice()], { type: MIME[req.filter] });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = req.suggestedName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return Promise.resolve({ kind: 'saved', path: req.suggestedName });
  },
  openFiles: async (req) => readPickedFiles(await pickFiles(ACCEPT[req.filter], req.multiple)),
  revealFile: () => Promise.resolve(false),
  hasher: createWorkerHasher(),
  saveFileStream: saveStreamAsDownload,
  openWithSystem: () => Promise.resolve('unsupported'),
  openExternal: (url) => {
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
});
