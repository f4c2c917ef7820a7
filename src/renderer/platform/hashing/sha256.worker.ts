/**
 * Web Worker: hashes one Blob per message with hash-wasm over `blob.stream()`, posting
 * progress about every 8 MiB. Hashing off the main thread keeps the UI responsive and the
 * page's JS heap flat (measured: no growth for a 1 GiB file).
 */
import { hashBlobStream } from './hashBlob';
import type { HashWorkerReply, HashWorkerRequest } from './workerProtocol';

/** The two members of DedicatedWorkerGlobalScope this worker uses (the DOM lib types `self` as Window). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<HashWorkerRequest>) => void) | null;
  postMessage(message: HashWorkerReply): void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, blob } = event.data;
  hashBlobStream(blob, (bytesDone) => scope.postMessage({ id, type: 'progress', bytesDone })).then(
    ({ sha256, size }) => scope.postMessage({ id, type: 'done', sha256, size }),
    // The stream fails with NotReadableError when a file changed or vanished after it was picked.
    () => scope.postMessage({ id, type: 'unreadable' }),
  );
};
