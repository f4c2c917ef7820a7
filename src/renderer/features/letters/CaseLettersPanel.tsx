import type { Case } from '../../../core/case/types';
import { LettersPanel } from './LettersPanel';

/** What the case builder's Brieven step hands over (a subset of its slot props). */
export type CaseLettersSlotProps = {
  caseRecord: Pick<Case, 'id'>;
  /** The user's name, recorded with every issued document. */
  actor: string;
};

/**
 * The letters screen in the case builder's Brieven step, which looks this module up by path
 * and passes the case being built; the panel reads the stored case itself, live.
 */
export const CaseLettersPanel = ({ caseRecord, actor }: CaseLettersSlotProps) => (
  <LettersPanel caseId={caseRecord.id} actor={actor} />
);
