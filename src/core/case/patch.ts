/** Changing a case field by path, as the builder saves one field at a time. */
import type { Case } from './types';

/** Field paths of a case mapped to new values, e.g. { 'facts.description': 'De video …' }. */
export type CasePatch = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets a dotted path in a copy of `target`; numeric segments index arrays. */
function setPath(target: unknown, segments: readonly string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (Array.isArray(target)) {
    const copy: unknown[] = (target as unknown[]).slice();
    const index = Number(head);
    copy[index] = setPath(copy[index], rest, value);
    return copy;
  }
  const base = isRecord(target) ? target : {};
  return { ...base, [head]: setPath(base[head], rest, value) };
}

/** The case with every path of the patch set; the input is not changed. */
export function applyPatch(c: Case, patch: CasePatch): Case {
  return Object.entries(patch).reduce<Case>(
    (acc, [path, value]) => setPath(acc, path.split('.'), value) as Case,
    c,
  );
}
