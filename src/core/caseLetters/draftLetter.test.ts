import { describe, expect, it } from 'vitest';
import { makeCase } from '../case/caseFixtures';
import { DOC_TYPE_IDS, type DocTypeId } from '../letters/model/docTypes';
import type { Block, LetterModel } from '../letters/model/types';
import { nextDocNumber, nextVersion } from './buildLetterCase';
import { draftLetter } from './draftLetter';
import type { DutyId } from '../ids';
import { asId } from '../ids';
import { listModelTexts } from './markers';
import { describeTimelineEntry } from './timeline';
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

  it('names the replaced version on a Vervangt row and in the opening, not in Betreft', () => {
    const plain = draftOk('S4', schorsingSource(), settings(), numbering);
    const draft = draftOk('S4', schorsingSource(), settings(), numbering, {
      issuedOn: '2026-11-20',
    });
    expect(draft.model.subject).toBe(plain.model.subject);
    // Every version shares the kenmerk, so without one given the draft's own is referred to.
    expect(draft.model.reference.find((r) => r.label === 'Vervangt')?.value).toBe(
      'brief van 20 november 2026, kenmerk 12AB-2026-0042-03',
    );
    expect(blockText(draft.model, 'vervangt')).toBe(
      'Deze brief vervangt onze brief van 20 november 2026 (kenmerk 12AB-2026-0042-03); alleen deze versie is geldig.',
    );
    const given = draftOk('S4', schorsingSource(), settings(), numbering, {
      issuedOn: '2026-11-20',
      kenmerk: '12AB-2026-0042-02',
    });
    expect(blockText(given.model, 'vervangt')).toContain('kenmerk 12AB-2026-0042-02');
    const own = draftOk(
      'S4',
      schorsingSource(),
      settings({ overrides: { betreft: 'Herzien besluit schorsing', vervangt: 'Eigen zin.' } }),
      numbering,
      { issuedOn: '2026-11-20' },
    );
    expect(own.model.subject).toBe('Herzien besluit schorsing');
    expect(blockText(own.model, 'vervangt')).toBe('Eigen zin.');
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
      // Only the documents about a measure of their own kind wait for the decision, and the
      // besluit op bezwaar for the board's outcome.
      expect([...MEASURE_BOUND, 'S10']).toContain(docType);
      expect(draft.error).toEqual({
        kind: 'missing-field',
        docType,
        field: docType === 'S10' ? 'objection.outcome' : 'measure',
      });
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
    ['S7', ['datum contact', 'benaderde school']],
    ['P3', ['datum hoorgesprek', 'aanwezigen', 'lezing van de betrokkene']],
    [
      'P9',
      [
        'tijdstip ontdekking datalek',
        'beschrijving datalek',
        'welke persoonsgegevens',
        'gevolgen voor de betrokkenen',
        'genomen maatregelen',
      ],
    ],
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

describe('the new documents drafted from a stored case', () => {
  const verwijderingCase = () => {
    const base = schorsingCase();
    return {
      ...base,
      decision: {
        ...base.decision,
        measure: 'verwijdering' as const,
        decidedOn: '2027-01-11',
        verwijdering: {
          ...base.decision.verwijdering,
          searchStartedOn: '2026-11-26',
          inspectieConsultedOn: '2026-12-10',
          otherSchoolName: 'De Wâlden',
          otherSchoolAgreedOn: '2026-12-17',
        },
      },
    };
  };

  it('S7 lists the schools as entered and shows an unreadable line instead of dropping it', () => {
    const draft = draftOk(
      'S7',
      sourceFor(verwijderingCase(), { subject: studentJan }),
      settings({
        details: {
          benaderdeScholen: '27-11-2026 | CSG Liudger | afgewezen\nvorige week | Lyceum | nee',
          inspectieOverleg: '10-12-2026 | mevrouw R. Smit | geen bezwaar',
        },
      }),
      { docNumber: 6, issueDate: '2026-12-17' },
    );
    expect(draft.letterCase.schoolSearch?.contacts[0]).toEqual({
      date: '2026-11-27',
      school: 'CSG Liudger',
      outcome: 'afgewezen',
    });
    expect(draft.missing).toEqual(['regel 2 onleesbaar']);
    expect(draft.letterCase.schoolSearch?.inspectieOverleg).toEqual([
      { date: '2026-12-10', withWhom: 'mevrouw R. Smit', outcome: 'geen bezwaar' },
    ]);
    expect(draft.letterCase.schoolSearch?.admittedBy).toEqual({
      name: 'De Wâlden',
      acceptedOn: '2026-12-17',
    });
  });

  it('S7 without entries falls back on the case: the agreed school and the inspectie date', () => {
    const draft = draftOk(
      'S7',
      sourceFor(verwijderingCase(), { subject: studentJan }),
      settings(),
      {
        docNumber: 6,
        issueDate: '2026-12-17',
      },
    );
    expect(draft.letterCase.schoolSearch?.contacts).toEqual([
      { date: '2026-12-17', school: 'De Wâlden', outcome: 'Toegezegd' },
    ]);
    expect(draft.letterCase.schoolSearch?.searchStartedOn).toBe('2026-11-26');
    expect(draft.missing).toEqual(['uitkomst overleg inspectie']);
  });

  it('S10 decides on a lodged bezwaar after the hearing, with the term and the court route', () => {
    const base = verwijderingCase();
    const c = {
      ...base,
      followUp: {
        ...base.followUp,
        hearings: [
          ...base.followUp.hearings,
          {
            id: 'h3',
            kind: 'hoorzitting' as const,
            date: '2027-03-01',
            time: '15:00',
            place: 'kamer 1.12',
            attendees: 'mevrouw E. de Vries-Smit; Jan de Vries',
            notes: 'De reistijd is zwaar voor Jan',
          },
        ],
        appeal: {
          lodgedOn: '2027-02-15',
          lodgedBy: 'ouders',
          outcome: 'ongegrond' as const,
          decidedOn: null,
          notes: 'De verwijdering is onevenredig',
        },
      },
    };
    const source = sourceFor(c, { subject: studentJan, parents: [parentEls] });
    const draft = draftOk(
      'S10',
      source,
      settings({
        details: {
          gehoordDoor: 'de bezwaaradviescommissie',
          overwegingen: 'Jan verspreidde opnieuw een meme.\nDe veiligheid gaat voor.',
        },
      }),
      { docNumber: 9, issueDate: '2027-03-15' },
    );
    expect(draft.missing).toEqual([]);
    expect(draft.model.addressLines[1]).toBe('en de ouder(s)/verzorger(s)');
    expect(blockText(draft.model, 'hoorzitting')).toContain('maandag 1 maart 2027');
    expect(blockText(draft.model, 'hoorzitting-inbreng')).toContain('De reistijd is zwaar');
    expect(blockText(draft.model, 'bezwaar')).toContain('De verwijdering is onevenredig');
    expect(blockText(draft.model, 'beslissing')).toContain('ongegrond');
    expect(blockText(draft.model, 'beslistermijn')).toContain(
      'binnen de termijn van vier weken na ontvangst van het bezwaarschrift',
    );
    expect(blockText(draft.model, 'rechtsmiddel')).toContain(
      'beroep instellen bij de rechtbank (bestuursrechter)',
    );
    const upheld = draftOk('S10', source, settings({ details: { uitkomst: 'gegrond' } }), {
      docNumber: 9,
      issueDate: '2027-03-15',
    });
    expect(upheld.missing).toContain('gevolg van het gegronde bezwaar');
  });

  it('P3 goes to the employee with statements as typed and fourteen days to comment', () => {
    const base = makeCase({ id: 'case-p', subjectId: 'p-pieter', subjectType: 'medewerker' });
    const c = {
      ...base,
      facts: {
        ...base.facts,
        incidentDate: '2026-11-09',
        whatWasPosted: 'een bericht in een Facebookgroep',
        description: 'Hij plaatste cijfers.',
      },
      decision: { ...base.decision, measure: 'schriftelijkeBerisping' as const },
      followUp: {
        ...base.followUp,
        hearings: [
          {
            id: 'h1',
            kind: 'hoorgesprek' as const,
            date: '2026-11-17',
            time: '16:00',
            place: 'de kamer van de rector',
            attendees: 'de heer P. Jansen; mevrouw L. Bos (AOb)',
            notes: 'Hij erkent de berichten',
          },
        ],
      },
    };
    const draft = draftOk(
      'P3',
      sourceFor(c, { subject: teacherPieter }),
      settings({ details: { verklaringen: 'De rector: de berichten zijn voorgelegd' } }),
      { docNumber: 3, issueDate: '2026-11-18' },
    );
    expect(draft.missing).toEqual([]);
    expect(draft.model.addressLines[0]).toBe('De heer P. Jansen');
    expect(draft.letterCase.conversation?.statements).toEqual([
      { speaker: 'De rector', text: 'de berichten zijn voorgelegd' },
    ]);
    expect(blockText(draft.model, 'reactie')).toContain('tot en met woensdag 2 december 2026');
  });

  it('P9 takes the high risk from the assessment and the AP report from the done duty', () => {
    const base = makeCase({ id: 'case-p', subjectId: 'p-pieter', subjectType: 'medewerker' });
    const c = {
      ...base,
      assessment: { ...base.assessment, dataBreachHighRisk: true },
      duties: [
        {
          id: asId<DutyId>('apMelding'),
          key: 'apMelding',
          labelNl: 'Datalek melden aan de Autoriteit Persoonsgegevens',
          labelEn: '',
          dueAt: '2026-11-13T00:00',
          doneAt: '2026-11-12',
          legalBasis: null,
          needsCheck: true,
          noteNl: '',
          noteEn: '',
          source: 'procedure' as const,
          documentId: null,
        },
      ],
    };
    const draft = draftOk(
      'P9',
      sourceFor(c, { subject: teacherPieter }),
      settings({ details: { ontdektOp: '2026-11-10T08:30', aantalBetrokkenen: '1' } }),
      { docNumber: 7, issueDate: '2026-11-12' },
    );
    expect(draft.letterCase.datalek).toMatchObject({
      discoveredAt: '2026-11-10T08:30',
      highRisk: true,
      affectedCount: 1,
      apReport: { reportedAt: '2026-11-12', reference: null },
    });
    expect(blockText(draft.model, 'ap')).toContain('Dat is binnen 72 uur na de ontdekking.');
  });

  it.each([
    ['S10', 'Besluit op bezwaar verzonden (versie 2), kenmerk k9'],
    ['P9', 'Datalek vastgelegd in het datalekregister, kenmerk k9'],
    ['S4', 'Besluit schorsing uitgegeven (versie 2), kenmerk k9'],
  ] as const)('the timeline words the issue of %s as "%s"', (docType, expected) => {
    const version = docType === 'P9' ? 1 : 2;
    expect(
      describeTimelineEntry({
        at: '2027-03-15T10:00',
        kind: 'letterIssued',
        actor: '',
        data: { docType, title: 'Besluit schorsing', version, kenmerk: 'k9' },
      }).label,
    ).toBe(expected);
  });
});
