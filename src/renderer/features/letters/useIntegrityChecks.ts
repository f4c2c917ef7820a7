import { useEffect, useRef, useState } from 'react';
import { documentsRepository } from '../../db/hooks/letters';
import type { IntegrityResult, IssuedDocument } from '../../db/repositories/documentsRepository';

/**
 * Re-hashes the stored bytes of every issued document once per document, so a changed or
 * damaged file is reported as soon as the letters are shown.
 */
export const useIntegrityChecks = (
  documents: readonly IssuedDocument[] | undefined,
): ReadonlyMap<string, IntegrityResult> => {
  const [results, setResults] = useState<ReadonlyMap<string, IntegrityResult>>(new Map());
  const started = useRef(new Set<string>());
  useEffect(() => {
    for (const doc of documents ?? []) {
      if (started.current.has(doc.id)) continue;
      started.current.add(doc.id);
      void documentsRepository.verify(doc.id).then((result) => {
        setResults((prev) => new Map(prev).set(doc.id, result));
      });
    }
  }, [documents]);
  return results;
};
