/**
 * Facts a document needs that the case record does not hold (an onderwijsnummer, the time of
 * the overleg with the vertrouwensinspecteur, who leads a hearing). The user fills them in
 * beside the document; they are kept with the document's settings.
 */
import type { DocTypeId } from '../letters/model/docTypes';

export type DetailFieldKind = 'text' | 'textarea' | 'date' | 'time' | 'yesno';

/** One extra input of a document. */
export type DetailField = {
  key: string;
  kind: DetailFieldKind;
  labelNl: string;
  labelEn: string;
  hintNl: string | null;
  hintEn: string | null;
};

const field = (
  key: string,
  kind: DetailFieldKind,
  labelNl: string,
  labelEn: string,
  hintNl: string | null = null,
  hintEn: string | null = null,
): DetailField => ({ key, kind, labelNl, labelEn, hintNl, hintEn });

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
  S9: [
    ONDERWIJSNUMMER,
    field('bsn', 'text', 'BSN', 'Citizen service number'),
    field('gemeente', 'text', 'Gemeente', 'Municipality'),
    field('leerplichtStraat', 'text', 'Adres leerplicht: straat', 'Address: street'),
    field('leerplichtHuisnummer', 'text', 'Huisnummer of postbusnummer', 'Number or PO box'),
    field('leerplichtPostcode', 'text', 'Postcode', 'Postcode'),
    field('leerplichtPlaats', 'text', 'Plaats', 'Place'),
  ],
  P2: [LEADER],
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
  O1: [ACCOUNT, AGREEMENTS],
};

/** The extra inputs of a document type (empty when it needs none). */
export const listDetailFields = (docType: DocTypeId): readonly DetailField[] =>
  DETAIL_FIELDS[docType] ?? [];
