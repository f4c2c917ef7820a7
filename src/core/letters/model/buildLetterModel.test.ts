import { describe, expect, it } from 'vitest';
import {
  baseStudentCase,
  fixtureCases,
  fixtureChild,
  fixtureParent,
  fixtureStudent,
  klachtClause,
  measure,
} from '../testing/letterFixtures';
import { buildLetterModel } from './buildLetterModel';
import { listEditableIds, MAX_ADDRESS_LINES } from './common';
import { DOC_TYPE_IDS, DOC_TYPES } from './docTypes';
import type { DocTypeId } from './docTypes';
import type { Block, LetterCase, LetterModel } from './types';

const build = (docType: DocTypeId, c: LetterCase): LetterModel => {
  const result = buildLetterModel(docType, c);
  if (!result.ok) throw new Error(`${docType}: ${JSON.stringify(result.error)}`);
  return result.value;
};

const textOf = (blocks: Block[]): string =>
  blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return b.text;
        case 'list':
          return b.items.join('\n');
        default:
          return '';
      }
    })
    .join('\n');

const paragraph = (model: LetterModel, id: string): string => {
  const block = [...model.body, ...(model.appealClause ?? [])].find((b) => b.id === id);
  if (block?.type !== 'paragraph') throw new Error(`no paragraph ${id}`);
  return block.text;
};

describe('every document type', () => {
  const cases = fixtureCases();

  it.each(DOC_TYPE_IDS)(
    '%s builds from a realistic case with unique, stable paragraph ids',
    (id) => {
      const model = build(id, cases[id]);
      const ids = [...model.body, ...(model.appealClause ?? [])].map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(build(id, cases[id]).body.map((b) => b.id)).toEqual(model.body.map((b) => b.id));
      expect(model.kenmerk).toMatch(/^(12AB|34CD)-\d{4}-\d{4}-\d{2}$/);
    },
  );

  it.each(DOC_TYPE_IDS)(
    '%s has an address, aanhef and closing exactly when it is a letter',
    (id) => {
      const model = build(id, cases[id]);
      const isLetter = DOC_TYPES[id].layout === 'letter';
      expect(model.addressLines.length > 0).toBe(isLetter);
      expect(model.addressLines.length).toBeLessThanOrEqual(MAX_ADDRESS_LINES);
      expect(model.salutation !== null).toBe(isLetter);
      expect(model.closing).toBe(isLetter ? 'Met vriendelijke groet,' : null);
    },
  );

  it.each(DOC_TYPE_IDS)('%s carries an appeal clause only when it is a besluit', (id) => {
    const model = build(id, cases[id]);
    const nature = DOC_TYPES[id].nature;
    expect(model.appealClause !== null).toBe(nature === 'besluit');
  });
});

describe('missing data is reported as a value the UI can show', () => {
  const cases = fixtureCases();
  it.each<[DocTypeId, Partial<LetterCase>, string]>([
    ['S2', { meeting: null }, 'meeting'],
    ['S3', { conversation: null }, 'conversation'],
    ['S4', { schorsing: null }, 'schorsing'],
    ['S4', { motivation: [] }, 'motivation'],
    ['S4', { appealClause: null }, 'appealClause'],
    [
      'S6',
      { verwijdering: { ...cases.S6.verwijdering!, groepsleraar: null } },
      'verwijdering.groepsleraar',
    ],
    [
      'S8',
      { verwijdering: { ...cases.S8.verwijdering!, otherSchool: null } },
      'verwijdering.otherSchool',
    ],
    ['S9', { registration: { bsn: null, onderwijsnummer: null } }, 'registration'],
    ['P2', { meeting: null }, 'meeting'],
    ['P5', { zienswijzeDeadline: null }, 'zienswijzeDeadline'],
    ['P6', { zienswijze: null }, 'zienswijze'],
    ['P7', { dismissal: null }, 'dismissal'],
    ['P8', { vertrouwensinspecteur: null }, 'vertrouwensinspecteur'],
    ['O2', { zienswijzeDeadline: null }, 'zienswijzeDeadline'],
    ['O3', { zienswijze: null }, 'zienswijze'],
    ['O3', { appealClause: null }, 'appealClause'],
    ['S7', { schoolSearch: null }, 'schoolSearch'],
    ['S10', { objection: null }, 'objection'],
    ['S10', { objection: { ...cases.S10.objection!, outcome: null } }, 'objection.outcome'],
    ['S10', { objection: { ...cases.S10.objection!, hearing: null } }, 'objection.hearing'],
    ['S10', { objection: { ...cases.S10.objection!, reasoning: [] } }, 'objection.reasoning'],
    ['S10', { appealClause: null }, 'appealClause'],
    ['P3', { conversation: null }, 'conversation'],
    [
      'P3',
      { conversation: { ...cases.P3.conversation!, commentDeadline: null } },
      'conversation.commentDeadline',
    ],
    ['P9', { datalek: null }, 'datalek'],
  ])('%s without %o reports the missing %s', (id, patch, field) => {
    const result = buildLetterModel(id, { ...cases[id], ...patch });
    expect(result).toEqual({ ok: false, error: { kind: 'missing-field', docType: id, field } });
  });

  it('reports a missing address instead of printing an empty window', () => {
    const c = fixtureCases().P4;
    const result = buildLetterModel('P4', {
      ...c,
      recipient: { kind: 'person', person: { ...c.subject, address: null } },
    });
    expect(result).toEqual({ ok: false, error: { kind: 'missing-address', docType: 'P4' } });
  });
});

describe('legal rules in the text', () => {
  it('never gives a waarschuwing an appeal clause, even when one is passed in', () => {
    const cases = fixtureCases();
    const o1 = build('O1', { ...cases.O1, appealClause: klachtClause });
    expect(o1.appealClause).toBeNull();
    expect(paragraph(o1, 'karakter')).toContain('geen besluit');
    const o4 = build('O4', {
      ...cases.O4,
      measure: measure('waarschuwing', 'een waarschuwing'),
      appealClause: klachtClause,
    });
    expect(o4.appealClause).toBeNull();
  });

  it('files a staff waarschuwing as a note that says it is no disciplinary measure', () => {
    const c = fixtureCases().D1;
    const model = build('D1', { ...c, measure: measure('waarschuwing', 'een waarschuwing') });
    expect(model.title).toBe('Aantekening personeelsdossier');
    expect(model.appealClause).toBeNull();
    expect(paragraph(model, 'waarschuwing')).toContain(
      'geen disciplinaire maatregel en geen besluit',
    );
    const pupil = build('D1', { ...baseStudentCase(), recipient: null });
    expect(pupil.title).toBe('Aantekening leerlingendossier');
  });

  it('adds the Geschillencommissie passend onderwijs to a verwijdering once', () => {
    const c = fixtureCases().S8;
    const withMention = build('S8', c);
    expect(
      textOf(withMention.appealClause ?? []).match(/Geschillencommissie passend onderwijs/g),
    ).toHaveLength(1);
    const without = build('S8', {
      ...c,
      appealClause: { ...klachtClause, routeNl: 'bezwaar maken', extraNl: [] },
    });
    expect(paragraph(without, 'geschillencommissie')).toContain(
      'Geschillencommissie passend onderwijs',
    );
  });

  it.each([
    ['VO', 3, 'hebben wij de inspectie van het onderwijs op 23 november 2026'],
    ['PO', 3, 'artikel 40c van de Wet op het primair onderwijs'],
    ['VO', 1, 'niet langer duurt dan één dag'],
  ] as const)(
    'mentions the inspectie for a %s schorsing of %i day(s)',
    (sector, days, expected) => {
      const c = baseStudentCase();
      const model = build('S4', {
        ...c,
        school: { ...c.school, sector },
        measure: {
          ...c.measure!,
          days,
          endDate: days === 1 ? c.measure!.startDate : c.measure!.endDate,
        },
      });
      expect(paragraph(model, 'inspectie')).toContain(expected);
    },
  );

  it('leaves the inspectie out of an MBO schorsing, for which no notice duty was found', () => {
    const c = baseStudentCase();
    const model = build('S4', { ...c, school: { ...c.school, sector: 'MBO' } });
    expect(model.body.some((b) => b.id === 'inspectie')).toBe(false);
    expect(paragraph(model, 'besluit')).toContain(
      'artikel 8.1.7c van de Wet educatie en beroepsonderwijs',
    );
  });

  it('hears the groepsleraar in PO and the pupil in VO before a verwijdering', () => {
    const s6 = fixtureCases().S6;
    expect(paragraph(build('S6', s6), 'horen-groepsleraar')).toContain('juf L. Visser');
    const vo = build('S6', { ...s6, school: { ...s6.school, sector: 'VO' } });
    expect(paragraph(vo, 'horen-leerling')).toContain('Ook Jan wordt gehoord');
    const mbo = build('S6', { ...s6, school: { ...s6.school, sector: 'MBO' } });
    expect(paragraph(mbo, 'andere-school')).toContain('acht weken');
  });

  it('speaks to an adult pupil directly instead of about him', () => {
    const c = baseStudentCase();
    const model = build('S4', { ...c, recipient: { kind: 'person', person: fixtureStudent } });
    expect(model.salutation).toBe('Geachte heer De Vries,');
    expect(paragraph(model, 'besluit')).toMatch(/^Wij schorsen u voor drie schooldagen/);
  });

  it('sends the voornemen disciplinaire maatregel by registered mail', () => {
    const model = build('P5', fixtureCases().P5);
    expect(model.markings).toEqual(['Aangetekend', 'Persoonlijk en vertrouwelijk']);
  });
});

describe('the search for another school (S7)', () => {
  const c = fixtureCases().S7;
  const mbo = (search: Partial<NonNullable<LetterCase['schoolSearch']>>, issueDate: string) =>
    build('S7', {
      ...c,
      issueDate,
      school: { ...c.school, sector: 'MBO' },
      schoolSearch: { ...c.schoolSearch!, admittedBy: null, ...search },
    });

  it('lists every school contacted with date and outcome, and the inspectie overleg in VO', () => {
    const model = build('S7', c);
    const table = model.body.find((b) => b.id === 'scholen-tabel');
    expect(table?.type === 'table' && table.rows.map((r) => r[1])).toEqual(
      c.schoolSearch!.contacts.map((x) => x.school),
    );
    expect(table?.type === 'table' && table.rows[0]?.[0]).toBe('27 november 2026');
    expect(model.body.some((b) => b.id === 'inspectie-tabel')).toBe(true);
    expect(model.body.some((b) => b.id === 'acht-weken')).toBe(false);
  });

  it('asks for the overleg with the inspectie in VO until it is recorded', () => {
    const model = build('S7', { ...c, schoolSearch: { ...c.schoolSearch!, inspectieOverleg: [] } });
    expect(paragraph(model, 'inspectie-geen')).toContain('vóór het besluit tot verwijdering');
  });

  it.each([
    ['PO', false],
    ['MBO', false],
  ] as const)('leaves the inspectie overleg out in %s', (sector, shown) => {
    const model = build('S7', { ...c, school: { ...c.school, sector } });
    expect(model.body.some((b) => b.id.startsWith('inspectie'))).toBe(shown);
  });

  it.each([
    // issue date, what the MBO note says (WEB art. 8.1.7d lid 2: eight weeks from the start)
    ['2027-01-20', 'De termijn van acht weken loopt tot 21 januari 2027'],
    ['2027-01-21', 'Op 21 januari 2027 was acht weken zonder succes gezocht'],
  ])('MBO without a school, on %s: %s', (issueDate, expected) => {
    const model = mbo({ searchStartedOn: '2026-11-26' }, issueDate);
    expect(paragraph(model, 'acht-weken')).toContain(expected);
  });

  it('MBO asks for the start of the search when relying on the eight weeks', () => {
    expect(paragraph(mbo({ searchStartedOn: null }, '2027-01-21'), 'acht-weken')).toContain(
      'geen startdatum',
    );
  });

  it('MBO needs no eight-week note once a school has agreed', () => {
    const model = build('S7', { ...c, school: { ...c.school, sector: 'MBO' } });
    expect(model.body.some((b) => b.id === 'acht-weken')).toBe(false);
  });
});

describe('the besluit op bezwaar (S10)', () => {
  const c = fixtureCases().S10;
  const withObjection = (
    o: Partial<NonNullable<LetterCase['objection']>>,
    issueDate = c.issueDate,
  ) => build('S10', { ...c, issueDate, objection: { ...c.objection!, ...o } });

  it.each([
    [
      'ongegrond',
      'Wij verklaren uw bezwaar ongegrond. Ons besluit tot verwijdering van Jan van 11 januari 2027 blijft in stand.',
    ],
    [
      'gegrond',
      'Wij verklaren uw bezwaar gegrond. Wij herroepen ons besluit tot verwijdering van Jan van 11 januari 2027.',
    ],
    ['deelsGegrond', 'Wij verklaren uw bezwaar gedeeltelijk gegrond.'],
  ] as const)('%s: %s', (outcome, expected) => {
    expect(paragraph(withObjection({ outcome }), 'beslissing')).toBe(expected);
  });

  it('says what follows from an upheld bezwaar', () => {
    const model = withObjection({ outcome: 'gegrond', consequence: 'Jan blijft ingeschreven' });
    expect(paragraph(model, 'gevolg')).toBe('Jan blijft ingeschreven.');
  });

  it.each([
    ['2027-03-15', 'Wij beslissen binnen de termijn van vier weken na ontvangst'],
    ['2027-03-16', 'Wij hebben niet beslist binnen de termijn van vier weken na ontvangst'],
  ])('dated %s: %s', (issueDate, expected) => {
    expect(paragraph(withObjection({}, issueDate), 'beslistermijn')).toContain(expected);
  });

  it('records the hearing held, with date, who heard and who was there', () => {
    const text = paragraph(build('S10', c), 'hoorzitting');
    expect(text).toContain('maandag 1 maart 2027');
    expect(text).toContain('de bezwaaradviescommissie van het bestuur');
    expect(text).toContain('mevrouw E. de Vries-Smit (moeder)');
  });

  it('gives the route onwards without a term when none applies (civil court)', () => {
    const model = build('S10', {
      ...c,
      appealClause: {
        ...c.appealClause!,
        routeNl: 'het geschil voorleggen aan de burgerlijke rechter',
        termNl: '',
        termStartNl: '',
        legalBasis: null,
      },
    });
    expect(paragraph(model, 'rechtsmiddel')).toBe(
      'U kunt het geschil voorleggen aan de burgerlijke rechter.',
    );
  });
});

describe('the verslag hoorgesprek (P3)', () => {
  it('goes to the employee with the report and the date to comment by', () => {
    const model = build('P3', fixtureCases().P3);
    expect(model.layout).toBe('letter');
    expect(model.salutation).toBe('Geachte heer Jansen,');
    expect(paragraph(model, 'lezing-medewerker')).toContain('erkent dat hij de berichten');
    expect(paragraph(model, 'reactie')).toContain('tot en met woensdag 2 december 2026');
    expect(model.copyTo).toContain('Personeelsdossier');
  });
});

describe('the datalek register entry (P9)', () => {
  const c = fixtureCases().P9;
  const withDatalek = (d: Partial<NonNullable<LetterCase['datalek']>>) =>
    build('P9', { ...c, datalek: { ...c.datalek!, ...d } });
  const field = (model: LetterModel, label: string) => {
    const block = model.body.find((b) => b.id === 'gegevens');
    return block?.type === 'fields' ? block.rows.find((r) => r.label === label)?.value : undefined;
  };

  it('computes the AP deadline as 72 hours after discovery', () => {
    expect(field(withDatalek({ discoveredAt: '2026-11-10T08:30' }), 'Uiterste meldmoment AP')).toBe(
      '13 november 2026 om 08:30 uur (72 uur na ontdekking)',
    );
    expect(field(withDatalek({ discoveredAt: '2026-12-30T22:15' }), 'Uiterste meldmoment AP')).toBe(
      '2 januari 2027 om 22:15 uur (72 uur na ontdekking)',
    );
  });

  it.each([
    ['2026-11-13T08:30', 'Dat is binnen 72 uur na de ontdekking.'],
    ['2026-11-13T08:31', 'Dat is later dan 72 uur na de ontdekking'],
  ])('a notification at %s: %s', (reportedAt, expected) => {
    const model = withDatalek({ apReport: { reportedAt, reference: null } });
    expect(paragraph(model, 'ap')).toContain(expected);
  });

  it('without a notification, names the deadline or the reason given', () => {
    expect(paragraph(withDatalek({ apReport: null }), 'ap')).toContain(
      'uiterlijk op 13 november 2026 om 08:30 uur',
    );
    expect(
      paragraph(withDatalek({ apReport: null, apReason: 'De gegevens waren versleuteld' }), 'ap'),
    ).toContain('omdat het naar verwachting geen risico oplevert');
  });

  it.each([
    [true, null, 'moet dat onverwijld gebeuren (artikel 34 AVG)'],
    [false, null, 'niet vereist zolang er geen hoog risico is'],
    [true, { on: '2026-11-11', how: 'per brief' }, 'op 11 november 2026 geïnformeerd: per brief.'],
  ] as const)('high risk %s, informed %o: %s', (highRisk, subjectsInformed, expected) => {
    expect(paragraph(withDatalek({ highRisk, subjectsInformed }), 'informeren')).toContain(
      expected,
    );
  });

  it('states the data, the number of people, the impact and the measures', () => {
    const model = build('P9', c);
    expect(paragraph(model, 'persoonsgegevens')).toBe(
      'Het gaat om de volgende gegevens: naam, klas en cijfers voor twee vakken.',
    );
    expect(paragraph(model, 'betrokkenen')).toContain('Aantal betrokkenen: 1.');
    expect(paragraph(model, 'gevolgen')).toContain('herkenbaar besproken');
    expect(textOf(model.body)).toContain('instructie over het delen van leerlinggegevens');
  });
});

describe('a correction', () => {
  const supersedes = { kenmerk: '12AB-2026-0042-03', date: '2026-11-20' };

  it('names the version it replaces on its own reference row and in one opening sentence', () => {
    const plain = build('S4', fixtureCases().S4);
    const model = build('S4', { ...fixtureCases().S4, supersedes });
    expect(model.subject).toBe(plain.subject);
    expect(model.reference.map((r) => r.label)).toEqual([
      'Datum',
      'Ons kenmerk',
      'Vervangt',
      'Betreft',
      'Bijlage(n)',
    ]);
    expect(model.reference[2]?.value).toBe('brief van 20 november 2026, kenmerk 12AB-2026-0042-03');
    expect(model.body[0]).toEqual({
      type: 'paragraph',
      id: 'vervangt',
      text: 'Deze brief vervangt onze brief van 20 november 2026 (kenmerk 12AB-2026-0042-03); alleen deze versie is geldig.',
    });
    expect(model.body.slice(1)).toEqual(plain.body);
  });

  it('in English for a parent letter', () => {
    const model = build('O3', { ...fixtureCases().O3, language: 'en', supersedes });
    expect(model.reference.find((r) => r.label === 'Replaces')?.value).toBe(
      'letter of 20 November 2026, reference 12AB-2026-0042-03',
    );
    expect(paragraph(model, 'vervangt')).toContain(
      'This letter replaces our letter of 20 November 2026',
    );
  });

  it('keeps a cover page first in the case dossier', () => {
    const model = build('D2', { ...fixtureCases().D2, supersedes });
    expect(model.body.map((b) => b.id).slice(0, 2)).toEqual(['omslag', 'vervangt']);
    expect(paragraph(model, 'vervangt')).toContain('Deze versie vervangt de versie van');
  });
});

describe('paragraph edits', () => {
  it('replaces edited paragraphs, lists, subject and aanhef by id and reports stale ids', () => {
    const c = baseStudentCase();
    const model = build('S4', {
      ...c,
      paragraphOverrides: {
        'motivering-1': 'Een eigen motivering.',
        feiten: 'Eerste feit.\n\nTweede feit.',
        rechtsmiddel: 'Eigen bezwaarclausule.',
        betreft: 'Schorsing Jan',
        aanhef: 'Beste ouders en Jan,',
        'bestaat-niet': 'weg',
      },
    });
    expect(paragraph(model, 'motivering-1')).toBe('Een eigen motivering.');
    expect(model.body.find((b) => b.id === 'feiten')).toEqual({
      type: 'list',
      id: 'feiten',
      items: ['Eerste feit.', 'Tweede feit.'],
    });
    expect(paragraph(model, 'rechtsmiddel')).toBe('Eigen bezwaarclausule.');
    expect(model.subject).toBe('Schorsing Jan');
    expect(model.reference.find((r) => r.label === 'Betreft')?.value).toBe('Schorsing Jan');
    expect(model.salutation).toBe('Beste ouders en Jan,');
    expect(model.staleOverrideIds).toEqual(['bestaat-niet']);
  });

  it('lists every editable id, the appeal clause included', () => {
    const ids = listEditableIds(build('S4', baseStudentCase()));
    expect(ids).toEqual(
      expect.arrayContaining([
        'inleiding',
        'feiten',
        'motivering-1',
        'rechtsmiddel',
        'betreft',
        'aanhef',
      ]),
    );
  });
});

describe('languages', () => {
  it('refuses English for a Dutch-only decision', () => {
    expect(buildLetterModel('S4', { ...baseStudentCase(), language: 'en' })).toEqual({
      ok: false,
      error: { kind: 'language-not-supported', docType: 'S4', language: 'en' },
    });
  });

  it('translates the fixed text of a parent letter and keeps typed text as typed', () => {
    const c = fixtureCases().O3;
    const model = build('O3', { ...c, language: 'en' });
    expect(model.salutation).toBe('Dear Ms Van der Meer,');
    expect(model.closing).toBe('Kind regards,');
    expect(model.reference.map((r) => r.label)).toEqual([
      'Date',
      'Our reference',
      'Subject',
      'Enclosure(s)',
    ]);
    expect(model.reference[0]?.value).toBe('30 November 2026');
    expect(paragraph(model, 'rechtsmiddel')).toContain(
      'file a complaint with the Landelijke Klachtencommissie',
    );
    expect(paragraph(model, 'reikwijdte')).toContain('u betreedt het schoolgebouw');
    expect(paragraph(model, 'contactpersoon')).toContain(fixtureChild.firstName);
  });

  it('addresses the parents of a pupil in both languages', () => {
    const c = { ...fixtureCases().O4 };
    expect(build('O4', c).salutation).toBe('Geachte ouder(s)/verzorger(s) van Jan de Vries,');
    expect(build('O4', { ...c, language: 'en' }).salutation).toBe(
      'Dear parent(s)/guardian(s) of Jan de Vries,',
    );
    expect(build('O4', { ...c, language: 'en' }).addressLines[0]).toBe(
      'To the parent(s)/guardian(s) of',
    );
  });

  it('files the parent letters under the parent, the pupil letters under the pupil', () => {
    const cases = fixtureCases();
    expect(build('O3', cases.O3).personLabel).toBe(`S. van der Meer`);
    expect(build('S4', cases.S4).personLabel).toBe('J. de Vries');
    expect(fixtureParent.childIds).toContain(fixtureChild.id);
  });
});
