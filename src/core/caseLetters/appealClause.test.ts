import { describe, expect, it } from 'vitest';
import { getAppealClause } from '../engine/appeal';
import type { Denomination, MeasureKind, Sector, SubjectType } from '../glossary';
import { appealClauseBlocks } from '../letters/model/common';
import { fixtureSchool } from '../letters/testing/letterFixtures';
import { toAppealClauseInput } from './appealClause';

const sentence = (
  subject: SubjectType,
  sector: Sector,
  denomination: Denomination,
  measure: MeasureKind,
  language: 'nl' | 'en' = 'nl',
): string[] | null => {
  const school = { ...fixtureSchool, sector, denomination };
  const clause = getAppealClause(
    { subject, sector, denomination, measure },
    { boardName: school.boardName },
  );
  const input = toAppealClauseInput(clause, school);
  if (!input) return null;
  return appealClauseBlocks(input, language).flatMap((b) =>
    b.type === 'paragraph' ? [b.text] : [],
  );
};

describe('toAppealClauseInput (domain.md §2.5)', () => {
  it.each([
    [
      'leerling',
      'VO',
      'openbaar',
      'schorsing',
      'U kunt binnen zes weken na de dag waarop dit besluit is verzonden schriftelijk bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord (artikel 6:7 van de Algemene wet bestuursrecht).',
    ],
    [
      'leerling',
      'VO',
      'bijzonder',
      'verwijdering',
      'U kunt binnen zes weken na ontvangst van dit besluit schriftelijk bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord (artikel 8.15, zevende lid, van de Wet voortgezet onderwijs 2020).',
    ],
    [
      'leerling',
      'PO',
      'bijzonder',
      'verwijdering',
      'U kunt binnen zes weken na ontvangst van dit besluit schriftelijk bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord (artikel 63, derde lid, van de Wet op het primair onderwijs).',
    ],
    [
      'leerling',
      'VO',
      'bijzonder',
      'schorsing',
      'U kunt binnen de termijn die de klachtenregeling van de school daarvoor stelt een klacht indienen bij de klachtencommissie waarbij de school is aangesloten.',
    ],
    [
      'medewerker',
      'PO',
      'openbaar',
      'schriftelijkeBerisping',
      'U kunt binnen zes weken na de dag waarop dit besluit aan u is verzonden of uitgereikt beroep instellen bij de Commissie van beroep funderend onderwijs.',
    ],
    [
      'medewerker',
      'MBO',
      'bijzonder',
      'schorsingDisciplinair',
      'U kunt binnen zes weken na de dag waarop dit besluit aan u is verzonden of uitgereikt beroep instellen bij de Commissie van beroep mbo.',
    ],
    [
      'medewerker',
      'VO',
      'bijzonder',
      'ontslagOpStaandeVoet',
      'U kunt binnen twee maanden na de dag waarop de arbeidsovereenkomst is geëindigd de kantonrechter verzoeken het ontslag op staande voet te vernietigen (artikel 7:686a, vierde lid, van het Burgerlijk Wetboek).',
    ],
  ] as const)('%s %s %s %s', (subject, sector, denomination, measure, expected) => {
    expect(sentence(subject, sector, denomination, measure)?.[0]).toBe(expected);
  });

  it.each([
    ['medewerker', 'waarschuwing'],
    ['leerling', 'gesprek'],
    ['medewerker', 'ontslag'],
  ] as const)(
    'gives no clause for %s %s (not a besluit, or not appealable)',
    (subject, measure) => {
      expect(sentence(subject, 'VO', 'openbaar', measure)).toBeNull();
    },
  );

  it('prints the address the bezwaar goes to and the Geschillencommissie at a verwijdering', () => {
    const texts = sentence('leerling', 'VO', 'openbaar', 'verwijdering') ?? [];
    expect(texts[1]).toBe(
      'Het adres is:\nHet bestuur van Stichting Openbaar Voortgezet Onderwijs Noord\nSchoolstraat 1\n9203 AB  DRACHTEN',
    );
    expect(texts.join(' ')).toContain('Geschillencommissie passend onderwijs');
    expect(texts.join(' ')).toContain('Vermeld in uw bezwaarschrift uw naam en adres');
  });

  it('keeps the civil court for a schorsing at a bijzondere school', () => {
    expect(sentence('leerling', 'VO', 'bijzonder', 'schorsing')).toContain(
      'U kunt zich ook tot de burgerlijke rechter wenden.',
    );
  });

  it('words the route in English for parent letters', () => {
    expect(sentence('ouder', 'VO', 'bijzonder', 'toegangsverbod', 'en')?.[0]).toBe(
      "You may file a complaint with the school's complaints committee within the term set by the school's complaints scheme.",
    );
  });
});
