/**
 * Rule metadata: every rule the engine applies carries its legal basis, the date from which it
 * is valid, and how well that basis was checked (domain.md, "Markers").
 */

/**
 * How well a rule was checked (domain.md): V = statutory text, S = secondary source only,
 * U = unconfirmed, U-art. = standard law but article number unchecked, S/U = secondary and
 * partly unconfirmed.
 */
export const RULE_MARKERS = ['V', 'S', 'S/U', 'U', 'U-art.'] as const;
export type RuleMarker = (typeof RULE_MARKERS)[number];

/**
 * What `validFrom` means: the date the rule entered into force, or (for older rules whose
 * entry into force was not checked) the date of the statutory text version that was consulted.
 */
export type ValidFromBasis =
  'inwerkingtreding' | 'geraadpleegdeVersie' | 'vaststellingProtocol' | 'onbevestigd';

/** One rule of law or policy the engine relies on. */
export type LegalRule = {
  id: string;
  titleNl: string;
  titleEn: string;
  /** Citation as shown in letters and the UI, e.g. "WVO 2020 art. 8.14". */
  legalBasis: string;
  /** ISO date. */
  validFrom: string;
  validFromBasis: ValidFromBasis;
  marker: RuleMarker;
};

/** Labels the UI shows beside a rule whose basis must be checked by a lawyer. */
export const CHECK_LABEL = { nl: 'controleer', en: 'check' } as const;

/**
 * True when the UI must show "controleer": the rule (or its article number) is unconfirmed
 * or only partly confirmed.
 */
export function needsCheck(rule: Pick<LegalRule, 'marker'>): boolean {
  return rule.marker === 'U' || rule.marker === 'U-art.' || rule.marker === 'S/U';
}
