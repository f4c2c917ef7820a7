import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CaseContext } from '../../../core/case/context';
import { deriveCaseFields } from '../../../core/case/procedure';
import type { Case, CaseStepId } from '../../../core/case/types';
import { applyPatch } from '../../../core/case/patch';
import type { CasePatch } from '../../../core/case/patch';
import type { ValidationIssue } from '../../../core/case/validation';
import { validateCase } from '../../../core/case/validation';
import type { CaseEventSpec } from '../../db/repositories/casesRepository';
import { casesRepository } from '../../db/repositories';
import { useSaveTracker } from './saving';

/** Steps that make up the decision and are locked once it is recorded (Bewijs stays open). */
export const DECISION_STEPS: ReadonlySet<CaseStepId> = new Set([
  'betrokkene',
  'melding',
  'artikelen',
  'beoordeling',
  'besluit',
]);

/** Which language the data texts (engine labels, messages) are shown in. */
export type Lang = 'nl' | 'en';

export type CaseBuilder = {
  c: Case;
  ctx: CaseContext;
  lang: Lang;
  actor: string;
  /** `{BRIN}-{jaar}-{zaak}`, e.g. "12AB-2026-0042". */
  kenmerk: string;
  /** Every step's validation issues, live. */
  issues: Record<CaseStepId, ValidationIssue[]>;
  /** The step on screen. */
  step: CaseStepId;
  /** Whether the step on screen shows all its messages (after "Volgende" or on a revisit). */
  revealed: boolean;
  reveal: () => void;
  /** Fields the user has left once: their messages show even before the step is revealed. */
  touched: ReadonlySet<string>;
  touch: (path: string) => void;
  /** The step on screen is read-only: it is part of a recorded decision. */
  locked: boolean;
  /** Saves a change at once; duties and the next deadline follow in the same transaction. */
  save: (patch: CasePatch, event?: CaseEventSpec) => Promise<Case | undefined>;
};

const BuilderContext = createContext<CaseBuilder | null>(null);

/** The case builder's state for the components of a step. */
export const useBuilder = (): CaseBuilder => {
  const builder = useContext(BuilderContext);
  if (!builder) throw new Error('useBuilder outside CaseBuilderProvider');
  return builder;
};

type Pending = { id: number; patch: CasePatch; savedAt: string | null };

/**
 * Provides the case, its context and the save function to the step components. A change shows
 * at once: it is laid over the stored case until the stored case has caught up with the write,
 * so a radio button or checkbox never flickers back while the database commits.
 */
export const CaseBuilderProvider = ({
  value,
  children,
}: {
  value: Omit<CaseBuilder, 'save' | 'touched' | 'touch'>;
  children: ReactNode;
}) => {
  const { track } = useSaveTracker();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const nextId = useRef(0);
  const { ctx, actor } = value;
  const stored = value.c;
  const live = pending.filter((p) => p.savedAt === null || p.savedAt > stored.updatedAt);
  const c = useMemo(
    () => live.reduce((acc, p) => applyPatch(acc, p.patch), stored),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `live` is derived from these two
    [stored, pending],
  );
  const save = useCallback(
    (patch: CasePatch, event?: CaseEventSpec) => {
      nextId.current += 1;
      const id = nextId.current;
      setPending((prev) => [...prev, { id, patch, savedAt: null }]);
      return track(
        casesRepository.update(stored.id, patch, actor, {
          ...(event ? { event } : {}),
          derive: (next) => deriveCaseFields(next, ctx),
        }),
      ).then((saved) => {
        // Keep the overlay until the stored case reflects this write; drop it if it failed.
        setPending((prev) =>
          saved
            ? prev.map((p) => (p.id === id ? { ...p, savedAt: saved.updatedAt } : p))
            : prev.filter((p) => p.id !== id),
        );
        return saved;
      });
    },
    [track, stored.id, actor, ctx],
  );
  const touch = useCallback((path: string) => {
    setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  }, []);
  const issues = useMemo(
    () => (c === stored ? value.issues : validateCase(c, ctx)),
    [c, stored, value.issues, ctx],
  );
  const builder = useMemo(
    () => ({ ...value, c, issues, save, touched, touch }),
    [value, c, issues, save, touched, touch],
  );
  return <BuilderContext.Provider value={builder}>{children}</BuilderContext.Provider>;
};

/** The id of the input for a field path: 'facts.incidentDate' → 'veld-facts-incidentDate'. */
export const fieldId = (path: string): string => `veld-${path.replace(/\./g, '-')}`;

/** The messages to show for a field now: errors once revealed or touched, warnings always. */
export const useFieldMessages = (path: string) => {
  const { issues, step, revealed, touched, lang } = useBuilder();
  const mine = issues[step].filter((i) => i.field === path);
  const show = revealed || touched.has(path);
  const error = show ? mine.find((i) => i.severity === 'error') : undefined;
  const warning = mine.find((i) => i.severity === 'warning');
  const text = (i: ValidationIssue | undefined) =>
    i ? (lang === 'en' ? i.messageEn : i.messageNl) : null;
  return { error: text(error), warning: text(warning) };
};
