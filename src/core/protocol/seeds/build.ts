/**
 * Small builders for the built-in protocol templates, so each template reads like the protocol
 * it models.
 */
import type { MeasureKind, Sector } from '../../glossary';
import { MEASURES } from '../../engine/measures';
import type { OffenceCategory } from '../offences';
import type { Audience, LadderStep, MeasureSource, ProtocolArticle } from '../schema';

/** An article; its ref is "<section id>.<number>". */
export function art(
  sectionId: string,
  number: number | string,
  audience: Audience[],
  summaryNl: string,
  offences: OffenceCategory[] = [],
): ProtocolArticle {
  return { ref: `${sectionId}.${number}`, number: String(number), audience, summaryNl, offences };
}

/** A ladder step; the measure type follows from the measure (domain.md §8). */
export function step(
  measure: MeasureKind,
  wording: string,
  source: MeasureSource,
  legalBasis: string,
): LadderStep {
  return { measure, type: MEASURES[measure].type, wording, source, legalBasis };
}

/** Statutory basis of a student schorsing/verwijdering per sector (domain.md §1.2–1.3). */
export function studentBasis(sector: Sector | null, measure: 'schorsing' | 'verwijdering'): string {
  const bases = {
    schorsing: { PO: 'WPO art. 40c', VO: 'WVO 2020 art. 8.14', MBO: 'WEB art. 8.1.7c' },
    verwijdering: { PO: 'WPO art. 40', VO: 'WVO 2020 art. 8.15', MBO: 'WEB art. 8.1.7d' },
  } as const;
  if (sector === null) {
    const b = bases[measure];
    return `${b.PO} (PO); ${b.VO} (VO); ${b.MBO} (mbo)`;
  }
  return bases[measure][sector];
}

/** Basis of staff measures per sector's CAO (domain.md §2.2). */
export function caoBasis(sector: Sector | null): string {
  if (sector === 'PO') return 'CAO PO; plichtsverzuim';
  if (sector === 'VO') return 'CAO VO; plichtsverzuim';
  if (sector === 'MBO') return 'CAO mbo art. 2.10; plichtsverzuim';
  return 'CAO PO / CAO VO / CAO mbo; plichtsverzuim';
}

/** Ordemaatregelen under school rules the student ladders can always draw on (domain.md §1.1). */
export function studentOrdemaatregelen(sector: Sector | null): LadderStep[] {
  const basis =
    sector === 'VO'
      ? 'leerlingenstatuut (WVO 2020 art. 2.98)'
      : sector === 'PO'
        ? 'schoolgids'
        : sector === 'MBO'
          ? 'studentenstatuut'
          : 'schoolregels (schoolgids, leerlingenstatuut of studentenstatuut)';
  return [
    step('gesprek', 'gesprek', 'schoolregels', 'zorgvuldigheid'),
    step('apparaatInBewaring', 'apparaat in bewaring voor de schooldag', 'schoolregels', basis),
    step('berichtLatenVerwijderen', 'bericht of beeld laten verwijderen', 'schoolregels', basis),
    step('sanctieSchoolregels', 'sanctie volgens de schoolregels', 'schoolregels', basis),
  ];
}

/** Parent measures under huisrecht and the school's safety duty (domain.md §3). */
export function parentHuisrechtMeasures(): LadderStep[] {
  const basis = 'huisrecht en zorgplicht veiligheid (proportionaliteit)';
  return [
    step('gesprek', 'gesprek', 'huisrecht', basis),
    step('berichtLatenVerwijderen', 'verzoek bericht of beeld te verwijderen', 'huisrecht', basis),
    step('afsprakenOmgangsvormen', 'afspraken over omgangsvormen', 'huisrecht', basis),
    step('contactverbod', 'contactverbod (één contactpersoon)', 'huisrecht', basis),
    step('toegangsverbod', 'toegangsverbod (gebouw, plein of activiteiten)', 'huisrecht', basis),
  ];
}

/** Staff measures outside the protocol's list that the CAO or BW always allows. */
export function staffSupplementary(sector: Sector | null, includeOsv: boolean): LadderStep[] {
  const steps = [
    step('gesprek', 'gesprek', 'cao', 'zorgvuldigheid'),
    step(
      'berichtLatenVerwijderen',
      'opdracht bericht te verwijderen',
      'cao',
      'instructiebevoegdheid werkgever (BW art. 7:660)',
    ),
    step(
      'schorsingOrdemaatregel',
      'schorsing als ordemaatregel (met behoud van bezoldiging)',
      'cao',
      caoBasis(sector).replace('; plichtsverzuim', ''),
    ),
  ];
  if (includeOsv) {
    steps.push(step('ontslagOpStaandeVoet', 'ontslag op staande voet', 'bw', 'BW art. 7:677-678'));
  }
  return steps;
}
