/** Aggravating and mitigating circumstances of domain.md §7. */
import type { SubjectType } from '../glossary';
import type { LocalizedText } from './measures';

export const AGGRAVATING_FACTORS = [
  'strafbaarOfSeksueel',
  'herkenbaarSlachtoffer',
  'slachtofferIsLeerling',
  'bereikEnPermanentie',
  'persoonsgegevens',
  'schadeGoedeNaam',
  'herhaling',
  'voorbeeldfunctie',
  'aanwijzingGenegeerd',
] as const;
export type AggravatingFactor = (typeof AGGRAVATING_FACTORS)[number];

export const MITIGATING_FACTORS = [
  'snelVerwijderd',
  'zelfGemeldOfExcuses',
  'leeftijdOfOntwikkeling',
  'ondersteuningsbehoefte',
  'provocatie',
  'onduidelijkeRegels',
  'blancoVerleden',
] as const;
export type MitigatingFactor = (typeof MITIGATING_FACTORS)[number];

export const FACTOR_LABELS: Readonly<Record<AggravatingFactor | MitigatingFactor, LocalizedText>> =
  {
    strafbaarOfSeksueel: {
      nl: 'strafbaar of seksueel karakter',
      en: 'criminal or sexual character',
    },
    herkenbaarSlachtoffer: { nl: 'herkenbaar slachtoffer', en: 'identifiable victim' },
    slachtofferIsLeerling: { nl: 'het slachtoffer is een leerling', en: 'the victim is a pupil' },
    bereikEnPermanentie: {
      nl: 'bereik en blijvende openbaarheid',
      en: 'reach and permanence',
    },
    persoonsgegevens: {
      nl: 'persoonsgegevens of vertrouwelijke informatie',
      en: 'personal data or confidential information',
    },
    schadeGoedeNaam: {
      nl: 'schade aan de goede naam van de school',
      en: "harm to the school's good name",
    },
    herhaling: { nl: 'herhaling', en: 'repetition' },
    voorbeeldfunctie: {
      nl: 'voorbeeldfunctie van de medewerker',
      en: "the employee's role-model duty",
    },
    aanwijzingGenegeerd: { nl: 'eerdere aanwijzing genegeerd', en: 'earlier instruction ignored' },
    snelVerwijderd: { nl: 'snel verwijderd', en: 'removed quickly' },
    zelfGemeldOfExcuses: {
      nl: 'zelf gemeld of excuses aangeboden',
      en: 'self-reported or apologised',
    },
    leeftijdOfOntwikkeling: {
      nl: 'leeftijd of ontwikkelingsniveau',
      en: 'age or developmental level',
    },
    ondersteuningsbehoefte: { nl: 'ondersteuningsbehoefte', en: 'support needs' },
    provocatie: { nl: 'uitlokking', en: 'provocation' },
    onduidelijkeRegels: { nl: 'onduidelijke regels', en: 'unclear rules' },
    blancoVerleden: { nl: 'blanco verleden', en: 'clean record' },
  };

/** Factors that only make sense for some subjects; others apply to everyone. */
const FACTOR_SUBJECTS: Partial<Record<AggravatingFactor | MitigatingFactor, SubjectType[]>> = {
  voorbeeldfunctie: ['medewerker'],
  leeftijdOfOntwikkeling: ['leerling'],
  ondersteuningsbehoefte: ['leerling'],
};

/** True if the factor is weighed for this subject type. */
export function isFactorForSubject(
  factor: AggravatingFactor | MitigatingFactor,
  subject: SubjectType,
): boolean {
  return FACTOR_SUBJECTS[factor]?.includes(subject) ?? true;
}

/**
 * How many more aggravating than mitigating factors are needed to move one step along the
 * ladder (and vice versa). Two keeps a single circumstance from tipping the measure.
 */
export const FACTOR_SHIFT_THRESHOLD = 2;
