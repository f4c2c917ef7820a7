/**
 * Facts a document needs that the case record does not hold (an onderwijsnummer, the time of
 * the overleg with the vertrouwensinspecteur, who leads a hearing, the schools contacted, the
 * datalek). The user fills them in beside the document; they are kept with the document's
 * settings as text, and read back here into checked, typed values.
 */
import { isIsoDate, isIsoDateTime } from '../calendar/calendar';
import type { DocTypeId } from '../letters/model/docTypes';

/**
 * How a field is entered. 'datetime-local' and 'number' are HTML input types; 'choice' is a
 * select of `options`; a 'textarea' with `columns` holds one row per line, cells split by "|".
 */
export type DetailFieldKind =
  'text' | 'textarea' | 'date' | 'time' | 'datetime-local' | 'number' | 'yesno' | 'choice';

/** One option of a 'choice' field; `value` is what is stored. */
export type DetailOption = { value: string; labelNl: string; labelEn: string };

/** One cell of a row in a 'textarea' field with columns. */
export type DetailColumn = { key: string; kind: 'date' | 'text'; labelNl: string; labelEn: string };

/** One extra input of a document. */
export type DetailField = {
  key: string;
  kind: DetailFieldKind;
  labelNl: string;
  labelEn: string;
  hintNl: string | null;
  hintEn: string | null;
  /** 'choice' only. */
  options: readonly DetailOption[] | null;
  /** Rows of cells, one row per line (a 'textarea'); null for plain fields. */
  columns: readonly DetailColumn[] | null;
};

const field = (
  key: string,
  kind: DetailFieldKind,
  labelNl: string,
  labelEn: string,
  hintNl: string | null = null,
  hintEn: string | null = null,
): DetailField => ({ key, kind, labelNl, labelEn, hintNl, hintEn, options: null, columns: null });

const rowsField = (
  key: string,
  labelNl: string,
  labelEn: string,
  columns: readonly DetailColumn[],
): DetailField => ({
  ...field(
    key,
    'textarea',
    labelNl,
    labelEn,
    `Eén regel per contact: ${columns.map((c) => c.labelNl.toLocaleLowerCase('nl')).join(' | ')}. Datum als 2026-12-01 of 1-12-2026.`,
    `One line each: ${columns.map((c) => c.labelEn.toLocaleLowerCase('en')).join(' | ')}. Date as 2026-12-01 or 1-12-2026.`,
  ),
  columns,
});

const LEADER = field(
  'gespreksleider',
  'text',
  'Gesprek gevoerd door',
  'Conversation led by',
  'Bijvoorbeeld "mevrouw A. Bakker, teamleider havo".',
  'For example "Ms A. Bakker, head of year".',
);

const ACCOUNT = field(
  'lezing',
  'textarea',
  'Lezing van de betrokkene',
  'Account of the person concerned',
  'Wat de betrokkene in het gesprek zelf naar voren bracht. Leeg: de notities van het gesprek.',
  'What the person said in the conversation. Empty: the notes of the conversation.',
);

const AGREEMENTS = field(
  'afspraken',
  'textarea',
  'Afspraken',
  'Agreements',
  'Eén afspraak per regel.',
  'One agreement per line.',
);

const ONDERWIJSNUMMER = field(
  'onderwijsnummer',
  'text',
  'Onderwijsnummer',
  'Education number',
  'Of het BSN; een van beide is nodig voor de melding.',
  'Or the citizen service number; one of the two is needed.',
);

/** Outcomes of a bezwaar (S10); 'ingetrokken' needs no decision. */
export const OBJECTION_OUTCOME_OPTIONS: readonly DetailOption[] = [
  { value: 'ongegrond', labelNl: 'Ongegrond', labelEn: 'Unfounded' },
  { value: 'gegrond', labelNl: 'Gegrond', labelEn: 'Well-founded' },
  { value: 'deelsGegrond', labelNl: 'Gedeeltelijk gegrond', labelEn: 'Partly well-founded' },
];

const SCHOOL_COLUMNS: readonly DetailColumn[] = [
  { key: 'date', kind: 'date', labelNl: 'Datum', labelEn: 'Date' },
  { key: 'school', kind: 'text', labelNl: 'School', labelEn: 'School' },
  { key: 'outcome', kind: 'text', labelNl: 'Uitkomst', labelEn: 'Outcome' },
];

const INSPECTIE_COLUMNS: readonly DetailColumn[] = [
  { key: 'date', kind: 'date', labelNl: 'Datum', labelEn: 'Date' },
  { key: 'withWhom', kind: 'text', labelNl: 'Gesproken met', labelEn: 'Spoke with' },
  { key: 'outcome', kind: 'text', labelNl: 'Uitkomst', labelEn: 'Outcome' },
];

/** The extra inputs per document type; documents without any are absent. */
export const DETAIL_FIELDS: Readonly<Partial<Record<DocTypeId, readonly DetailField[]>>> = {
  S2: [LEADER],
  S3: [ACCOUNT, AGREEMENTS],
  S4: [
    field('terugkeerDatum', 'date', 'Datum terugkeergesprek', 'Date of return meeting'),
    field('terugkeerTijd', 'time', 'Tijd terugkeergesprek', 'Time of return meeting'),
    field('terugkeerPlaats', 'text', 'Plaats terugkeergesprek', 'Place of return meeting'),
  ],
  S5: [ONDERWIJSNUMMER],
  S6: [
    LEADER,
    field(
      'groepsleraar',
      'text',
      'Groepsleraar (PO)',
      'Class teacher (primary)',
      'In het primair onderwijs wordt ook de groepsleraar gehoord (WPO art. 40 lid 11).',
      'In primary education the class teacher is heard as well.',
    ),
    field(
      'inzage',
      'textarea',
      'Inzage in het dossier',
      'Access to the file',
      'Hoe de ouders het dossier kunnen inzien.',
      'How the parents can inspect the file.',
    ),
  ],
  S7: [
    field(
      'zoekStart',
      'date',
      'Zoeken gestart op',
      'Search started on',
      'Leeg: de datum bij het besluit. In het mbo lopen de acht weken vanaf deze datum.',
      'Empty: the date in the decision. In mbo the eight weeks run from this date.',
    ),
    rowsField('benaderdeScholen', 'Benaderde scholen', 'Schools contacted', SCHOOL_COLUMNS),
    rowsField(
      'inspectieOverleg',
      'Overleggen met de inspectie (VO)',
      'Consultations with the inspectorate (secondary)',
      INSPECTIE_COLUMNS,
    ),
  ],
  S9: [
    ONDERWIJSNUMMER,
    field('bsn', 'text', 'BSN', 'Citizen service number'),
    field('gemeente', 'text', 'Gemeente', 'Municipality'),
    field('leerplichtStraat', 'text', 'Adres leerplicht: straat', 'Address: street'),
    field('leerplichtHuisnummer', 'text', 'Huisnummer of postbusnummer', 'Number or PO box'),
    field('leerplichtPostcode', 'text', 'Postcode', 'Postcode'),
    field('leerplichtPlaats', 'text', 'Plaats', 'Place'),
  ],
  S10: [
    field(
      'bezwaarSamenvatting',
      'textarea',
      'Het bezwaar, samengevat',
      'The objection, summarised',
      'Leeg: de notities bij het bezwaar.',
      'Empty: the notes with the objection.',
    ),
    field(
      'gehoordDoor',
      'text',
      'Hoorzitting geleid door',
      'Hearing led by',
      'Bijvoorbeeld "de bezwaaradviescommissie" of "de voorzitter van het college van bestuur".',
      'For example "the objections committee".',
    ),
    field(
      'inbreng',
      'textarea',
      'Ingebracht tijdens de hoorzitting',
      'Put forward at the hearing',
      'Leeg: de notities bij de hoorzitting.',
      'Empty: the notes of the hearing.',
    ),
    field('oordeelDatum', 'date', 'Oordeel Geschillencommissie op', 'Dispute committee opinion on'),
    field('oordeel', 'textarea', 'Oordeel Geschillencommissie', 'Dispute committee opinion'),
    field(
      'overwegingen',
      'textarea',
      'Overwegingen',
      'Reasoning',
      'Eén alinea per regel.',
      'One paragraph per line.',
    ),
    {
      ...field('uitkomst', 'choice', 'Uitkomst', 'Outcome', 'Leeg: de uitkomst bij het bezwaar.'),
      options: OBJECTION_OUTCOME_OPTIONS,
    },
    field(
      'gevolg',
      'textarea',
      'Gevolg van een (gedeeltelijk) gegrond bezwaar',
      'What follows if (partly) well-founded',
      'Bijvoorbeeld welk besluit in de plaats komt van het oude.',
      'For example which decision replaces the old one.',
    ),
  ],
  P2: [LEADER],
  P3: [
    field(
      'verklaringen',
      'textarea',
      'Verklaringen',
      'Statements',
      'Eén per regel: "Spreker: wat gezegd is".',
      'One per line: "Speaker: what was said".',
    ),
    ACCOUNT,
    AGREEMENTS,
    field(
      'reactieTermijn',
      'date',
      'Reactie op het verslag uiterlijk',
      'Comments on the report by',
      'Leeg: veertien dagen na de datum van de brief.',
      'Empty: fourteen days after the date of the letter.',
    ),
  ],
  P4: [
    field(
      'contactpersoon',
      'text',
      'Aanspreekpunt tijdens de schorsing',
      'Contact during the suspension',
    ),
  ],
  P7: [
    field(
      'hoeMeegedeeld',
      'text',
      'Hoe het ontslag is meegedeeld',
      'How the dismissal was communicated',
      'Bijvoorbeeld "mondeling, in aanwezigheid van de afdelingsleider,".',
      'For example "orally, in the presence of the head of department,".',
    ),
  ],
  P8: [
    field('overlegDatum', 'date', 'Datum overleg', 'Date of consultation'),
    field('overlegTijd', 'time', 'Tijd overleg', 'Time of consultation'),
    field('inspecteur', 'text', 'Vertrouwensinspecteur', 'Confidential inspector'),
    field('conclusie', 'textarea', 'Uitkomst van het overleg', 'Outcome of the consultation'),
    field(
      'redelijkVermoeden',
      'yesno',
      'Redelijk vermoeden van een strafbaar feit',
      'Reasonable suspicion',
    ),
    field('aangifteDatum', 'date', 'Datum aangifte', 'Date of report to the police'),
    field('aangifteNummer', 'text', 'Nummer aangifte', 'Police report number'),
    field('oudersGeinformeerd', 'date', 'Ouders vooraf geïnformeerd op', 'Parents informed on'),
    field(
      'medewerkerGeinformeerd',
      'date',
      'Medewerker vooraf geïnformeerd op',
      'Employee informed on',
    ),
    field(
      'inspecteurGeinformeerd',
      'date',
      'Vertrouwensinspecteur over aangifte geïnformeerd op',
      'Inspector informed of the report on',
    ),
  ],
  P9: [
    field(
      'ontdektOp',
      'datetime-local',
      'Datalek ontdekt op',
      'Breach discovered at',
      'Datum en tijd; de 72 uur voor de melding lopen vanaf dit moment.',
      'Date and time; the 72 hours for the notification run from here.',
    ),
    field(
      'beschrijving',
      'textarea',
      'Wat is er met de gegevens gebeurd',
      'What happened to the data',
    ),
    field(
      'persoonsgegevens',
      'textarea',
      'Welke persoonsgegevens',
      'Which personal data',
      'Eén soort per regel, bijvoorbeeld "naam" of "cijfers".',
      'One kind per line, for example "name" or "grades".',
    ),
    field('betrokkenen', 'text', 'Over wie gaan de gegevens', 'Whose data'),
    field('aantalBetrokkenen', 'number', 'Aantal betrokkenen', 'Number of people affected'),
    field('gevolgen', 'textarea', 'Gevolgen voor de betrokkenen', 'Consequences for them'),
    field(
      'hoogRisico',
      'yesno',
      'Waarschijnlijk hoog risico',
      'Likely high risk',
      'Leeg: het antwoord bij de beoordeling.',
      'Empty: the answer in the assessment.',
    ),
    field(
      'maatregelen',
      'textarea',
      'Genomen maatregelen',
      'Measures taken',
      'Eén maatregel per regel.',
      'One measure per line.',
    ),
    field('apGemeldOp', 'datetime-local', 'Gemeld bij de AP op', 'Notified to the AP at'),
    field('apMeldnummer', 'text', 'Meldnummer AP', 'AP reference'),
    field(
      'apReden',
      'textarea',
      'Reden geen of late melding',
      'Reason for no or late notification',
    ),
    field('geinformeerdOp', 'date', 'Betrokkenen geïnformeerd op', 'People informed on'),
    field('hoeGeinformeerd', 'text', 'Hoe geïnformeerd', 'How they were informed'),
    field(
      'nietGeinformeerdReden',
      'textarea',
      'Reden betrokkenen niet geïnformeerd',
      'Reason people were not informed',
    ),
  ],
  O1: [ACCOUNT, AGREEMENTS],
};

/** The extra inputs of a document type (empty when it needs none). */
export const listDetailFields = (docType: DocTypeId): readonly DetailField[] =>
  DETAIL_FIELDS[docType] ?? [];

/** A detail value that cannot be read, in terms the UI can show beside the field. */
export type DetailIssue = {
  key: string;
  kind:
    | 'invalid-date'
    | 'invalid-time'
    | 'invalid-date-time'
    | 'invalid-number'
    | 'invalid-choice'
    | 'invalid-row';
  /** 1-based line of a row field; null for plain fields. */
  line: number | null;
};

/** One row of a field with columns: the cells by column key, dates as ISO dates. */
export type DetailRow = Record<string, string>;

/** "1-12-2026" or "01-12-2026" as "2026-12-01"; an ISO date as is; anything else null. */
export const readDutchDate = (text: string): string | null => {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
};

/**
 * Reads a field with columns: one row per non-empty line, cells split by "|". A line with too
 * few cells or an unreadable date is reported and left out.
 */
export const parseDetailRows = (
  key: string,
  text: string,
  columns: readonly DetailColumn[],
): { rows: DetailRow[]; issues: DetailIssue[] } => {
  const rows: DetailRow[] = [];
  const issues: DetailIssue[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    const cells = raw.split('|').map((s) => s.trim());
    const row: DetailRow = {};
    let ok = cells.length >= columns.length;
    columns.forEach((col, i) => {
      // The last column takes any further "|" as text.
      const value = i === columns.length - 1 ? cells.slice(i).join(' | ') : (cells[i] ?? '');
      if (col.kind === 'date') {
        const iso = readDutchDate(value);
        if (iso === null) ok = false;
        row[col.key] = iso ?? value;
      } else {
        if (!value) ok = false;
        row[col.key] = value;
      }
    });
    if (ok) rows.push(row);
    else issues.push({ key, kind: 'invalid-row', line: index + 1 });
  });
  return { rows, issues };
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The issue with one filled-in plain value, or null when it reads. */
const checkValue = (f: DetailField, value: string): DetailIssue | null => {
  const at = (kind: DetailIssue['kind']): DetailIssue => ({ key: f.key, kind, line: null });
  switch (f.kind) {
    case 'date':
      return isIsoDate(value) ? null : at('invalid-date');
    case 'time':
      return TIME.test(value) ? null : at('invalid-time');
    case 'datetime-local':
      return isIsoDateTime(value) ? null : at('invalid-date-time');
    case 'number':
      return /^\d+$/.test(value) ? null : at('invalid-number');
    case 'choice':
      return f.options?.some((o) => o.value === value) ? null : at('invalid-choice');
    default:
      return null;
  }
};

/**
 * Checks the filled-in details of a document: dates, times, numbers, choices and the rows of
 * fields with columns. Empty values are fine (the draft then shows what is missing).
 */
export const validateDetails = (
  docType: DocTypeId,
  details: Readonly<Record<string, string>>,
): DetailIssue[] =>
  listDetailFields(docType).flatMap((f) => {
    const value = details[f.key]?.trim() ?? '';
    if (!value) return [];
    if (f.columns) return parseDetailRows(f.key, value, f.columns).issues;
    const issue = checkValue(f, value);
    return issue ? [issue] : [];
  });
