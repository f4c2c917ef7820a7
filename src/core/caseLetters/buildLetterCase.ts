/**
 * The stored case (with its school, people, protocol, evidence, timeline and issued documents)
 * projected onto the letters' input for one document type. Pure. Where the case lacks
 * something the document must say, the text gets a "nog in te vullen" marker instead of an
 * error, so every draft can be read; `listMissing` finds what is left before issuing.
 */
import { getSchorsingType } from '../case/context';
import { datePart } from '../case/dates';
import type { Case, CaseHearing, HearingKind } from '../case/types';
import { addCalendarDays, isIsoDate } from '../calendar/calendar';
import { getAppealClause } from '../engine/appeal';
import { FACTOR_LABELS } from '../engine/factors';
import { SEVERITY_LABELS } from '../engine/severity';
import type { HistoryLevel, MeasureKind } from '../glossary';
import { DOC_TYPES, supportsLanguage, type DocTypeId } from '../letters/model/docTypes';
import { capitalise, formatKenmerk } from '../letters/model/format';
import type {
  AppealClauseInput,
  BreachedArticle,
  ConversationInput,
  DatalekDetails,
  DutyItem,
  EvidenceItem,
  LetterCase,
  MeasureInput,
  MeetingInput,
  ObjectionDetails,
  ObjectionOutcome,
  PupilRegistration,
  Recipient,
  SchoolSearchDetails,
  SchorsingDetails,
  VerwijderingDetails,
  ZienswijzeInput,
} from '../letters/model/types';
import type { Signer } from '../model/school';
import { findArticle, type Protocol } from '../protocol/schema';
import { objectionFollowUpClause, toAppealClauseInput } from './appealClause';
import { DETAIL_FIELDS, parseDetailRows, type DetailColumn } from './details';
import { markMissing } from './markers';
import { computeObjectionTerm } from './objection';
import { phraseMeasure, phraseMeasures } from './measurePhrase';
import { missingAddress, missingPerson, resolveRecipient } from './recipients';
import { describeTimelineEntry } from './timeline';
import type { CaseLetterSource, IssuedDocumentRef, LetterSettings } from './types';

/** Where the document sits in the case and when it is dated. */
export type LetterNumbering = { docNumber: number; issueDate: string };

/** Documents whose motivation is a mandatory part (deugdelijke motivering, domain.md §1-3). */
const NEEDS_MOTIVATION: ReadonlySet<DocTypeId> = new Set([
  'S4',
  'S6',
  'S8',
  'P4',
  'P6',
  'O2',
  'O3',
]);

/** Measures that are ordemaatregelen a dossiernotitie records (domain.md §1.1). */
const ORDEMAATREGELEN: ReadonlySet<MeasureKind> = new Set([
  'gesprek',
  'waarschuwing',
  'apparaatInBewaring',
  'berichtLatenVerwijderen',
  'sanctieSchoolregels',
]);

const HISTORY_NL: Readonly<Record<HistoryLevel, string>> = {
  H0: 'H0, geen eerdere maatregel',
  H1: 'H1, eerdere waarschuwing',
  H2: 'H2, eerdere formele maatregel',
};

const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
};

/** P3: days the employee has to comment on the report, after the letter's date (as the zienswijze default, domain.md §2.3). */
const P3_COMMENT_DAYS = 14;

/** Non-empty trimmed paragraphs of a text typed with blank lines or line breaks between them. */
export const splitParagraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const lines = (text: string | undefined): string[] => splitParagraphs(text ?? '');

const detail = (settings: LetterSettings, key: string): string | null => {
  const value = settings.details[key]?.trim() ?? '';
  // A blank value counts as not filled in.
  return value.length > 0 ? value : null;
};

const orMissing = (value: string | null | undefined, what: string): string =>
  value?.trim() ? value.trim() : markMissing(what);

const dateOrMissing = (value: string | null | undefined, what: string): string =>
  value && isIsoDate(value.slice(0, 10)) ? value.slice(0, 10) : markMissing(what);

/** The latest issued version of each document type. */
const latestIssued = (issued: readonly IssuedDocumentRef[], docType: DocTypeId) =>
  issued
    .filter((d) => d.docType === docType)
    .sort((a, b) => b.version - a.version)
    .at(0);

/**
 * The kenmerk number of a document: the number its earlier versions have, else one more than
 * the highest number used in the case.
 */
export const nextDocNumber = (issued: readonly IssuedDocumentRef[], docType: DocTypeId): number =>
  latestIssued(issued, docType)?.docNumber ??
  issued.reduce((max, d) => Math.max(max, d.docNumber), 0) + 1;

/** The version the next issue of a document gets. */
export const nextVersion = (issued: readonly IssuedDocumentRef[], docType: DocTypeId): number =>
  (latestIssued(issued, docType)?.version ?? 0) + 1;

const incidentSummary = (c: Case): string => {
  if (c.facts.whatWasPosted.trim()) return c.facts.whatWasPosted.trim();
  const platform =
    c.facts.platform === 'anders'
      ? c.facts.platformOther.trim()
      : PLATFORM_NAMES[c.facts.platform ?? ''];
  return platform ? `een bericht op ${platform}` : markMissing('wat er is geplaatst');
};

/** Protocol articles and other norms the case names as breached. */
export const mapBreaches = (c: Case, protocol: Protocol | null): BreachedArticle[] => {
  const fromProtocol = c.articles.refs.map((ref): BreachedArticle => {
    const section = protocol?.sections.find((s) => s.articles.some((a) => a.ref === ref));
    const article = protocol ? findArticle(protocol, ref) : undefined;
    if (!protocol || !section || !article) {
      return { ref: `Protocol sociale media, artikel ${ref}`, title: 'protocol', summary: '' };
    }
    // "A. Voor alle gebruikers (medewerkers, …)" reads as "Voor alle gebruikers".
    const title = section.title.replace(/^[A-Z]\.\s+/, '').replace(/\s*\(.*\)\s*$/, '');
    return { ref: `${protocol.name}, artikel ${ref}`, title, summary: article.summaryNl };
  });
  const other = lines(c.articles.otherNorms.replace(/;/g, '\n')).map((norm): BreachedArticle => {
    const at = norm.indexOf(':');
    return at > 0
      ? {
          ref: norm.slice(0, at).trim(),
          title: 'norm buiten het protocol',
          summary: capitalise(norm.slice(at + 1).trim()),
        }
      : { ref: norm, title: 'norm buiten het protocol', summary: '' };
  });
  return [...fromProtocol, ...other];
};

/** The measure the document is about. */
const measureKindFor = (docType: DocTypeId, c: Case): MeasureKind | null => {
  switch (docType) {
    case 'S4':
    case 'S5':
      return 'schorsing';
    case 'S6':
    case 'S7':
    case 'S8':
    case 'S9':
      return 'verwijdering';
    case 'P4':
      return 'schorsingOrdemaatregel';
    case 'P7':
      return 'ontslagOpStaandeVoet';
    default:
      return c.decision.measure;
  }
};

/** S1/O4: the ordemaatregelen taken straight away. */
const ordemaatregelMeasure = (c: Case): MeasureInput => {
  const taken = [
    ...c.decision.accompanying,
    ...(c.decision.measure && ORDEMAATREGELEN.has(c.decision.measure) ? [c.decision.measure] : []),
  ].filter((k, i, all) => all.indexOf(k) === i);
  const first = taken[0];
  const phrase = phraseMeasures(taken);
  return {
    ...emptyMeasure(first ?? 'gesprek'),
    labelNl: first ? phrase.nl : markMissing('genomen ordemaatregel'),
    labelEn: first ? phrase.en : null,
    startDate: c.facts.reportedDate ?? c.facts.incidentDate,
  };
};

const emptyMeasure = (kind: MeasureKind): MeasureInput => ({
  kind,
  labelNl: kind,
  labelEn: null,
  startDate: null,
  endDate: null,
  days: null,
  schorsingType: null,
  legalBasis: null,
  scope: null,
  reviewDate: null,
  contactPerson: null,
  conditions: [],
});

/** Documents that cannot do without a period of the measure. */
const NEEDS_PERIOD: ReadonlySet<DocTypeId> = new Set(['S4', 'S5', 'P4', 'O3']);

const mapMeasure = (docType: DocTypeId, c: Case, settings: LetterSettings): MeasureInput | null => {
  if (docType === 'S1' || docType === 'O4') return ordemaatregelMeasure(c);
  const kind = measureKindFor(docType, c);
  if (kind === null) return null;
  const staff = c.subjectType === 'medewerker';
  const s = c.decision.schorsing;
  const v = c.decision.verbod;
  const isSchorsing =
    kind === 'schorsing' || kind === 'schorsingOrdemaatregel' || kind === 'schorsingDisciplinair';
  const isBan = kind === 'toegangsverbod' || kind === 'contactverbod';
  const needsPeriod = NEEDS_PERIOD.has(docType);
  const phrase = phraseMeasure(
    kind,
    isSchorsing ? s.days : null,
    staff ? 'kalenderdagen' : 'schooldagen',
  );
  const period = (start: string | null, end: string | null) =>
    needsPeriod
      ? {
          startDate: dateOrMissing(start, isBan ? 'ingangsdatum verbod' : 'eerste dag schorsing'),
          endDate: dateOrMissing(end, isBan ? 'einddatum verbod' : 'laatste dag schorsing'),
        }
      : { startDate: start, endDate: end };
  const base: MeasureInput = {
    ...emptyMeasure(kind),
    labelNl: phrase.nl,
    labelEn: phrase.en,
    schorsingType: staff ? getSchorsingType(kind) : null,
  };
  if (isSchorsing) {
    return {
      ...base,
      ...period(s.startDate, s.endDate),
      days: s.days,
      conditions: staff ? lines(s.contactRules) : [],
      contactPerson: staff ? detail(settings, 'contactpersoon') : null,
    };
  }
  if (isBan) {
    return {
      ...base,
      ...period(v.startDate, v.endDate),
      scope: docType === 'O3' ? orMissing(v.scope, 'reikwijdte verbod') : v.scope.trim() || null,
      reviewDate: docType === 'O3' ? dateOrMissing(v.reviewDate, 'evaluatiedatum') : v.reviewDate,
      contactPerson:
        docType === 'O3'
          ? orMissing(v.contactPerson, 'contactpersoon')
          : v.contactPerson.trim() || null,
    };
  }
  return base;
};

const byDate = (a: CaseHearing, b: CaseHearing): number =>
  `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`);

const hearingsOf = (c: Case, kinds: readonly HearingKind[]): CaseHearing[] =>
  c.followUp.hearings.filter((h) => kinds.includes(h.kind)).sort(byDate);

const toMeeting = (h: CaseHearing, conductedBy: string | null): MeetingInput => ({
  date: dateOrMissing(h.date, 'datum gesprek'),
  time: orMissing(h.time, 'tijd gesprek'),
  place: orMissing(h.place, 'plaats gesprek'),
  conductedBy,
});

const missingMeeting = (what: string, conductedBy: string | null): MeetingInput => ({
  date: markMissing(`datum ${what}`),
  time: markMissing(`tijd ${what}`),
  place: markMissing(`plaats ${what}`),
  conductedBy,
});

/** The meeting a document invites to (required) or refers to as held (optional). */
const mapMeeting = (
  docType: DocTypeId,
  c: Case,
  settings: LetterSettings,
  issueDate: string,
): MeetingInput | null => {
  const leader = detail(settings, 'gespreksleider');
  const held = (kinds: readonly HearingKind[]) =>
    hearingsOf(c, kinds)
      .filter((h) => h.date <= issueDate)
      .at(-1);
  const upcoming = (kinds: readonly HearingKind[]) =>
    hearingsOf(c, kinds).find((h) => h.date >= issueDate);
  const invite = (kind: HearingKind, what: string) => {
    const h = hearingsOf(c, [kind]).at(-1);
    return h ? toMeeting(h, leader) : missingMeeting(what, leader);
  };
  switch (docType) {
    case 'S2':
      return invite('gesprek', 'gesprek');
    case 'P2':
      return invite('hoorgesprek', 'hoorgesprek');
    case 'S6':
      return invite('hoorzitting', 'hoorzitting');
    case 'S4': {
      const h = held(['gesprek', 'hoorzitting']);
      return h ? toMeeting(h, null) : null;
    }
    case 'S8': {
      const h = held(['hoorzitting']);
      if (h) return toMeeting(h, null);
      const date = c.decision.verwijdering.hearingDate;
      return date ? { date, time: '', place: '', conductedBy: null } : null;
    }
    case 'P5': {
      const h = held(['hoorgesprek']);
      return h ? toMeeting(h, null) : null;
    }
    case 'O4': {
      const h = upcoming(['gesprek']);
      return h ? toMeeting(h, null) : null;
    }
    default:
      return null;
  }
};

/** "Spreker: wat gezegd is" per line; a line without a speaker is the school's. */
const readStatements = (text: string | null): ConversationInput['statements'] =>
  lines(text ?? '').map((line) => {
    const at = line.indexOf(':');
    return at > 0
      ? { speaker: line.slice(0, at).trim(), text: line.slice(at + 1).trim() }
      : { speaker: 'De school', text: line };
  });

/** S3/O1/P3: the conversation that was held, with the account and agreements as entered. */
const mapConversation = (
  docType: DocTypeId,
  c: Case,
  settings: LetterSettings,
  issueDate: string,
): ConversationInput | null => {
  if (docType !== 'S3' && docType !== 'O1' && docType !== 'P3') return null;
  const kinds: readonly HearingKind[] =
    docType === 'P3' ? ['hoorgesprek'] : ['gesprek', 'hoorgesprek', 'hoorzitting'];
  const h = hearingsOf(c, kinds)
    .filter((x) => x.date <= issueDate)
    .at(-1);
  const attendees = lines(h?.attendees.replace(/;/g, '\n'));
  const what = docType === 'P3' ? 'hoorgesprek' : 'gesprek';
  return {
    date: dateOrMissing(h?.date, `datum ${what}`),
    place: orMissing(h?.place, `plaats ${what}`),
    attendees: attendees.length > 0 ? attendees : [markMissing('aanwezigen')],
    statements: readStatements(detail(settings, 'verklaringen')),
    subjectVersion: orMissing(detail(settings, 'lezing') ?? h?.notes, 'lezing van de betrokkene'),
    agreements: lines(detail(settings, 'afspraken') ?? ''),
    // P3 goes to the employee for comment (domain.md §6.3); S3/O1 keep their own wording.
    commentDeadline:
      docType === 'P3'
        ? dateOrMissing(
            detail(settings, 'reactieTermijn') ??
              (isIsoDate(issueDate) ? addCalendarDays(issueDate, P3_COMMENT_DAYS) : null),
            'reactietermijn',
          )
        : null,
  };
};

const VOORNEMEN_OF: Partial<Record<DocTypeId, DocTypeId>> = { P6: 'P5', O3: 'O2', S8: 'S6' };

/** P6/O3 (and S8 after a voornemen): the zienswijze and how it was weighed. */
const mapZienswijze = (docType: DocTypeId, source: CaseLetterSource): ZienswijzeInput | null => {
  const c = source.caseRecord;
  const z = c.followUp.zienswijze;
  const voornemenType = VOORNEMEN_OF[docType];
  if (!voornemenType) return null;
  const voornemen = latestIssued(source.issued, voornemenType);
  if (docType === 'S8' && !voornemen && !z.receivedOn) return null;
  return {
    intentionDate: dateOrMissing(c.decision.voornemenOn ?? voornemen?.issuedOn, 'datum voornemen'),
    intentionKenmerk: voornemen?.kenmerk ?? null,
    receivedOn: z.receivedOn,
    summary: z.receivedOn ? orMissing(z.summary, 'samenvatting zienswijze') : z.summary,
    weighing: z.receivedOn ? orMissing(z.weighing, 'weging zienswijze') : z.weighing,
  };
};

const mapSchorsing = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
): SchorsingDetails | null => {
  const c = source.caseRecord;
  if (docType !== 'S4' && docType !== 'S5') return null;
  const s = c.decision.schorsing;
  if (docType === 'S5' && !s.educationArrangement.trim()) return null;
  const terug = hearingsOf(c, ['terugkeergesprek']).at(-1);
  const isd = c.duties.find((d) => d.key === 'isdMelding')?.doneAt ?? null;
  return {
    educationArrangement: orMissing(s.educationArrangement, 'onderwijs tijdens de schorsing'),
    returnMeeting: {
      date: dateOrMissing(
        detail(settings, 'terugkeerDatum') ?? terug?.date ?? s.returnMeetingDate,
        'datum terugkeergesprek',
      ),
      time: orMissing(detail(settings, 'terugkeerTijd') ?? terug?.time, 'tijd terugkeergesprek'),
      place: orMissing(
        detail(settings, 'terugkeerPlaats') ?? terug?.place,
        'plaats terugkeergesprek',
      ),
      conductedBy: null,
    },
    inspectieNotifiedOn: isd ? datePart(isd) : null,
  };
};

const DEFAULT_FILE_ACCESS =
  'U kunt het dossier na afspraak op school inzien; op verzoek ontvangt u een afschrift';

const mapVerwijdering = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
): VerwijderingDetails | null => {
  if (docType !== 'S6' && docType !== 'S8' && docType !== 'S9') return null;
  const c = source.caseRecord;
  const v = c.decision.verwijdering;
  const sector = source.school.sector;
  const agreed = v.otherSchoolName.trim() && v.otherSchoolAgreedOn;
  // WPO 40(11), WVO 2020 8.15(2): in PO/VO another school must have agreed before S8.
  const otherSchoolNeeded = docType === 'S8' && sector !== 'MBO';
  const decidedOn = c.decision.decidedOn ?? latestIssued(source.issued, 'S8')?.issuedOn ?? null;
  return {
    groepsleraar:
      docType === 'S6' && sector === 'PO'
        ? orMissing(detail(settings, 'groepsleraar'), 'naam groepsleraar')
        : null,
    fileAccess: detail(settings, 'inzage') ?? DEFAULT_FILE_ACCESS,
    otherSchool: agreed
      ? { name: v.otherSchoolName.trim(), acceptedOn: v.otherSchoolAgreedOn ?? '' }
      : otherSchoolNeeded
        ? {
            name: orMissing(v.otherSchoolName, 'school die de leerling toelaat'),
            acceptedOn: dateOrMissing(v.otherSchoolAgreedOn, 'datum toezegging andere school'),
          }
        : null,
    effectiveDate:
      docType === 'S6'
        ? v.effectiveDate
        : dateOrMissing(v.effectiveDate, 'ingangsdatum verwijdering'),
    inspectieConsultedOn: v.inspectieConsultedOn,
    decisionDate: docType === 'S9' ? dateOrMissing(decidedOn, 'datum besluit') : decidedOn,
    municipality: detail(settings, 'gemeente'),
  };
};

const mapRegistration = (
  docType: DocTypeId,
  settings: LetterSettings,
): PupilRegistration | null => {
  if (docType !== 'S5' && docType !== 'S9') return null;
  const bsn = detail(settings, 'bsn');
  const onderwijsnummer = detail(settings, 'onderwijsnummer');
  if (docType === 'S9' && !bsn && !onderwijsnummer) {
    return { bsn: null, onderwijsnummer: markMissing('onderwijsnummer of BSN') };
  }
  return { bsn, onderwijsnummer };
};

const leerplichtRecipient = (settings: LetterSettings): Recipient => {
  const gemeente = detail(settings, 'gemeente');
  const street = detail(settings, 'leerplichtStraat');
  return {
    kind: 'organisation',
    name: gemeente ? `Gemeente ${gemeente}` : markMissing('gemeente'),
    department: 'Afdeling Leerplicht',
    attention: 'de leerplichtambtenaar',
    address: street
      ? {
          street,
          houseNumber: detail(settings, 'leerplichtHuisnummer') ?? '',
          postcode: detail(settings, 'leerplichtPostcode') ?? '',
          city: orMissing(detail(settings, 'leerplichtPlaats'), 'plaats'),
        }
      : missingAddress('leerplicht'),
  };
};

const mapAppeal = (
  docType: DocTypeId,
  source: CaseLetterSource,
  measure: MeasureInput | null,
): AppealClauseInput | null => {
  if (DOC_TYPES[docType].nature !== 'besluit' || measure === null) return null;
  // After the bezwaar the route leads to a court, not back to the board (domain.md §1.3).
  if (docType === 'S10') return objectionFollowUpClause(source.school);
  const clause = getAppealClause(
    {
      subject: source.caseRecord.subjectType,
      sector: source.school.sector,
      denomination: source.school.denomination,
      measure: measure.kind,
    },
    { boardName: source.school.boardName },
  );
  return toAppealClauseInput(clause, source.school);
};

const mapEvidence = (docType: DocTypeId, source: CaseLetterSource): EvidenceItem[] => {
  // AVG art. 10 / UAVG: criminal-offence data stays out of letters that leave the school.
  const external = DOC_TYPES[docType].layout === 'letter';
  return source.evidence
    .filter((e) => !(external && e.strafrechtelijk))
    .map((e) => ({
      label: e.strafrechtelijk ? `${e.label} (strafrechtelijk gegeven)` : e.label,
      sha256: e.sha256,
      importedAt: e.capturedAt,
    }));
};

const mapDuties = (c: Case): DutyItem[] =>
  c.duties.map((d) => ({
    label: d.labelNl,
    due: d.dueAt ? datePart(d.dueAt) : null,
    status: d.doneAt ? 'gedaan' : 'open',
    doneOn: d.doneAt ? datePart(d.doneAt) : null,
  }));

/** Severity, history, circumstances and the engine's advice, for the case dossier. */
const mapAssessment = (c: Case): string[] => {
  const d = c.decision;
  const out: string[] = [];
  if (d.severity) out.push(`Ernst: ${SEVERITY_LABELS[d.severity].nl}.`);
  if (d.history) {
    const earlier = d.history.earlier.length;
    out.push(
      `Voorgeschiedenis: ${HISTORY_NL[d.history.level]}${earlier > 0 ? ` (${earlier} eerdere ${earlier === 1 ? 'zaak' : 'zaken'})` : ''}.`,
    );
  }
  const a = c.assessment;
  if (a.aggravating.length > 0) {
    out.push(`Verzwarend: ${a.aggravating.map((f) => FACTOR_LABELS[f].nl).join('; ')}.`);
  }
  if (a.mitigating.length > 0) {
    out.push(`Verzachtend: ${a.mitigating.map((f) => FACTOR_LABELS[f].nl).join('; ')}.`);
  }
  if (a.override)
    out.push(`Ernst bijgesteld naar ${a.override.level}: ${a.override.motivation.trim()}`);
  if (d.recommendation?.kind === 'advies') out.push(`Advies: ${d.recommendation.explanationNl}`);
  if (d.deviationMotivation.trim()) {
    out.push(`Afwijking van het advies: ${d.deviationMotivation.trim()}`);
  }
  return out;
};

const mapSigner = (source: CaseLetterSource, settings: LetterSettings): Signer =>
  source.school.signers[settings.signerIndex] ??
  source.school.signers[0] ?? {
    name: markMissing('ondertekenaar'),
    functionTitle: markMissing('functie ondertekenaar'),
    mandate: markMissing('mandaat ondertekenaar'),
  };

const mapDismissal = (
  docType: DocTypeId,
  c: Case,
  settings: LetterSettings,
): LetterCase['dismissal'] =>
  docType === 'P7'
    ? {
        dringendeReden: orMissing(c.decision.osv.dringendeReden, 'dringende reden'),
        communicatedOn: dateOrMissing(c.decision.decidedOn, 'datum ontslag'),
        communicatedHow: detail(settings, 'hoeMeegedeeld') ?? 'mondeling',
        circumstancesWeighed: orMissing(
          c.decision.osv.circumstancesWeighed,
          'afweging persoonlijke omstandigheden',
        ),
      }
    : null;

const mapVertrouwensinspecteur = (
  docType: DocTypeId,
  c: Case,
  settings: LetterSettings,
): LetterCase['vertrouwensinspecteur'] => {
  if (docType !== 'P8') return null;
  const doneOn = (key: string) => {
    const at = c.duties.find((d) => d.key === key)?.doneAt;
    return at ? datePart(at) : null;
  };
  return {
    consultedOn: dateOrMissing(
      detail(settings, 'overlegDatum') ?? doneOn('vertrouwensinspecteurOverleg'),
      'datum overleg',
    ),
    time: orMissing(detail(settings, 'overlegTijd'), 'tijd overleg'),
    inspector: orMissing(detail(settings, 'inspecteur'), 'naam vertrouwensinspecteur'),
    redelijkVermoeden: detail(settings, 'redelijkVermoeden') === 'ja',
    conclusion: orMissing(detail(settings, 'conclusie'), 'uitkomst van het overleg'),
    aangifteOn: detail(settings, 'aangifteDatum') ?? doneOn('aangifteZedenmisdrijf'),
    aangifteNumber: detail(settings, 'aangifteNummer'),
    parentsInformedOn: detail(settings, 'oudersGeinformeerd'),
    accusedInformedOn: detail(settings, 'medewerkerGeinformeerd'),
    inspectorInformedOfAangifteOn: detail(settings, 'inspecteurGeinformeerd'),
  };
};

const columnsOf = (docType: DocTypeId, key: string): readonly DetailColumn[] =>
  DETAIL_FIELDS[docType]?.find((f) => f.key === key)?.columns ?? [];

/** The rows of a field with columns; an unreadable line shows as a marker, never vanishes. */
const detailRows = (
  docType: DocTypeId,
  settings: LetterSettings,
  key: string,
): Record<string, string>[] => {
  const text = detail(settings, key);
  if (!text) return [];
  const columns = columnsOf(docType, key);
  const { rows, issues } = parseDetailRows(key, text, columns);
  const unreadable = issues.map((issue) =>
    Object.fromEntries(
      columns.map((col, i) => [
        col.key,
        i === 0 ? markMissing(`regel ${issue.line ?? 0} onleesbaar`) : '',
      ]),
    ),
  );
  return [...rows, ...unreadable];
};

/** S7: the schools contacted and the overleg with the inspectie, as entered beside the document. */
const mapSchoolSearch = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
): SchoolSearchDetails | null => {
  if (docType !== 'S7') return null;
  const v = source.caseRecord.decision.verwijdering;
  const otherSchool = v.otherSchoolName.trim();
  const admittedBy =
    otherSchool && v.otherSchoolAgreedOn
      ? { name: otherSchool, acceptedOn: v.otherSchoolAgreedOn }
      : null;
  const contacts = detailRows(docType, settings, 'benaderdeScholen').map((r) => ({
    date: r.date ?? '',
    school: r.school ?? '',
    outcome: r.outcome ?? '',
  }));
  const overleg = detailRows(docType, settings, 'inspectieOverleg').map((r) => ({
    date: r.date ?? '',
    withWhom: r.withWhom ?? '',
    outcome: r.outcome ?? '',
  }));
  return {
    searchStartedOn: detail(settings, 'zoekStart') ?? v.searchStartedOn,
    contacts:
      contacts.length > 0
        ? contacts
        : admittedBy
          ? [{ date: admittedBy.acceptedOn, school: admittedBy.name, outcome: 'Toegezegd' }]
          : [
              {
                date: markMissing('datum contact'),
                school: markMissing('benaderde school'),
                outcome: '',
              },
            ],
    inspectieOverleg:
      overleg.length > 0 || source.school.sector !== 'VO'
        ? overleg
        : v.inspectieConsultedOn
          ? [
              {
                date: v.inspectieConsultedOn,
                withWhom: 'Inspectie van het onderwijs',
                outcome: markMissing('uitkomst overleg inspectie'),
              },
            ]
          : [],
    admittedBy,
  };
};

const OUTCOMES: ReadonlySet<string> = new Set<ObjectionOutcome>([
  'gegrond',
  'ongegrond',
  'deelsGegrond',
]);

const isOutcome = (value: string | null): value is ObjectionOutcome =>
  value !== null && OUTCOMES.has(value);

/** What the bezwaar is against: the measure's decision, by its name in a sentence. */
const DECISION_LABELS: Partial<Record<MeasureKind, string>> = {
  verwijdering: 'ons besluit tot verwijdering van',
  schorsing: 'ons besluit tot schorsing van',
};

/** The decision document a bezwaar is lodged against. */
const DECISION_DOCUMENT: Partial<Record<MeasureKind, DocTypeId>> = {
  verwijdering: 'S8',
  schorsing: 'S4',
};

/** S10: the bezwaar, the hearing on it, the reasoning and outcome, and the decision term. */
const mapObjection = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
  subject: LetterCase['subject'],
): ObjectionDetails | null => {
  if (docType !== 'S10') return null;
  const c = source.caseRecord;
  const appeal = c.followUp.appeal;
  const measure = c.decision.measure;
  const decisionDoc = measure ? DECISION_DOCUMENT[measure] : undefined;
  const issued = decisionDoc ? latestIssued(source.issued, decisionDoc) : undefined;
  const decidedOn = c.decision.decidedOn ?? issued?.issuedOn ?? null;
  const name = [subject.firstName, subject.infix, subject.lastName].filter(Boolean).join(' ');
  const hearing = hearingsOf(c, ['hoorzitting'])
    .filter((h) => appeal.lodgedOn !== null && h.date >= appeal.lodgedOn)
    .at(-1);
  const attendees = lines(hearing?.attendees.replace(/;/g, '\n'));
  const chosen = detail(settings, 'uitkomst');
  const outcome = isOutcome(chosen)
    ? chosen
    : appeal.outcome === 'gegrond' || appeal.outcome === 'ongegrond'
      ? appeal.outcome
      : null;
  const opinionOn = detail(settings, 'oordeelDatum');
  const opinion = detail(settings, 'oordeel');
  const reasoning = lines(detail(settings, 'overwegingen') ?? '');
  const term = computeObjectionTerm({
    sector: source.school.sector,
    denomination: source.school.denomination,
    measure,
    decidedOn,
    receivedOn: appeal.lodgedOn,
  });
  return {
    decisionLabel: `${measure ? (DECISION_LABELS[measure] ?? 'ons besluit over') : 'ons besluit over'} ${name}`,
    decisionDate: dateOrMissing(decidedOn, 'datum besluit'),
    decisionKenmerk: issued?.kenmerk ?? null,
    receivedOn: dateOrMissing(appeal.lodgedOn, 'datum ontvangst bezwaarschrift'),
    summary: orMissing(
      detail(settings, 'bezwaarSamenvatting') ?? appeal.notes,
      'samenvatting bezwaar',
    ),
    hearing: {
      date: dateOrMissing(hearing?.date, 'datum hoorzitting bezwaar'),
      place: orMissing(hearing?.place, 'plaats hoorzitting bezwaar'),
      attendees: attendees.length > 0 ? attendees : [markMissing('aanwezigen hoorzitting')],
      heardBy: orMissing(detail(settings, 'gehoordDoor'), 'wie de hoorzitting leidde'),
      account: detail(settings, 'inbreng') ?? hearing?.notes.trim() ?? '',
    },
    committeeOpinion:
      opinionOn || opinion
        ? {
            date: dateOrMissing(opinionOn, 'datum oordeel Geschillencommissie'),
            summary: orMissing(opinion, 'oordeel Geschillencommissie'),
          }
        : null,
    reasoning: reasoning.length > 0 ? reasoning : [markMissing('overwegingen')],
    outcome,
    consequence:
      detail(settings, 'gevolg') ??
      (outcome === 'gegrond' || outcome === 'deelsGegrond'
        ? markMissing('gevolg van het gegronde bezwaar')
        : ''),
    decisionDue: term.due,
    decisionTermNl: term.termNl,
    decisionTermBasis: term.basis,
  };
};

const readCount = (value: string | null): number | null =>
  value !== null && /^\d+$/.test(value) ? Number(value) : null;

/** P9: the datalek as entered beside the document, with the case's own answers as defaults. */
const mapDatalek = (
  docType: DocTypeId,
  c: Case,
  settings: LetterSettings,
): DatalekDetails | null => {
  if (docType !== 'P9') return null;
  const doneOn = (key: string) => c.duties.find((d) => d.key === key)?.doneAt ?? null;
  const reportedAt = detail(settings, 'apGemeldOp') ?? doneOn('apMelding');
  const informedOn = detail(settings, 'geinformeerdOp') ?? doneOn('betrokkenenInformeren');
  const personalData = lines(detail(settings, 'persoonsgegevens') ?? '');
  const risk = detail(settings, 'hoogRisico');
  const measuresTaken = lines(detail(settings, 'maatregelen') ?? '');
  return {
    // The 72 hours run from the moment of discovery, which only the user knows.
    discoveredAt: orMissing(detail(settings, 'ontdektOp'), 'tijdstip ontdekking datalek'),
    description: orMissing(detail(settings, 'beschrijving'), 'beschrijving datalek'),
    personalData: personalData.length > 0 ? personalData : [markMissing('welke persoonsgegevens')],
    dataSubjects: orMissing(detail(settings, 'betrokkenen'), 'over wie de gegevens gaan'),
    affectedCount: readCount(detail(settings, 'aantalBetrokkenen')),
    consequences: orMissing(detail(settings, 'gevolgen'), 'gevolgen voor de betrokkenen'),
    highRisk: risk !== null ? risk === 'ja' : c.assessment.dataBreachHighRisk,
    measures: measuresTaken.length > 0 ? measuresTaken : [markMissing('genomen maatregelen')],
    apReport: reportedAt ? { reportedAt, reference: detail(settings, 'apMeldnummer') } : null,
    apReason: detail(settings, 'apReden') ?? '',
    subjectsInformed: informedOn
      ? {
          on: datePart(informedOn),
          how: orMissing(
            detail(settings, 'hoeGeinformeerd'),
            'hoe de betrokkenen zijn geïnformeerd',
          ),
        }
      : null,
    subjectsReason: detail(settings, 'nietGeinformeerdReden') ?? '',
  };
};

/** The zienswijze term ends this many calendar days after the voornemen (domain.md §2.3). */
const zienswijzeDeadline = (docType: DocTypeId, c: Case, issueDate: string): string | null => {
  if (docType !== 'P5' && docType !== 'O2') return null;
  const from = c.decision.voornemenOn ?? issueDate;
  return isIsoDate(from) ? addCalendarDays(from, c.decision.zienswijzeTermDays) : null;
};

/**
 * The letters' input for one document of the case. Never fails: missing data becomes a
 * "nog in te vullen" marker in the text where the document needs it.
 */
export const buildLetterCase = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
  numbering: LetterNumbering,
): LetterCase => {
  const c = source.caseRecord;
  const { issueDate } = numbering;
  const subject = source.subject ?? missingPerson(source, c.subjectType);
  const measure = mapMeasure(docType, c, settings);
  const facts = splitParagraphs(c.facts.description);
  const motivation = splitParagraphs(c.decision.motivation);
  return {
    language: supportsLanguage(docType, settings.language) ? settings.language : 'nl',
    school: source.school,
    caseYear: c.year,
    caseNumber: c.sequence,
    docNumber: numbering.docNumber,
    issueDate,
    subject,
    student:
      c.subjectType === 'ouder' ? (source.student ?? missingPerson(source, 'leerling')) : null,
    recipient:
      docType === 'S9'
        ? leerplichtRecipient(settings)
        : resolveRecipient(docType, source, settings.recipients),
    copyTo: [],
    yourReference: null,
    incident: {
      date: dateOrMissing(c.facts.incidentDate, 'datum voorval'),
      summary: incidentSummary(c),
    },
    facts: facts.length > 0 ? facts : [markMissing('feiten')],
    breaches: mapBreaches(c, source.protocol),
    measure,
    motivation:
      motivation.length > 0 || !NEEDS_MOTIVATION.has(docType)
        ? motivation
        : [markMissing('motivering')],
    assessment: mapAssessment(c),
    meeting: mapMeeting(docType, c, settings, issueDate),
    zienswijzeDeadline: zienswijzeDeadline(docType, c, issueDate),
    appealClause: mapAppeal(docType, source, measure),
    evidence: mapEvidence(docType, source),
    duties: mapDuties(c),
    timeline: source.timeline.map(describeTimelineEntry),
    lettersIssued: source.issued.map((d) => ({
      date: d.issuedOn,
      kenmerk: d.kenmerk,
      title: d.title,
      sha256: d.sha256,
      version: d.version,
    })),
    signer: mapSigner(source, settings),
    enclosures: [],
    conversation: mapConversation(docType, c, settings, issueDate),
    zienswijze: mapZienswijze(docType, source),
    schorsing: mapSchorsing(docType, source, settings),
    verwijdering: mapVerwijdering(docType, source, settings),
    registration: mapRegistration(docType, settings),
    dismissal: mapDismissal(docType, c, settings),
    vertrouwensinspecteur: mapVertrouwensinspecteur(docType, c, settings),
    schoolSearch: mapSchoolSearch(docType, source, settings),
    objection: mapObjection(docType, source, settings, subject),
    datalek: mapDatalek(docType, c, settings),
    supersedes: null,
    paragraphOverrides: settings.overrides,
  };
};

/** The kenmerk a document of the case carries. */
export const kenmerkOf = (source: CaseLetterSource, docNumber: number): string =>
  formatKenmerk({
    brin: source.school.brin,
    year: source.caseRecord.year,
    caseNumber: source.caseRecord.sequence,
    docNumber,
  });
