import type { Person } from '../../model/person';
import type { DocTypeId, DocTypeInfo } from './docTypes';
import {
  asSentence,
  formatAddressLines,
  formatAddressName,
  formatDate,
  formatFullName,
  formatInitialsName,
  formatKenmerk,
  formatPostcode,
  formatSurname,
} from './format';
import type {
  AppealClauseInput,
  Block,
  BreachedArticle,
  EvidenceItem,
  LetterCase,
  LetterError,
  LetterLanguage,
  LetterModel,
  Recipient,
  Result,
} from './types';

/**
 * Domain.md §6.1: an address block has at most six lines. Every recipient kind stays within
 * it by construction (the longest, an organisation, has five).
 */
export const MAX_ADDRESS_LINES = 6;

/** Fixed text shared by every document, per language. */
export const COMMON_TEXT = {
  nl: {
    date: 'Datum',
    ourReference: 'Ons kenmerk',
    yourReference: 'Uw kenmerk',
    subject: 'Betreft',
    enclosures: 'Bijlage(n)',
    enclosuresHeading: 'Bijlagen',
    none: 'geen',
    copyTo: 'Kopie aan',
    page: 'pagina',
    of: 'van',
    closing: 'Met vriendelijke groet,',
    confidential: 'Persoonlijk en vertrouwelijk',
    confidentialNote: 'Vertrouwelijk',
    registered: 'Aangetekend',
    parentsOf: 'De ouder(s)/verzorger(s) van',
    andParents: 'en de ouder(s)/verzorger(s)',
    attention: 't.a.v.',
    appealHeading: 'Niet eens met dit besluit?',
    appealAddress: 'Het adres is:',
    replaces: 'Vervangt',
  },
  en: {
    date: 'Date',
    ourReference: 'Our reference',
    yourReference: 'Your reference',
    subject: 'Subject',
    enclosures: 'Enclosure(s)',
    enclosuresHeading: 'Enclosures',
    none: 'none',
    copyTo: 'Copy to',
    page: 'page',
    of: 'of',
    closing: 'Kind regards,',
    confidential: 'Personal and confidential',
    confidentialNote: 'Confidential',
    registered: 'Registered mail',
    parentsOf: 'To the parent(s)/guardian(s) of',
    andParents: 'and the parent(s)/guardian(s)',
    attention: 'attn.',
    appealHeading: 'Disagree with this decision?',
    appealAddress: 'The address is:',
    replaces: 'Replaces',
  },
} as const;

/** A failed result. */
export const fail = <T>(error: LetterError): Result<T, LetterError> => ({ ok: false, error });

/** A successful result. */
export const succeed = <T>(value: T): Result<T, LetterError> => ({ ok: true, value });

/** The error for a field a document cannot do without. */
export const missing = (docType: DocTypeId, field: string): LetterError => ({
  kind: 'missing-field',
  docType,
  field,
});

/** Formats a date in the case's language. */
export const dateOf = (c: LetterCase, iso: string, weekday = false): string =>
  formatDate(iso, c.language, { weekday });

/** "van maandag 23 november 2026 tot en met woensdag 25 november 2026". */
export const formatPeriod = (c: LetterCase, start: string, end: string): string =>
  c.language === 'en'
    ? `from ${dateOf(c, start, true)} up to and including ${dateOf(c, end, true)}`
    : `van ${dateOf(c, start, true)} tot en met ${dateOf(c, end, true)}`;

/** Address block and aanhef for a recipient, or an error the UI can show. */
export const resolveRecipient = (
  docType: DocTypeId,
  recipient: Recipient | null,
  language: LetterLanguage,
): Result<{ addressLines: string[]; salutation: string }, LetterError> => {
  const t = COMMON_TEXT[language];
  if (!recipient) return fail(missing(docType, 'recipient'));
  let addressLines: string[];
  let salutation: string;
  switch (recipient.kind) {
    case 'person': {
      const p = recipient.person;
      if (!p.address) return fail({ kind: 'missing-address', docType });
      addressLines = [formatAddressName(p), ...formatAddressLines(p.address)];
      salutation = salutationFor(p, language);
      break;
    }
    case 'parentsOf':
      addressLines = [
        t.parentsOf,
        formatFullName(recipient.student),
        ...formatAddressLines(recipient.address),
      ];
      salutation =
        language === 'en'
          ? `Dear parent(s)/guardian(s) of ${formatFullName(recipient.student)},`
          : `Geachte ouder(s)/verzorger(s) van ${formatFullName(recipient.student)},`;
      break;
    case 'studentAndParents':
      addressLines = [
        formatInitialsName(recipient.student),
        t.andParents,
        ...formatAddressLines(recipient.address),
      ];
      salutation =
        language === 'en'
          ? `Dear parent(s)/guardian(s), dear ${recipient.student.firstName},`
          : `Geachte ouder(s)/verzorger(s), beste ${recipient.student.firstName},`;
      break;
    case 'organisation':
      addressLines = [
        recipient.name,
        ...(recipient.department ? [recipient.department] : []),
        ...(recipient.attention ? [`${t.attention} ${recipient.attention}`] : []),
        ...formatAddressLines(recipient.address),
      ];
      salutation = language === 'en' ? 'Dear Sir or Madam,' : 'Geachte heer, mevrouw,';
      break;
  }
  return succeed({ addressLines, salutation });
};

/** "Geachte heer De Vries," / "Geachte mevrouw De Vries," / "Geachte Sam de Vries,". */
export const salutationFor = (p: Person, language: LetterLanguage): string => {
  if (language === 'en') {
    if (p.salutation === 'heer') return `Dear Mr ${formatSurname(p)},`;
    if (p.salutation === 'mevrouw') return `Dear Ms ${formatSurname(p)},`;
    return `Dear ${formatFullName(p)},`;
  }
  if (p.salutation === 'heer') return `Geachte heer ${formatSurname(p)},`;
  if (p.salutation === 'mevrouw') return `Geachte mevrouw ${formatSurname(p)},`;
  return `Geachte ${formatFullName(p)},`;
};

/**
 * How a student letter refers to the student: "u" when the letter is addressed to the
 * (adult) student, otherwise by first name.
 */
export type StudentVoice = {
  /** Subject of a sentence: "u" / "Jan". */
  who: string;
  /** "bent" / "is". */
  is: string;
  /** Object or after a preposition: "u" / "Jan". */
  whom: string;
  /** Whether the student is addressed directly. */
  direct: boolean;
};

/** The voice for the case's student (the subject) and recipient. */
export const studentVoice = (c: LetterCase): StudentVoice => {
  const direct = c.recipient?.kind === 'person' && c.recipient.person.id === c.subject.id;
  return direct
    ? { who: 'u', is: 'bent', whom: 'u', direct }
    : { who: c.subject.firstName, is: 'is', whom: c.subject.firstName, direct };
};

/** One line per breached rule: "Protocol sociale media, regel A.7 (Fatsoenlijk gedrag): …". */
export const formatBreach = (b: BreachedArticle): string =>
  `${b.ref} (${b.title}): ${asSentence(b.summary)}`;

/** One line per piece of evidence, for letters and enclosure lists. */
export const formatEvidenceLabel = (c: LetterCase, e: EvidenceItem): string =>
  c.language === 'en'
    ? `${e.label} (captured ${dateOf(c, e.importedAt)})`
    : `${e.label} (vastgelegd op ${dateOf(c, e.importedAt)})`;

/** The time of an ISO date-time as written ("09:14"), or "" for a bare date. */
export const timeOf = (iso: string): string => /T(\d{2}:\d{2})/.exec(iso)?.[1] ?? '';

/**
 * The evidence as a table: number and label with the full SHA-256 on its own line beneath,
 * and when it was captured. Two columns keep a 200-item dossier small and fast to build.
 */
export const evidenceTable = (c: LetterCase, id = 'bewijs-tabel'): Block => ({
  type: 'table',
  id,
  columns: [
    { header: 'Bewijsstuk en SHA-256', widthPct: 76 },
    { header: 'Vastgelegd', widthPct: 24 },
  ],
  rows: c.evidence.map((e, i) => [
    { text: `${i + 1}. ${e.label}`, detail: e.sha256 },
    [dateOf(c, e.importedAt), timeOf(e.importedAt)].filter(Boolean).join(' '),
  ]),
});

/** Motivation paragraphs with stable ids "motivering-1", "motivering-2", … */
export const motivationBlocks = (c: LetterCase, prefix = 'motivering'): Block[] =>
  c.motivation.map((text, i) => ({ type: 'paragraph', id: `${prefix}-${i + 1}`, text }));

/** The appeal clause rendered from the engine's data; never drafted here. */
export const appealClauseBlocks = (
  clause: AppealClauseInput,
  language: LetterLanguage,
): Block[] => {
  const t = COMMON_TEXT[language];
  const basis = clause.legalBasis ? ` (${clause.legalBasis})` : '';
  // A route without a statutory term (the civil court) reads without "binnen …".
  const untimed = clause.termNl.trim() === '';
  const first =
    language === 'en'
      ? untimed
        ? `You may ${clause.routeEn ?? clause.routeNl}${basis}.`
        : `You may ${clause.routeEn ?? clause.routeNl} within ${clause.termEn ?? clause.termNl} ${
            clause.termStartEn ?? clause.termStartNl
          }${basis}.`
      : untimed
        ? `U kunt ${clause.routeNl}${basis}.`
        : `U kunt binnen ${clause.termNl} ${clause.termStartNl} ${clause.routeNl}${basis}.`;
  const blocks: Block[] = [
    { type: 'heading', id: 'rechtsmiddel-kop', text: t.appealHeading },
    { type: 'paragraph', id: 'rechtsmiddel', text: first },
  ];
  if (clause.address.length > 0) {
    blocks.push({
      type: 'paragraph',
      id: 'rechtsmiddel-adres',
      text: [t.appealAddress, ...clause.address].join('\n'),
    });
  }
  const extra = language === 'en' && clause.extraEn.length > 0 ? clause.extraEn : clause.extraNl;
  extra.forEach((text, i) =>
    blocks.push({ type: 'paragraph', id: `rechtsmiddel-extra-${i + 1}`, text }),
  );
  return blocks;
};

/** The parts a document builder drafts; the rest is common to all documents. */
export type DraftParts = {
  subject: string;
  /** Overrides the document type's title, e.g. "Aantekening personeelsdossier". */
  title?: string;
  body: Block[];
  appealClause: Block[] | null;
  registered?: boolean;
  confidential?: boolean;
  /** Enclosures besides the case's own list (e.g. evidence sent along). */
  enclosures?: string[];
  copyTo?: string[];
  /** Notes: no address block, salutation or closing. */
  recipientless?: boolean;
};

const applyOverrides = (
  blocks: Block[],
  overrides: Record<string, string>,
  used: Set<string>,
): Block[] =>
  blocks.map((block) => {
    const override = overrides[block.id];
    if (override === undefined) return block;
    used.add(block.id);
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, text: override };
      case 'list':
        return {
          ...block,
          items: override
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        };
      default:
        return block;
    }
  });

/** Ids of every block a user can edit, in document order. */
export const listEditableIds = (model: LetterModel): string[] =>
  [...model.body, ...(model.appealClause ?? [])]
    .filter((b) => b.type === 'paragraph' || b.type === 'heading' || b.type === 'list')
    .map((b) => b.id)
    .concat(model.salutation === null ? ['betreft'] : ['betreft', 'aanhef']);

/** "brief van 23 november 2026, kenmerk 12AB-2026-0042-03" for the Vervangt row. */
const supersedesValue = (c: LetterCase, layout: DocTypeInfo['layout']): string => {
  const s = c.supersedes;
  if (!s) return '';
  if (c.language === 'en') {
    return `${layout === 'letter' ? 'letter' : 'version'} of ${dateOf(c, s.date)}, reference ${s.kenmerk}`;
  }
  return `${layout === 'letter' ? 'brief' : 'versie'} van ${dateOf(c, s.date)}, kenmerk ${s.kenmerk}`;
};

/** The opening sentence of a correction: which version it replaces and that only it counts. */
const supersedesBlock = (c: LetterCase, layout: DocTypeInfo['layout']): Block => {
  const s = c.supersedes;
  const date = s ? dateOf(c, s.date) : '';
  const kenmerk = s?.kenmerk ?? '';
  const text =
    c.language === 'en'
      ? layout === 'letter'
        ? `This letter replaces our letter of ${date} (reference ${kenmerk}); only this version is valid.`
        : `This version replaces the version of ${date} (reference ${kenmerk}); only this version is valid.`
      : layout === 'letter'
        ? `Deze brief vervangt onze brief van ${date} (kenmerk ${kenmerk}); alleen deze versie is geldig.`
        : `Deze versie vervangt de versie van ${date} (kenmerk ${kenmerk}); alleen deze versie is geldig.`;
  return { type: 'paragraph', id: 'vervangt', text };
};

/** The body with the correction's opening sentence first (after a cover page, if any). */
const withSupersedes = (c: LetterCase, layout: DocTypeInfo['layout'], body: Block[]): Block[] => {
  if (!c.supersedes) return body;
  const at = body[0]?.type === 'cover' ? 1 : 0;
  return [...body.slice(0, at), supersedesBlock(c, layout), ...body.slice(at)];
};

/** Combines drafted parts with the case's common data into the final model. */
export const assembleModel = (
  c: LetterCase,
  info: DocTypeInfo,
  parts: DraftParts,
): Result<LetterModel, LetterError> => {
  const language = c.language;
  const t = COMMON_TEXT[language];
  let addressLines: string[] = [];
  let salutation: string | null = null;
  if (info.layout === 'letter' && !parts.recipientless) {
    const resolved = resolveRecipient(info.id, c.recipient, language);
    if (!resolved.ok) return resolved;
    addressLines = resolved.value.addressLines;
    salutation = resolved.value.salutation;
  }
  const kenmerk = formatKenmerk({
    brin: c.school.brin,
    year: c.caseYear,
    caseNumber: c.caseNumber,
    docNumber: c.docNumber,
  });
  const overrides = c.paragraphOverrides;
  const used = new Set<string>();
  const body = applyOverrides(withSupersedes(c, info.layout, parts.body), overrides, used);
  const appealClause = parts.appealClause
    ? applyOverrides(parts.appealClause, overrides, used)
    : null;
  let subject = parts.subject;
  if (overrides.betreft !== undefined) {
    subject = overrides.betreft;
    used.add('betreft');
  }
  if (salutation !== null && overrides.aanhef !== undefined) {
    salutation = overrides.aanhef;
    used.add('aanhef');
  }
  const enclosures = [...(parts.enclosures ?? []), ...c.enclosures];
  const reference: { label: string; value: string }[] = [
    { label: t.date, value: dateOf(c, c.issueDate) },
    { label: t.ourReference, value: kenmerk },
  ];
  if (c.yourReference) reference.push({ label: t.yourReference, value: c.yourReference });
  // A correction names the version it replaces on a row of its own, so Betreft stays one line.
  if (c.supersedes) {
    reference.push({ label: t.replaces, value: supersedesValue(c, info.layout) });
  }
  reference.push({ label: t.subject, value: subject });
  if (info.layout === 'letter') {
    reference.push({
      label: t.enclosures,
      value: enclosures.length > 0 ? String(enclosures.length) : t.none,
    });
  }
  const markings: string[] = [];
  if (parts.registered) markings.push(t.registered);
  if (parts.confidential ?? true) {
    markings.push(info.layout === 'note' ? t.confidentialNote : t.confidential);
  }
  const school = c.school;
  const title = parts.title ?? (language === 'en' ? (info.titleEn ?? info.titleNl) : info.titleNl);
  return succeed({
    docType: info.id,
    language,
    layout: info.layout,
    title,
    kenmerk,
    issueDate: c.issueDate,
    letterhead: {
      schoolName: school.name,
      boardName: school.boardName,
      lines: [
        `${school.address.street} ${school.address.houseNumber} · ${formatPostcode(school.address.postcode)} ${school.address.city}`,
        [school.phone, school.email].filter(Boolean).join(' · '),
        school.website,
      ].filter(Boolean),
      logo: school.logo,
    },
    envelopeWindow: school.envelopeWindow,
    markings,
    addressLines,
    reference,
    subject,
    salutation,
    body,
    appealClause,
    closing: info.layout === 'letter' && !parts.recipientless ? t.closing : null,
    signature: {
      name: c.signer.name,
      functionTitle: c.signer.functionTitle,
      mandate: c.signer.mandate,
    },
    enclosures,
    copyTo: [...(parts.copyTo ?? []), ...c.copyTo],
    personLabel: formatInitialsName(c.subject),
    labels: {
      page: t.page,
      of: t.of,
      enclosures: t.enclosuresHeading,
      copyTo: t.copyTo,
      ourReference: t.ourReference,
    },
    staleOverrideIds: Object.keys(overrides).filter((id) => !used.has(id)),
  });
};

/**
 * The paragraphs of a besluit that follows a voornemen: the voornemen, the zienswijze and how
 * it was weighed (domain.md §2.3, §3: a zienswijze is recorded in the decision).
 */
export const zienswijzeBlocks = (c: LetterCase, intention: string): Block[] => {
  const z = c.zienswijze;
  if (!z) return [];
  const en = c.language === 'en';
  const ref = z.intentionKenmerk ? ` (${en ? 'reference' : 'kenmerk'} ${z.intentionKenmerk})` : '';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      id: 'voornemen',
      text: en
        ? `In our letter of ${dateOf(c, z.intentionDate)}${ref} we informed you of our intention ${intention}.`
        : `Bij brief van ${dateOf(c, z.intentionDate)}${ref} hebben wij u ons voornemen meegedeeld ${intention}.`,
    },
    {
      type: 'paragraph',
      id: 'zienswijze',
      text: z.receivedOn
        ? en
          ? `You gave your views on ${dateOf(c, z.receivedOn)}. In summary, you put forward the following: ${asSentence(z.summary)}`
          : `U heeft op ${dateOf(c, z.receivedOn)} uw zienswijze gegeven. Samengevat brengt u het volgende naar voren: ${asSentence(z.summary)}`
        : en
          ? 'You did not use the opportunity to give your views.'
          : 'U heeft geen gebruik gemaakt van de gelegenheid om uw zienswijze te geven.',
    },
  ];
  if (z.receivedOn) {
    blocks.push({
      type: 'paragraph',
      id: 'weging',
      text: en
        ? `We have taken your views into account as follows: ${asSentence(z.weighing)}`
        : `Wij hebben uw zienswijze als volgt bij ons besluit betrokken: ${asSentence(z.weighing)}`,
    });
  }
  return blocks;
};
