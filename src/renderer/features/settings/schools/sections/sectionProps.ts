import type { SchoolDraft, SchoolField } from '../schoolDraft';

/** What every editor section receives. */
export type SectionProps = {
  draft: SchoolDraft;
  /** Applies a change to the draft (nothing is stored until Opslaan). */
  update: (change: (draft: SchoolDraft) => SchoolDraft) => void;
  /** The error message for a field, or null. */
  errorFor: (field: SchoolField) => string | null;
};
