import type { MeasureKind } from '../../glossary';
import type { PostalAddress } from '../../model/address';
import type { Person } from '../../model/person';
import type { EnvelopeWindow, School, Signer } from '../../model/school';
import type { DocTypeId } from './docTypes';

/** Letters are Dutch; parent letters can also be produced in English (fixed text translated). */
export type LetterLanguage = 'nl' | 'en';

/** Who a letter is sent to; the address block (≤ 6 lines) and the salutation follow from it. */
export type Recipient =
  /** One person at their own address: a staff member, an adult student or a parent. */
  | { kind: 'person'; person: Person }
  /** "De ouder(s)/verzorger(s) van …" at the family address. */
  | { kind: 'parentsOf'; student: Person; address: PostalAddress }
  /** A student under 18 and the parents together (VO/MBO, domain.md §1.2). */
  | { kind: 'studentAndParents'; student: Person; address: PostalAddress }
  /** An organisation such as the leerplichtambtenaar or the inspectie. */
  | {
      kind: 'organisation';
      name: string;
      /** "t.a.v." line, e.g. "de leerplichtambtenaar". */
      attention: string | null;
      department: string | null;
      address: PostalAddress;
    };

/** A rule the conduct breached: a protocol rule, a CAO article or a statutory norm. */
export type BreachedArticle = {
  /** e.g. "Protocol sociale media, regel A.7" or "CAO VO art. 18.2 lid 2". */
  ref: string;
  title: string;
  summary: string;
};

/** One piece of evidence, identified by the SHA-256 of its bytes. */
export type EvidenceItem = {
  label: string;
  /** Lower-case hex, 64 characters. */
  sha256: string;
  /** ISO date or date-time the item was captured. */
  importedAt: string;
};

/** A legal or procedural duty of the case (melding, termijn) with its status. */
export type DutyItem = {
  label: string;
  /** ISO date, or null when there is no deadline. */
  due: string | null;
  status: 'open' | 'gedaan' | 'nietVanToepassing';
  /** ISO date the duty was completed. */
  doneOn: string | null;
};

/** One event on the case timeline. */
export type TimelineEvent = { date: string; label: string };

/** A document of the case already issued (frozen), for dossier references. */
export type IssuedLetter = {
  date: string;
  kenmerk: string;
  title: string;
  sha256: string;
  version: number;
};

/** The measure the letter is about: taken, proposed or decided. */
export type MeasureInput = {
  kind: MeasureKind;
  /** Dutch label as it reads in a sentence, e.g. "een schorsing van drie schooldagen". */
  labelNl: string;
  /** English label for parent letters; the Dutch label is used when absent. */
  labelEn: string | null;
  /** ISO dates, both inclusive. */
  startDate: string | null;
  endDate: string | null;
  /** Schooldagen (students) or kalenderdagen (staff) the measure lasts. */
  days: number | null;
  /** Staff schorsing: ordemaatregel (pay continues, no finding of guilt) or disciplinary. */
  schorsingType: 'ordemaatregel' | 'disciplinair' | null;
  /** Statutory or CAO basis, e.g. "artikel 8.14 van de Wet op het voortgezet onderwijs 2020". */
  legalBasis: string | null;
  /** Parents' bans: what the ban covers, e.g. "het schoolgebouw en het schoolplein". */
  scope: string | null;
  /** ISO date the measure is reviewed. */
  reviewDate: string | null;
  /** The one contact person (contactverbod) or the staff member's contact during a schorsing. */
  contactPerson: string | null;
  /** Rules that apply during the measure, e.g. contact rules during a staff schorsing. */
  conditions: string[];
};

/** A meeting: uitnodiging gesprek, hoorzitting, terugkeergesprek. */
export type MeetingInput = {
  /** ISO date. */
  date: string;
  /** "14:30". */
  time: string;
  place: string;
  /** Who conducts it for the school, e.g. "mevrouw A. Bakker (teamleider)". */
  conductedBy: string | null;
};

/**
 * The appeal or complaint route as the engine determines it (domain.md §2.5). The letter
 * renders it; it never decides the route itself.
 */
export type AppealClauseInput = {
  /** Verb phrase, e.g. "bezwaar maken bij het bestuur van Stichting X". */
  routeNl: string;
  /** e.g. "zes weken". */
  termNl: string;
  /** When the term starts, e.g. "na de dag waarop dit besluit aan u is verzonden". */
  termStartNl: string;
  routeEn: string | null;
  termEn: string | null;
  termStartEn: string | null;
  /** Address lines to send the bezwaar/beroep/klacht to. */
  address: string[];
  /** Additional sentences, e.g. about the Geschillencommissie passend onderwijs. */
  extraNl: string[];
  extraEn: string[];
  /** e.g. "artikel 6:7 Awb"; shown for transparency. */
  legalBasis: string | null;
};

/** A conversation that was held: verslag gesprek, gespreksverslag with a parent. */
export type ConversationInput = {
  date: string;
  place: string;
  attendees: string[];
  statements: { speaker: string; text: string }[];
  /** The pupil's, staff member's or parent's own account, as typed. */
  subjectVersion: string;
  agreements: string[];
  /** ISO date by which those heard can comment on the report; null: the document's default. */
  commentDeadline: string | null;
};

/** The zienswijze on a voornemen and how it was weighed (P6, S8, O3). */
export type ZienswijzeInput = {
  /** ISO date of the voornemen letter. */
  intentionDate: string;
  intentionKenmerk: string | null;
  /** ISO date the zienswijze was received; null when none was given. */
  receivedOn: string | null;
  summary: string;
  weighing: string;
};

/** Student schorsing specifics (S4, S5). */
export type SchorsingDetails = {
  /** How education continues during the schorsing (domain.md §1.2). */
  educationArrangement: string;
  returnMeeting: MeetingInput;
  /** ISO date the inspectie was notified via the ISD; null when not (yet) notified. */
  inspectieNotifiedOn: string | null;
};

/** Student verwijdering specifics (S6, S8, S9). */
export type VerwijderingDetails = {
  /** PO: the groepsleraar who is heard too (WPO art. 40 lid 11). */
  groepsleraar: string | null;
  /** How the parents can inspect the file. */
  fileAccess: string;
  /** The school that agreed to admit the pupil; null while still searching. */
  otherSchool: { name: string; acceptedOn: string } | null;
  /** ISO date the verwijdering takes effect. */
  effectiveDate: string | null;
  /** VO: ISO date of the overleg with the inspectie (WVO 2020 art. 8.15 lid 4). */
  inspectieConsultedOn: string | null;
  /** ISO date of the decision (S9 refers to it). */
  decisionDate: string | null;
  /** Municipality of the leerplichtambtenaar. */
  municipality: string | null;
};

/** Identifiers a melding needs (S5, S9). */
export type PupilRegistration = {
  bsn: string | null;
  onderwijsnummer: string | null;
};

/** Ontslag op staande voet specifics (P7). */
export type DismissalDetails = {
  /** The precise dringende reden, as stated to the employee. */
  dringendeReden: string;
  /** ISO date the dismissal was given orally (onverwijld). */
  communicatedOn: string;
  /** How it was communicated, e.g. "in een gesprek op school in aanwezigheid van …". */
  communicatedHow: string;
  /** Personal circumstances that were weighed (BW 7:677, domain.md §2.4). */
  circumstancesWeighed: string;
};

/** Overleg with the vertrouwensinspecteur (P8; WPO art. 4a, WVO 2020 art. 3.39). */
export type VertrouwensinspecteurDetails = {
  consultedOn: string;
  time: string;
  inspector: string;
  redelijkVermoeden: boolean;
  conclusion: string;
  aangifteOn: string | null;
  aangifteNumber: string | null;
  parentsInformedOn: string | null;
  accusedInformedOn: string | null;
  inspectorInformedOfAangifteOn: string | null;
};

/** One school or institution approached to admit the pupil (S7). */
export type SchoolContact = {
  /** ISO date of the contact. */
  date: string;
  school: string;
  /** What came of it, as typed: "afgewezen: geen plaats in 3 havo", "toegezegd". */
  outcome: string;
};

/** One overleg with the inspectie about the verwijdering (S7, VO: WVO 2020 art. 8.15 lid 4). */
export type InspectieOverlegEntry = {
  /** ISO date of the overleg. */
  date: string;
  /** Who was spoken to, e.g. "mevrouw R. Smit, inspecteur". */
  withWhom: string;
  outcome: string;
};

/** The search for another school before a verwijdering (S7, domain.md §1.3). */
export type SchoolSearchDetails = {
  /** ISO date the search started; MBO: the 8 weeks of WEB art. 8.1.7d lid 2 run from here. */
  searchStartedOn: string | null;
  contacts: SchoolContact[];
  inspectieOverleg: InspectieOverlegEntry[];
  /** The school that agreed to admit the pupil; null while still searching. */
  admittedBy: { name: string; acceptedOn: string } | null;
};

/** How a bezwaar is decided (S10). */
export type ObjectionOutcome = 'gegrond' | 'ongegrond' | 'deelsGegrond';

/** The bezwaar and the decision on it (S10, domain.md §1.3). */
export type ObjectionDetails = {
  /** The decision objected to, as a noun phrase: "ons besluit tot verwijdering van Jan". */
  decisionLabel: string;
  /** ISO date and kenmerk of that decision. */
  decisionDate: string;
  decisionKenmerk: string | null;
  /** ISO date the bezwaarschrift was received. */
  receivedOn: string;
  /** The grounds of the bezwaar, summarised as typed. */
  summary: string;
  /** The hearing on the bezwaar; null when it was not (yet) held. */
  hearing: {
    /** ISO date. */
    date: string;
    place: string;
    /** Who was present and heard. */
    attendees: string[];
    /** Who heard them for the board, e.g. "de bezwaarcommissie". */
    heardBy: string;
    /** What was put forward at the hearing, as typed. */
    account: string;
  } | null;
  /** Geschillencommissie passend onderwijs: its oordeel, which the decision waits for (WPO 43). */
  committeeOpinion: { date: string; summary: string } | null;
  /** The board's reasoning, paragraphs as typed. */
  reasoning: string[];
  /** Null until the board has decided; the document cannot be built before. */
  outcome: ObjectionOutcome | null;
  /** What follows from a (partly) upheld bezwaar, e.g. the decision that replaces the old one. */
  consequence: string;
  /** ISO date the decision on the bezwaar is due; null when unknown. */
  decisionDue: string | null;
  /** The statutory decision term as written, e.g. "vier weken na ontvangst van het bezwaarschrift". */
  decisionTermNl: string;
  /** e.g. "artikel 8.15, achtste lid, van de Wet voortgezet onderwijs 2020". */
  decisionTermBasis: string | null;
};

/** A personal-data breach: the register entry and the notification to the AP (P9, AVG 33-34). */
export type DatalekDetails = {
  /** Local date-time 'YYYY-MM-DDTHH:mm' the school discovered the breach; 72 hours run from here. */
  discoveredAt: string;
  /** What happened to the data, as typed. */
  description: string;
  /** Kinds of personal data, e.g. "naam", "cijfers", "foto". */
  personalData: string[];
  /** Who the data is about, e.g. "leerlingen van klas 4 havo". */
  dataSubjects: string;
  /** Number of people affected; null when not known (yet). */
  affectedCount: number | null;
  /** Likely consequences for the people concerned. */
  consequences: string;
  /** The breach is likely to result in a high risk (AVG art. 34: inform the people concerned). */
  highRisk: boolean;
  /** Measures taken or planned to end the breach and limit its consequences. */
  measures: string[];
  /** Notification to the AP; null when not notified. */
  apReport: { reportedAt: string; reference: string | null } | null;
  /** Why no notification was made (no risk), or why it came after 72 hours. */
  apReason: string;
  /** When and how the people concerned were informed; null when not informed. */
  subjectsInformed: { on: string; how: string } | null;
  /** Why they were not informed. */
  subjectsReason: string;
};

/** The version of a document that a correction replaces. */
export type SupersededVersion = {
  kenmerk: string;
  /** ISO date of the version it replaces. */
  date: string;
};

/**
 * The plain projection of a case that every document builder reads. The app maps its case,
 * school, people and engine output into this shape; the letters never reach further.
 */
export type LetterCase = {
  language: LetterLanguage;
  school: School;
  /** Case number within the year; kenmerk `{BRIN}-{jaar}-{zaak}-{doc}`. */
  caseYear: number;
  caseNumber: number;
  /** Sequence number of this document within the case. */
  docNumber: number;
  /** ISO date the document is dated. */
  issueDate: string;
  /** The person the case is about. */
  subject: Person;
  /** Parent track: the child concerned. */
  student: Person | null;
  recipient: Recipient | null;
  copyTo: string[];
  yourReference: string | null;
  incident: {
    /** ISO date of the incident. */
    date: string;
    /** Short noun phrase, e.g. "een bericht op Instagram over een klasgenoot". */
    summary: string;
  };
  /** Established facts, each a full sentence as typed. */
  facts: string[];
  breaches: BreachedArticle[];
  measure: MeasureInput | null;
  /** Motivation paragraphs as typed. */
  motivation: string[];
  /** Assessment paragraphs (severity, history, factors) for the case dossier. */
  assessment: string[];
  meeting: MeetingInput | null;
  /** ISO date the zienswijze must be in. */
  zienswijzeDeadline: string | null;
  appealClause: AppealClauseInput | null;
  evidence: EvidenceItem[];
  duties: DutyItem[];
  timeline: TimelineEvent[];
  lettersIssued: IssuedLetter[];
  signer: Signer;
  enclosures: string[];
  conversation: ConversationInput | null;
  zienswijze: ZienswijzeInput | null;
  schorsing: SchorsingDetails | null;
  verwijdering: VerwijderingDetails | null;
  registration: PupilRegistration | null;
  dismissal: DismissalDetails | null;
  vertrouwensinspecteur: VertrouwensinspecteurDetails | null;
  schoolSearch: SchoolSearchDetails | null;
  objection: ObjectionDetails | null;
  datalek: DatalekDetails | null;
  /** A correction: the version it replaces (a reference row and one opening sentence). */
  supersedes: SupersededVersion | null;
  /** User edits, by stable paragraph id; they replace the drafted text. */
  paragraphOverrides: Record<string, string>;
};

/**
 * A table cell: plain text, or text with a detail line in a monospaced font (a SHA-256
 * stays on one unbroken line so it can be compared character by character).
 */
export type TableCellValue = string | { text: string; detail: string };

/** A block of a letter's body. Paragraphs, headings and lists carry stable ids for edits. */
export type Block =
  | { type: 'heading'; id: string; text: string }
  | { type: 'paragraph'; id: string; text: string }
  | { type: 'list'; id: string; items: string[] }
  | { type: 'fields'; id: string; rows: { label: string; value: string }[] }
  | {
      type: 'table';
      id: string;
      columns: { header: string; widthPct: number }[];
      rows: TableCellValue[][];
    }
  | { type: 'pageBreak'; id: string }
  /** A cover page: big title, subtitle lines and key facts; followed by a page break. */
  | {
      type: 'cover';
      id: string;
      title: string;
      lines: string[];
      rows: { label: string; value: string }[];
    };

/** Letterhead data, taken from the school. */
export type Letterhead = {
  schoolName: string;
  boardName: string;
  lines: string[];
  logo: School['logo'];
};

/** Everything a letter or note shows, ready to render; no further decisions left. */
export type LetterModel = {
  docType: DocTypeId;
  language: LetterLanguage;
  /** Letters go in a window envelope; notes are file documents without an address block. */
  layout: 'letter' | 'note';
  /** Document title, e.g. "Besluit schorsing"; also used in the file name. */
  title: string;
  kenmerk: string;
  /** ISO date. */
  issueDate: string;
  letterhead: Letterhead;
  envelopeWindow: EnvelopeWindow;
  /** Lines above the address, e.g. "Aangetekend", "Persoonlijk en vertrouwelijk". */
  markings: string[];
  /** At most six lines (domain.md §6.1); empty for notes. */
  addressLines: string[];
  /** Datum, Ons kenmerk, Uw kenmerk, Betreft, Bijlage(n) in that order. */
  reference: { label: string; value: string }[];
  subject: string;
  salutation: string | null;
  body: Block[];
  /** The rechtsmiddelenclausule; null where there is no appealable decision. */
  appealClause: Block[] | null;
  closing: string | null;
  signature: { name: string; functionTitle: string; mandate: string } | null;
  enclosures: string[];
  copyTo: string[];
  /** Name the person is filed under, e.g. "J. de Vries" (file name). */
  personLabel: string;
  labels: {
    page: string;
    of: string;
    enclosures: string;
    copyTo: string;
    ourReference: string;
  };
  /** Overrides whose id no longer exists in the drafted model; the UI can show them. */
  staleOverrideIds: string[];
};

/** Why a document cannot be built yet, in terms the UI can show. */
export type LetterError =
  | { kind: 'missing-field'; docType: DocTypeId; field: string }
  | { kind: 'language-not-supported'; docType: DocTypeId; language: LetterLanguage }
  | { kind: 'missing-address'; docType: DocTypeId };

/** A value or an error the UI can show. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
