/** Live queries over the evidence locker; components use these, never the database. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CustodyEntry } from '../../../core/evidence/custody';
import type { EvidenceItem } from '../../../core/evidence/types';
import type { CaseId, EvidenceId } from '../../../core/ids';
import { evidenceRepository } from '../repositories';

/** A case's evidence items, oldest import first; `undefined` while loading. */
export const useCaseEvidence = (caseId: CaseId): EvidenceItem[] | undefined =>
  useLiveQuery(() => evidenceRepository.listByCase(caseId), [caseId]);

/** Every custody entry of a case grouped per item, oldest first; `undefined` while loading. */
export const useCaseCustody = (caseId: CaseId): Map<EvidenceId, CustodyEntry[]> | undefined =>
  useLiveQuery(async () => {
    const byItem = new Map<EvidenceId, CustodyEntry[]>();
    for (const entry of await evidenceRepository.custodyOfCase(caseId)) {
      const list = byItem.get(entry.evidenceId) ?? [];
      list.push(entry);
      byItem.set(entry.evidenceId, list);
    }
    for (const list of byItem.values()) list.sort((a, b) => a.seq - b.seq);
    return byItem;
  }, [caseId]);
