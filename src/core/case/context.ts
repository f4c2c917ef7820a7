/**
 * What the case functions need besides the case itself: the school, its protocol, the people
 * involved, the person's other cases and today's date. Passed in, never looked up.
 */
import { createSchoolCalendar, type SchoolCalendar } from '../calendar/calendar';
import type { MeasureKind, SubjectType } from '../glossary';
import type { Person } from '../model/person';
import type { School } from '../model/school';
import type { Protocol } from '../protocol/schema';
import { computeAgeOn } from './dates';
import type { Case } from './types';

export type CaseContext = {
  school: Pick<School, 'sector' | 'denomination' | 'holidays' | 'boardName'>;
  protocol: Protocol;
  /** The person the case is about; null if the record is missing. */
  subject: Person | null;
  /** Parent track: the child concerned. */
  student: Person | null;
  /** Every case of the same subject (this one may be among them). */
  subjectCases: readonly Case[];
  /** Today's local date, 'YYYY-MM-DD'. */
  today: string;
};

/** The school's calendar for deadline arithmetic. */
export function calendarOf(ctx: Pick<CaseContext, 'school'>): SchoolCalendar {
  return createSchoolCalendar(ctx.school.holidays);
}

/**
 * The student's age on the incident date (or today while that is unknown). Null for staff and
 * parents, and for a student without a date of birth.
 */
export function computeSubjectAge(
  c: Case,
  ctx: Pick<CaseContext, 'subject' | 'today'>,
): number | null {
  if (c.subjectType !== 'leerling' || !ctx.subject) return null;
  return computeAgeOn(ctx.subject.dateOfBirth, c.facts.incidentDate ?? ctx.today);
}

/** Measures that start with a voornemen and a zienswijze term before the decision (domain.md §2.3, §3). */
export function needsVoornemen(subject: SubjectType, measure: MeasureKind | null): boolean {
  if (measure === null) return false;
  if (subject === 'medewerker') {
    return (
      measure === 'schriftelijkeBerisping' ||
      measure === 'schorsingDisciplinair' ||
      measure === 'overplaatsing' ||
      measure === 'inhoudingBezoldiging'
    );
  }
  if (subject === 'ouder') return measure === 'contactverbod' || measure === 'toegangsverbod';
  return false;
}

/** Staff schorsing: which of the two kinds (domain.md §2.3); null for any other measure. */
export function getSchorsingType(
  measure: MeasureKind | null,
): 'ordemaatregel' | 'disciplinair' | null {
  if (measure === 'schorsingOrdemaatregel') return 'ordemaatregel';
  if (measure === 'schorsingDisciplinair') return 'disciplinair';
  return null;
}
