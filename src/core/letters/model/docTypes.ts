/**
 * The documents the product produces, numbered as in domain.md §6 (S = leerling,
 * P = personeel, O = ouders, D = dossier).
 */
export const DOC_TYPE_IDS = [
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'P7',
  'P8',
  'P9',
  'O1',
  'O2',
  'O3',
  'O4',
  'D1',
  'D2',
] as const;
/** One of the document types above. */
export type DocTypeId = (typeof DOC_TYPE_IDS)[number];

/** What a document is, legally: only a besluit carries an appeal clause. */
export type DocNature =
  'notitie' | 'verslag' | 'uitnodiging' | 'voornemen' | 'besluit' | 'melding' | 'brief';

/** Static facts about a document type. */
export type DocTypeInfo = {
  id: DocTypeId;
  track: 'leerling' | 'personeel' | 'ouder' | 'dossier';
  nature: DocNature;
  layout: 'letter' | 'note';
  titleNl: string;
  titleEn: string | null;
};

const info = (
  id: DocTypeId,
  track: DocTypeInfo['track'],
  nature: DocNature,
  layout: DocTypeInfo['layout'],
  titleNl: string,
  titleEn: string | null = null,
): DocTypeInfo => ({ id, track, nature, layout, titleNl, titleEn });

/** Every document type with its track, nature, layout and title. */
export const DOC_TYPES: Readonly<Record<DocTypeId, DocTypeInfo>> = {
  S1: info('S1', 'leerling', 'notitie', 'note', 'Dossiernotitie'),
  S2: info('S2', 'leerling', 'uitnodiging', 'letter', 'Uitnodiging gesprek'),
  S3: info('S3', 'leerling', 'verslag', 'note', 'Verslag gesprek'),
  S4: info('S4', 'leerling', 'besluit', 'letter', 'Besluit schorsing'),
  S5: info('S5', 'leerling', 'melding', 'note', 'Melding schorsing inspectie (concept)'),
  S6: info('S6', 'leerling', 'voornemen', 'letter', 'Voornemen verwijdering'),
  S7: info('S7', 'leerling', 'verslag', 'note', 'Zoeklog andere school'),
  S8: info('S8', 'leerling', 'besluit', 'letter', 'Besluit verwijdering'),
  S9: info('S9', 'leerling', 'melding', 'letter', 'Melding verwijdering'),
  S10: info('S10', 'leerling', 'besluit', 'letter', 'Besluit op bezwaar'),
  P1: info('P1', 'personeel', 'notitie', 'note', 'Feitenrelaas'),
  P2: info('P2', 'personeel', 'uitnodiging', 'letter', 'Uitnodiging hoorgesprek'),
  // A letter, not a note: the report goes to the employee for comment (domain.md §6.3).
  P3: info('P3', 'personeel', 'verslag', 'letter', 'Verslag hoorgesprek'),
  P4: info('P4', 'personeel', 'besluit', 'letter', 'Besluit schorsing als ordemaatregel'),
  P5: info('P5', 'personeel', 'voornemen', 'letter', 'Voornemen disciplinaire maatregel'),
  P6: info('P6', 'personeel', 'besluit', 'letter', 'Besluit disciplinaire maatregel'),
  P7: info('P7', 'personeel', 'besluit', 'letter', 'Ontslag op staande voet'),
  P8: info('P8', 'personeel', 'notitie', 'note', 'Notitie overleg vertrouwensinspecteur'),
  P9: info('P9', 'personeel', 'melding', 'note', 'Datalekregistratie en melding AP'),
  O1: info('O1', 'ouder', 'verslag', 'letter', 'Gespreksverslag', 'Record of conversation'),
  O2: info('O2', 'ouder', 'voornemen', 'letter', 'Voornemen verbod', 'Intended ban'),
  O3: info('O3', 'ouder', 'besluit', 'letter', 'Besluit verbod', 'Decision on ban'),
  O4: info('O4', 'ouder', 'brief', 'letter', 'Brief aan ouders', 'Letter to parents'),
  D1: info('D1', 'dossier', 'notitie', 'note', 'Dossieraantekening'),
  D2: info('D2', 'dossier', 'notitie', 'note', 'Zaakdossier'),
};

/** Whether the document type can be produced in the given language. */
export const supportsLanguage = (docType: DocTypeId, language: 'nl' | 'en'): boolean =>
  language === 'nl' || DOC_TYPES[docType].titleEn !== null;
