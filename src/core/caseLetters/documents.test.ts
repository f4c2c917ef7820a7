import { describe, expect, it } from 'vitest';
import { makeCase } from '../case/caseFixtures';
import type { MeasureKind, SubjectType } from '../glossary';
import { listCaseDocuments } from './documents';
import {
  parentSandra,
  schorsingCase,
  schorsingSource,
  sourceFor,
  studentNoor,
  teacherPieter,
} from './testing/caseLetterFixtures';

const codesFor = (subjectType: SubjectType, measure: MeasureKind | null) => {
  const base = makeCase({ id: 'c', subjectId: 'p', subjectType });
  const c = {
    ...base,
    facts: { ...base.facts, incidentDate: '2026-11-12', reportedDate: '2026-11-13' },
    decision: { ...base.decision, measure, decidedOn: '2026-11-23' },
  };
  const subject =
    subjectType === 'medewerker' ? teacherPieter : subjectType === 'ouder' ? parentSandra : null;
  return listCaseDocuments(sourceFor(c, { subject, student: studentNoor })).map((d) => d.code);
};

describe('listCaseDocuments', () => {
  it.each([
    ['leerling', null, ['S1', 'O4', 'D1', 'D2']],
    ['medewerker', null, ['P1', 'D1', 'D2']],
    ['ouder', null, ['O1', 'D1', 'D2']],
    ['medewerker', 'schriftelijkeBerisping', ['P1', 'P2', 'P3', 'P5', 'P6', 'D1', 'D2']],
    ['medewerker', 'ontslagOpStaandeVoet', ['P1', 'P2', 'P3', 'P7', 'D1', 'D2']],
    ['ouder', 'toegangsverbod', ['O1', 'O2', 'O3', 'D1', 'D2']],
  ] as const)('%s with measure %s lists %j', (subjectType, measure, expected) => {
    expect(codesFor(subjectType, measure)).toEqual(expected);
  });

  it('lists the schorsing procedure, the ISD melding it triggers, and the optional letters', () => {
    const docs = listCaseDocuments(schorsingSource());
    expect(docs.map((d) => d.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'O4', 'D1', 'D2']);
    const s4 = docs.find((d) => d.code === 'S4');
    expect(s4).toMatchObject({ docType: 'S4', required: true, origin: 'procedure' });
    expect(docs.find((d) => d.code === 'S5')).toMatchObject({ origin: 'melding', required: true });
    expect(docs.filter((d) => !d.required).map((d) => d.code)).toEqual(
      expect.arrayContaining(['O4', 'D1', 'D2']),
    );
  });

  it('marks steps the app has no document for', () => {
    const base = schorsingCase();
    const c = { ...base, decision: { ...base.decision, measure: 'verwijdering' as const } };
    const docs = listCaseDocuments(sourceFor(c, { subject: null }));
    expect(docs.find((d) => d.code === 'S7')?.docType).toBeNull();
    expect(docs.find((d) => d.code === 'S8')?.docType).toBe('S8');
    expect(docs.find((d) => d.code === 'S9')).toMatchObject({ docType: 'S9', origin: 'melding' });
  });

  it('still lists the dossier documents when the protocol cannot be found', () => {
    const docs = listCaseDocuments(schorsingSource({ protocol: null }));
    expect(docs.map((d) => d.code)).toEqual(['S1', 'O4', 'D1', 'D2']);
  });
});
