import { describe, expect, it } from 'vitest';
import { makeCase } from '../case/caseFixtures';
import { DOC_TYPE_IDS, type DocTypeId } from '../letters/model/docTypes';
import type { Block, LetterModel } from '../letters/model/types';
import { nextDocNumber, nextVersion } from './buildLetterCase';
import { draftLetter } from './draftLetter';
import { listModelTexts } from './markers';
import {
  parentEls,
  parentSandra,
  schorsingCase,
  schorsingSource,
  sourceFor,
  studentJan,
  studentNoor,
  teacherPieter,
} from './testing/caseLetterFixtures';
import { DEFAULT_LETTER_SETTINGS, type IssuedDocumentRef, type LetterSettings } from './types';

/** Documents about a measure the case must have chosen first. */
const MEASURE_BOUND: DocTypeId[] = ['P5', 'P6', 'O2', 'O3'];

const numbering = { docNumber: 3, issueDate: '2026-11-23' };
const settings = (extra: Partial<LetterSettings> = {}): LetterSettings => ({
  ...DEFAULT_LETTER_SETTINGS,
  ...extra,
});

const textOf = (model: LetterModel): string => listModelTexts(model).join('\n');
const blockText = (model: LetterModel, id: string): string => {
  const block = [...model.body, ...(model.appealClause ?? [])].find((b: Block) => b.id === id);
  if (!block) return '';
  if (block.type === 'paragraph' || block.type === 'heading') return block.text;
  if (block.type === 'list') return block.items.join('\n');
  return '';
};

const draftOk = (...args: Parameters<typeof draftLetter>) => {
  const draft = draftLetter(...args);
  if (!draft.ok) throw new Error(`draft failed: ${JSON.stringify(draft.error)}`);
  return draft;
};

describe('draftLetter from a complete schorsing case', () => {
  it('drafts the besluit schorsing with names, kenmerk, period, measure and the bezwaar clause', () => {
    const draft = draftOk('S4', schorsingSource(), settings(), numbering);
    const text = textOf(draft.model);
    expect(draft.missing).toEqual([]);
    expect(draft.model.kenmerk).toBe('12AB-2026-0042-03');
    expect(draft.model.addressLines).toEqual([
      'J. de Vries',
      'en de ouder(s)/verzorger(s)',
      'Kerkstraat 12a',
      '9201 AB  DRACHTEN',
    ]);
    expect(text).toContain('Wij schorsen Jan voor drie schooldagen, van dinsdag 24 november 2026');
    expect(text).toContain('donderdag 26 november 2026');
    expect(text).toContain('Protocol Sociale Media op Het Hogeland College, artikel A.7');
    // Openbare VO school: Awb bezwaar, six weeks, to the board at the school's address.
    expect(blockText(draft.model, 'rechtsmiddel')).toBe(
      'U kunt binnen zes weken na de dag waarop dit besluit is verzonden schriftelijk bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord (artikel 6:7 van de Algemene wet bestuursrecht).',
    );
    expect(blockText(draft.model, 'terugkeergesprek')).toContain('om 08:30 uur in kamer 1.12');
    expect(blockText(draft.model, 'inspectie')).toContain('op 23 november 2026');
  });

  it('numbers documents in the case and keeps the number across versions', () => {
    const issued: IssuedDocumentRef[] = [
      {
        docType: 'S2',
        docNumber: 1,
        version: 1,
        kenmerk: 'k1',
        title: 'Uitnodiging',
        sha256: '1',
        issuedOn: '2026-11-16',
      },
      {
        docType: 'S4',
        docNumber: 2,
        version: 1,
        kenmerk: 'k2',
        title: 'Besluit',
        sha256: '2',
        issuedOn: '2026-11-23',
      },
      {
        docType: 'S4',
        docNumber: 2,
        version: 2,
        kenmerk: 'k2',
        title: 'Besluit',
        sha256: '3',
        issuedOn: '2026-11-24',
      },
    ];
    expect(nextDocNumber(issued, 'S4')).toBe(2);
    expect(nextVersion(issued, 'S4')).toBe(3);
    expect(nextDocNumber(issued, 'D2')).toBe(3);
    expect(nextVersion(issued, 'D2')).toBe(1);
    expect(nextDocNumber([], 'S1')).toBe(1);
  });

  it.each([
    [
      'leerlingEnOuders',
      ['J. de Vries', 'en de ouder(s)/verzorger(s)'],
      'Geachte ouder(s)/verzorger(s), beste Jan,',
    ],
    [
      'ouders',
      ['De ouder(s)/verzorger(s) van', 'Jan de Vries'],
      'Geachte ouder(s)/verzorger(s) van Jan de Vries,',
    ],
    ['leerling', ['De heer J. de Vries'], 'Geachte heer De Vries,'],
  ] as const)('addresses a minor pupil’s letter to %s', (recipients, first, salutation) => {
    const draft = draftOk('S4', schorsingSource(), settings({ recipients }), numbering);
    expect(draft.model.addressLines.slice(0, first.length)).toEqual(first);
    expect(draft.model.salutation).toBe(salutation);
  });

  it('writes an adult pupil’s letter to the pupil alone, whatever was chosen', () => {
    const adult = { ...studentJan, dateOfBirth: '2007-01-02' };
    const source = sourceFor(schorsingCase(), { subject: adult, parents: [parentEls] });
    const draft = draftOk('S4', source, settings({ recipients: 'ouders' }), numbering);
    expect(draft.model.addressLines[0]).toBe('De heer J. de Vries');
    expect(blockText(draft.model, 'besluit')).toMatch(/^Wij schorsen u /);
  });

  it('says in the subject of a correction which letter it replaces', () => {
    const draft = draftOk('S4', schorsingSource(), settings(), numbering, {
      issuedOn: '2026-11-20',
    });
    expect(draft.model.subject).toBe(
      'Besluit schorsing Jan de Vries (gecorrigeerde versie; vervangt onze brief van 20 november 2026)',
    );
    const own = draftOk(
      'S4',
      schorsingSource(),
      settings({ overrides: { betreft: 'Herzien besluit schorsing' } }),
      numbering,
      { issuedOn: '2026-11-20' },
    );
    expect(own.model.subject).toBe('Herzien besluit schorsing');
  });

  it('replaces an edited paragraph and keeps the rest drafted', () => {
    const draft = draftOk(
      'S4',
      schorsingSource(),
      settings({
        overrides: { onderwijs: 'Jan werkt thuis aan een opdracht over online pesten.' },
      }),
      numbering,
    );
    expect(blockText(draft.model, 'onderwijs')).toBe(
      'Jan werkt thuis aan een opdracht over online pesten.',
    );
    expect(blockText(draft.model, 'besluit')).toContain('Wij schorsen Jan');
  });

  it('leaves criminal-offence evidence out of letters but lists it in the case dossier', () => {
    const source = schorsingSource();
    source.evidence.push({
      label: 'Politierapport',
      sha256: 'b'.repeat(64),
      capturedAt: '2026-11-14T10:00',
      strafrechtelijk: true,
    });
    expect(
      draftOk('S2', source, settings(), numbering).letterCase.evidence.map((e) => e.label),
    ).toEqual(['Schermafbeelding Instagram-verhaal']);
    const dossier = draftOk('D2', source, settings(), numbering);
    expect(textOf(dossier.model)).toContain('Politierapport (strafrechtelijk gegeven)');
    expect(dossier.letterCase.evidence.map((e) => e.sha256)).toContain('b'.repeat(64));
  });

  it('lists issued letters, duties and the timeline in the case dossier', () => {
    const source = schorsingSource({
      issued: [
        {
          docType: 'S4',
          docNumber: 2,
          version: 1,
          kenmerk: '12AB-2026-0042-02',
          title: 'Besluit schorsing',
          sha256: 'c'.repeat(64),
          issuedOn: '2026-11-23',
        },
      ],
    });
    const draft = draftOk('D2', source, settings(), numbering);
    const text = textOf(draft.model);
    expect(text).toContain('12AB-2026-0042-02');
    expect(draft.letterCase.lettersIssued[0]?.sha256).toBe('c'.repeat(64));
    expect(text).toContain('Melding schorsing aan de inspectie (ISD)');
    expect(text).toContain('gedaan op 23 november 2026');
    expect(text).toContain('Zaak aangemaakt: Meme (M. Hoekstra)');
    expect(draft.letterCase.assessment).toContain('Ernst: S3 ernstig.');
  });
});

describe('draftLetter on a case with nothing filled in yet', () => {
  const empty = makeCase({ id: 'case-0', subjectId: 'p-jan', subjectType: 'leerling' });
  const source = sourceFor(empty, { subject: studentJan, parents: [parentEls] });

  it.each(DOC_TYPE_IDS)('%s still drafts, with markers instead of errors', (docType: DocTypeId) => {
    const draft = draftLetter(docType, source, settings(), numbering);
    if (!draft.ok) {
      // Only the documents about a measure of their own kind wait for the decision.
      expect(MEASURE_BOUND).toContain(docType);
      expect(draft.error).toEqual({ kind: 'missing-field', docType, field: 'measure' });
      return;
    }
    expect(draft.missing.length).toBeGreaterThan(0);
    expect(textOf(draft.model)).not.toMatch(/undefined|null|NaN/);
  });

  it.each([
    ['S4', ['feiten', 'motivering', 'eerste dag schorsing', 'onderwijs tijdens de schorsing']],
    ['S2', ['datum gesprek', 'tijd gesprek', 'plaats gesprek']],
    ['S8', ['ingangsdatum verwijdering', 'school die de leerling toelaat']],
    ['S9', ['gemeente', 'onderwijsnummer of bsn', 'datum besluit']],
  ] as const)('%s names what is missing', (docType, expected) => {
    const draft = draftOk(docType, source, settings(), numbering);
    for (const what of expected) expect(draft.missing).toContain(what);
  });

  it('a marker disappears once the user edits the paragraph that held it', () => {
    const before = draftOk('S2', source, settings(), numbering);
    expect(before.missing).toContain('datum gesprek');
    const edited = draftOk(
      'S2',
      source,
      settings({
        overrides: {
          'feiten-inleiding': 'Op 12 november 2026 plaatste Jan een meme.',
          feiten: 'Jan plaatste een meme over een klasgenoot.',
          uitnodiging: 'Wij nodigen u uit voor een gesprek op 18 november 2026 om 15.30 uur.',
        },
      }),
      numbering,
    );
    expect(edited.missing).toEqual([]);
  });

  it('uses markers for a missing person instead of failing', () => {
    const draft = draftOk('S4', sourceFor(empty, { subject: null }), settings(), numbering);
    expect(draft.missing).toContain('voornaam');
    expect(draft.missing).toContain('adres ouder(s)/verzorger(s)');
  });
});

describe('staff and parent cases', () => {
  it('P6 weighs the zienswijze, refers to the voornemen and gives the Commissie van beroep', () => {
    const base = makeCase({
      id: 'case-p',
      subjectId: 'p-pieter',
      subjectType: 'medewerker',
      sequence: 57,
    });
    const c = {
      ...base,
      facts: {
        ...base.facts,
        incidentDate: '2026-11-09',
        whatWasPosted: 'berichten over een leerling in een openbare Facebookgroep',
        description:
          'De heer Jansen noemde de cijfers van een leerling in een openbare Facebookgroep.',
      },
      articles: {
        refs: ['D.1'],
        offences: [],
        otherNorms: 'CAO VO art. 18.2 lid 2: aanwijzingen van de werkgever opvolgen',
      },
      decision: {
        ...base.decision,
        measure: 'schriftelijkeBerisping' as const,
        motivation: 'Als docent heeft de heer Jansen een voorbeeldfunctie.',
        voornemenOn: '2026-11-23',
        decidedOn: '2026-12-14',
      },
      followUp: {
        ...base.followUp,
        zienswijze: {
          receivedOn: '2026-12-04',
          summary: 'Hij handelde uit frustratie',
          weighing: 'Dat neemt zijn verantwoordelijkheid niet weg',
        },
      },
    };
    const source = sourceFor(
      c,
      { subject: teacherPieter },
      {
        issued: [
          {
            docType: 'P5',
            docNumber: 3,
            version: 1,
            kenmerk: '12AB-2026-0057-03',
            title: 'Voornemen',
            sha256: 'd'.repeat(64),
            issuedOn: '2026-11-23',
          },
        ],
      },
    );
    const draft = draftOk('P6', source, settings(), { docNumber: 4, issueDate: '2026-12-14' });
    expect(draft.missing).toEqual([]);
    expect(blockText(draft.model, 'voornemen')).toContain('(kenmerk 12AB-2026-0057-03)');
    expect(blockText(draft.model, 'weging')).toContain(
      'Dat neemt zijn verantwoordelijkheid niet weg',
    );
    expect(blockText(draft.model, 'artikelen')).toContain(
      'CAO VO art. 18.2 lid 2 (norm buiten het protocol): Aanwijzingen',
    );
    expect(blockText(draft.model, 'rechtsmiddel')).toContain(
      'beroep instellen bij de Commissie van beroep funderend onderwijs',
    );
    expect(draft.model.addressLines).toEqual([
      'De heer P. Jansen',
      'Beukenlaan 7',
      '9202 CD  DRACHTEN',
    ]);
  });

  it('P5 sets the zienswijze term from the voornemen date and the case’s term', () => {
    const base = makeCase({ id: 'case-p', subjectId: 'p-pieter', subjectType: 'medewerker' });
    const c = {
      ...base,
      decision: {
        ...base.decision,
        measure: 'schriftelijkeBerisping' as const,
        zienswijzeTermDays: 14,
      },
    };
    const draft = draftOk('P5', sourceFor(c, { subject: teacherPieter }), settings(), numbering);
    expect(draft.letterCase.zienswijzeDeadline).toBe('2026-12-07');
    expect(draft.model.markings).toContain('Aangetekend');
  });

  it('O3 goes to the parent in English when asked, with the free text as typed', () => {
    const base = makeCase({ id: 'case-o', subjectId: 'p-sandra', subjectType: 'ouder' });
    const c = {
      ...base,
      subject: { studentId: studentNoor.id },
      facts: {
        ...base.facts,
        incidentDate: '2026-11-05',
        whatWasPosted: 'berichten over een leerkracht',
        description: 'Zij noemde de mentor incompetent.',
      },
      decision: {
        ...base.decision,
        measure: 'toegangsverbod' as const,
        motivation: 'De mentor voelt zich onveilig.',
        voornemenOn: '2026-11-16',
        verbod: {
          scope: 'het schoolgebouw en het schoolplein',
          startDate: '2026-12-01',
          endDate: '2027-02-26',
          reviewDate: '2027-01-29',
          contactPerson: 'de heer T. Wierda',
          complaintRoute: '',
        },
      },
      followUp: { ...base.followUp, zienswijze: { receivedOn: null, summary: '', weighing: '' } },
    };
    const source = sourceFor(c, { subject: parentSandra, student: studentNoor });
    const draft = draftOk('O3', source, settings({ language: 'en' }), numbering);
    expect(draft.missing).toEqual([]);
    expect(draft.model.language).toBe('en');
    expect(draft.model.salutation).toBe('Dear Ms Van der Meer,');
    expect(blockText(draft.model, 'reikwijdte')).toBe(
      'The ban covers: het schoolgebouw en het schoolplein.',
    );
    expect(blockText(draft.model, 'rechtsmiddel')).toContain('complaints committee');
  });

  it('keeps student letters Dutch even when English is chosen', () => {
    const draft = draftOk('S4', schorsingSource(), settings({ language: 'en' }), numbering);
    expect(draft.model.language).toBe('nl');
  });
});
