/**
 * The bezwaar procedure after a student decision (domain.md §1.3, §2.5): whether the decision is
 * open to bezwaar at all, by when the board must decide on it, and the route onwards once it
 * has. Pure: every date is passed in.
 */
import { addWeeks, isIsoDate } from '../calendar/calendar';
import type { AppealRoute } from '../engine/appeal';
import type { Denomination, MeasureKind, Sector } from '../glossary';

/** Routes under which the board itself decides on a bezwaar (and so writes an S10). */
export const OBJECTION_ROUTES: ReadonlySet<AppealRoute> = new Set([
  'bezwaarAwb',
  'bezwaarBijzonder',
]);

/** Weeks after which a bezwaarschrift may be lodged (Awb 6:7; WPO 63(3); WVO 2020 8.15(7)). */
const BEZWAAR_TERM_WEEKS = 6;

/** How the decision term is counted. */
type TermRule = {
  weeks: number;
  /** 'ontvangst': from receipt of the bezwaarschrift; 'bezwaartermijn': from the end of the term. */
  from: 'ontvangst' | 'bezwaartermijn';
  termNl: string;
  basis: string;
};

const FOUR_WEEKS_AFTER_RECEIPT = 'vier weken na ontvangst van het bezwaarschrift';

/** The decision term by sector and denomination for a verwijdering (all [V], domain.md §1.3). */
const VERWIJDERING_TERMS: Record<Sector, Record<Denomination, TermRule>> = {
  PO: {
    openbaar: {
      weeks: 4,
      from: 'bezwaartermijn',
      termNl: 'vier weken na afloop van de bezwaartermijn',
      basis: 'artikel 40, twaalfde lid, van de Wet op het primair onderwijs',
    },
    bijzonder: {
      weeks: 4,
      from: 'ontvangst',
      termNl: FOUR_WEEKS_AFTER_RECEIPT,
      basis: 'artikel 63, derde lid, van de Wet op het primair onderwijs',
    },
  },
  VO: {
    openbaar: {
      weeks: 4,
      from: 'ontvangst',
      termNl: FOUR_WEEKS_AFTER_RECEIPT,
      basis: 'artikel 8.15, achtste lid, van de Wet voortgezet onderwijs 2020',
    },
    bijzonder: {
      weeks: 4,
      from: 'ontvangst',
      termNl: FOUR_WEEKS_AFTER_RECEIPT,
      basis: 'artikel 8.15, achtste lid, van de Wet voortgezet onderwijs 2020',
    },
  },
  MBO: {
    openbaar: {
      weeks: 4,
      from: 'ontvangst',
      termNl: FOUR_WEEKS_AFTER_RECEIPT,
      basis: 'artikel 8.1.7d, vierde lid, van de Wet educatie en beroepsonderwijs',
    },
    bijzonder: {
      weeks: 4,
      from: 'ontvangst',
      termNl: FOUR_WEEKS_AFTER_RECEIPT,
      basis: 'artikel 8.1.7d, vierde lid, van de Wet educatie en beroepsonderwijs',
    },
  },
};

/**
 * Other decisions open to Awb bezwaar (a schorsing at an openbare school or in MBO): six weeks
 * from the end of the bezwaar term. Awb 7:10 is standard law not checked against the text.
 */
const AWB_TERM: TermRule = {
  weeks: 6,
  from: 'bezwaartermijn',
  termNl: 'zes weken na afloop van de bezwaartermijn',
  basis: 'artikel 7:10 van de Algemene wet bestuursrecht',
};

/** The decision term on a bezwaar, as the letter states it, with its due date. */
export type ObjectionTerm = {
  /** ISO date the decision is due; null while the date it runs from is unknown. */
  due: string | null;
  termNl: string;
  basis: string;
};

/**
 * By when the board decides on a bezwaar: for a verwijdering four weeks (from receipt, or in
 * openbaar PO from the end of the bezwaar term); for other decisions the Awb's six weeks.
 */
export const computeObjectionTerm = (input: {
  sector: Sector;
  denomination: Denomination;
  measure: MeasureKind | null;
  /** ISO date of the decision objected to. */
  decidedOn: string | null;
  /** ISO date the bezwaarschrift was received. */
  receivedOn: string | null;
}): ObjectionTerm => {
  const rule =
    input.measure === 'verwijdering'
      ? VERWIJDERING_TERMS[input.sector][input.denomination]
      : AWB_TERM;
  const start =
    rule.from === 'ontvangst'
      ? input.receivedOn
      : input.decidedOn && isIsoDate(input.decidedOn)
        ? addWeeks(input.decidedOn, BEZWAAR_TERM_WEEKS)
        : null;
  return {
    due: start && isIsoDate(start) ? addWeeks(start, rule.weeks) : null,
    termNl: rule.termNl,
    basis: rule.basis,
  };
};
