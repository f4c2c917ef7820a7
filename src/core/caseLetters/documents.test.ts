import { describe, expect, it } from 'vitest';
import { makeCase } from '../case/caseFixtures';
import type { MeasureKind, SubjectType } from '../glossary';
import { fixtureSchool } from '../letters/testing/letterFixtures';
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

  it('lists the verwijdering with the search log, and no besluit op bezwaar before a bezwaar', () => {
    const base = schorsingCase();
    const c = { ...base, decision: { ...base.decision, measure: 'verwijdering' as const } };
    const docs = listCaseDocuments(sourceFor(c, { subject: null }));
    expect(docs.find((d) => d.code === 'S7')?.docType).toBe('S7');
    expect(docs.find((d) => d.code === 'S8')?.docType).toBe('S8');
    expect(docs.find((d) => d.code === 'S9')).toMatchObject({ docType: 'S9', origin: 'melding' });
    expect(docs.some((d) => d.code === 'S10')).toBe(false);
  });

  it('marks steps the app has no document for', () => {
    const docs = listCaseDocuments(
      sourceFor(
        {
          ...makeCase({ id: 'c', subjectId: 'p', subjectType: 'medewerker' }),
          decision: {
            ...makeCase({ id: 'c', subjectId: 'p', subjectType: 'medewerker' }).decision,
            measure: 'ontslag',
          },
        },
        { subject: teacherPieter },
      ),
    );
    expect(docs.find((d) => d.code === 'PK')?.docType).toBeNull();
    expect(docs.find((d) => d.code === 'P3')?.docType).toBe('P3');
  });

  it.each([
    // measure, denomination, bezwaar lodged on, outcome, S10 offered, due (end of day)
    ['verwijdering', 'openbaar', null, null, false, null],
    ['verwijdering', 'openbaar', '2026-12-01', null, true, '2026-12-29T23:59'],
    ['verwijdering', 'bijzonder', '2026-12-01', null, true, '2026-12-29T23:59'],
    ['verwijdering', 'openbaar', '2026-12-01', 'ingetrokken', false, null],
    // Awb art. 7:10: six weeks after the six-week bezwaar term from the decision (23 Nov).
    ['schorsing', 'openbaar', '2026-12-01', null, true, '2027-02-15T23:59'],
    // Schorsing at a bijzondere school: klachtenregeling, no bezwaar with the board.
    ['schorsing', 'bijzonder', '2026-12-01', null, false, null],
  ] as const)(
    '%s at a %s school, bezwaar lodged %s (%s): S10 offered %s, due %s',
    (measure, denomination, lodgedOn, outcome, offered, due) => {
      const base = schorsingCase();
      const c = {
        ...base,
        decision: { ...base.decision, measure },
        followUp: { ...base.followUp, appeal: { ...base.followUp.appeal, lodgedOn, outcome } },
      };
      const docs = listCaseDocuments(
        sourceFor(c, { subject: null }, { school: { ...fixtureSchool, denomination } }),
      );
      const s10 = docs.find((d) => d.code === 'S10');
      expect(s10 !== undefined).toBe(offered);
      if (s10) expect(s10).toMatchObject({ docType: 'S10', required: true, dueAt: due });
    },
  );

  it.each([
    ['leerling', null],
    ['medewerker', null],
    ['medewerker', 'schriftelijkeBerisping'],
  ] as const)(
    'a %s case with measure %s involving a datalek offers P9, due 72 hours after the report',
    (subjectType, measure) => {
      const base = makeCase({ id: 'c', subjectId: 'p', subjectType });
      const c = {
        ...base,
        facts: { ...base.facts, incidentDate: '2026-11-09', reportedDate: '2026-11-10' },
        assessment: {
          ...base.assessment,
          answers: { ...base.assessment.answers, dataBreach: true },
        },
        decision: { ...base.decision, measure },
      };
      const subject = subjectType === 'medewerker' ? teacherPieter : null;
      const docs = listCaseDocuments(sourceFor(c, { subject }));
      expect(docs.find((d) => d.code === 'P9')).toMatchObject({
        docType: 'P9',
        origin: 'melding',
        dueAt: '2026-11-13T00:00',
      });
      const without = listCaseDocuments(
        sourceFor({ ...c, assessment: base.assessment }, { subject }),
      );
      expect(without.some((d) => d.code === 'P9')).toBe(false);
    },
  );

  it('still lists the dossier documents when the protocol cannot be found', () => {
    const docs = listCaseDocuments(schorsingSource({ protocol: null }));
    expect(docs.map((d) => d.code)).toEqual(['S1', 'O4', 'D1', 'D2']);
  });
});
