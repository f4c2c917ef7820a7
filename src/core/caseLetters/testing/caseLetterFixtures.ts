/**
 * Realistic stored cases for the case-letters tests: a VO pupil suspended for a meme about a
 * classmate, a teacher who posted about a pupil, and a parent who is banned from the premises.
 * Not used by the app itself.
 */
import { makeCase, makePerson } from '../../case/caseFixtures';
import type { Case } from '../../case/types';
import type { PersonId } from '../../ids';
import { asId } from '../../ids';
import { fixtureSchool } from '../../letters/testing/letterFixtures';
import type { Person } from '../../model/person';
import { hogelandProtocol } from '../../protocol/seeds';
import type { CaseLetterSource } from '../types';

export const studentJan: Person = makePerson({
  id: 'p-jan',
  role: 'leerling',
  firstName: 'Jan',
  infix: 'de',
  lastName: 'Vries',
  salutation: 'heer',
  dateOfBirth: '2011-03-14',
  className: '3 havo B',
  address: { street: 'Kerkstraat', houseNumber: '12a', postcode: '9201 AB', city: 'Drachten' },
});

export const parentEls: Person = makePerson({
  id: 'p-els',
  role: 'ouder',
  firstName: 'Els',
  infix: 'de',
  lastName: 'Vries-Smit',
  salutation: 'mevrouw',
  address: { street: 'Kerkstraat', houseNumber: '12a', postcode: '9201 AB', city: 'Drachten' },
  childIds: [asId<PersonId>('p-jan')],
});

export const teacherPieter: Person = makePerson({
  id: 'p-pieter',
  role: 'medewerker',
  firstName: 'Pieter',
  lastName: 'Jansen',
  salutation: 'heer',
  functionTitle: 'docent Nederlands',
  address: { street: 'Beukenlaan', houseNumber: '7', postcode: '9202CD', city: 'Drachten' },
});

export const parentSandra: Person = makePerson({
  id: 'p-sandra',
  role: 'ouder',
  firstName: 'Sandra',
  infix: 'van der',
  lastName: 'Meer',
  salutation: 'mevrouw',
  address: { street: 'Molenweg', houseNumber: '3', postcode: '9203 EF', city: 'Drachten' },
  childIds: [asId<PersonId>('p-noor')],
});

export const studentNoor: Person = makePerson({
  id: 'p-noor',
  role: 'leerling',
  firstName: 'Noor',
  infix: 'van der',
  lastName: 'Meer',
  dateOfBirth: '2012-09-01',
  className: '2 vwo A',
});

/** A VO pupil suspended for three school days, with everything the letters need filled in. */
export const schorsingCase = (): Case => {
  const c = makeCase({
    id: 'case-jan',
    subjectId: 'p-jan',
    subjectType: 'leerling',
    year: 2026,
    sequence: 42,
    title: 'Meme over klasgenoot',
    status: 'besluitGenomen',
  });
  return {
    ...c,
    facts: {
      ...c.facts,
      incidentDate: '2026-11-12',
      reportedDate: '2026-11-13',
      reportedBy: 'K. Postma (mentor)',
      platform: 'instagram',
      whatWasPosted: 'een meme over een klasgenoot op Instagram',
      reach: 'breed',
      description:
        'Op donderdag 12 november 2026 om 21:40 uur plaatste Jan een bewerkte foto van een klasgenoot als meme in zijn openbare Instagram-verhaal.\n\nHet verhaal is door ten minste 140 accounts bekeken.',
    },
    articles: { refs: ['A.5', 'A.7'], offences: ['pesten'], otherNorms: '' },
    assessment: {
      ...c.assessment,
      aggravating: ['herkenbaarSlachtoffer'],
      mitigating: ['snelVerwijderd'],
    },
    decision: {
      ...c.decision,
      measure: 'schorsing',
      accompanying: ['berichtLatenVerwijderen'],
      motivation:
        'Het verspreiden van een bewerkte foto van een klasgenoot is een ernstige vorm van pesten.\nWij achten een schorsing van drie dagen passend en evenredig.',
      decidedOn: '2026-11-23',
      schorsing: {
        ...c.decision.schorsing,
        startDate: '2026-11-24',
        days: 3,
        endDate: '2026-11-26',
        educationArrangement:
          'Jan krijgt via Magister dagelijks huiswerk en heeft elke ochtend om 9.00 uur contact met zijn mentor',
        returnMeetingDate: '2026-11-27',
      },
      severity: 'S3',
      history: { level: 'H0', earlier: [] },
      recordedAt: '2026-11-23T10:00',
    },
    followUp: {
      ...c.followUp,
      hearings: [
        {
          id: 'h1',
          kind: 'gesprek',
          date: '2026-11-18',
          time: '15:30',
          place: 'kamer 1.12',
          attendees:
            'Jan de Vries; mevrouw E. de Vries-Smit (moeder); mevrouw A. Bakker (teamleider)',
          notes: 'Jan zegt dat hij de meme grappig bedoelde en heeft spijt',
        },
        {
          id: 'h2',
          kind: 'terugkeergesprek',
          date: '2026-11-27',
          time: '08:30',
          place: 'kamer 1.12',
          attendees: '',
          notes: '',
        },
      ],
    },
    duties: [
      {
        id: asId('isdMelding'),
        key: 'isdMelding',
        labelNl: 'Melding schorsing aan de inspectie (ISD)',
        labelEn: 'Report suspension to the Inspectorate (ISD)',
        dueAt: '2026-11-24T23:59',
        doneAt: '2026-11-23',
        legalBasis: 'WVO 2020 art. 8.14 lid 3',
        needsCheck: false,
        noteNl: '',
        noteEn: '',
        source: 'procedure',
        documentId: null,
      },
    ],
  };
};

/** The loaded source of a case at the Noorderlicht College (VO, openbaar). */
export const sourceFor = (
  caseRecord: Case,
  people: { subject: Person | null; student?: Person | null; parents?: Person[] },
  overrides: Partial<CaseLetterSource> = {},
): CaseLetterSource => ({
  caseRecord,
  school: fixtureSchool,
  subject: people.subject,
  student: people.student ?? null,
  parents: people.parents ?? [],
  protocol: hogelandProtocol,
  evidence: [
    {
      label: 'Schermafbeelding Instagram-verhaal',
      sha256: 'a'.repeat(64),
      capturedAt: '2026-11-13T08:10',
      strafrechtelijk: false,
    },
  ],
  timeline: [
    { at: '2026-11-13T09:00', kind: 'created', actor: 'M. Hoekstra', data: { title: 'Meme' } },
  ],
  issued: [],
  today: '2026-11-23',
  ...overrides,
});

/** The schorsing case as loaded. */
export const schorsingSource = (overrides: Partial<CaseLetterSource> = {}): CaseLetterSource =>
  sourceFor(schorsingCase(), { subject: studentJan, parents: [parentEls] }, overrides);
