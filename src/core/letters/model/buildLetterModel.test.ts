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
