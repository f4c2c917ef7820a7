import { fail } from './common';
import type { DocTypeId } from './docTypes';
import { DOC_TYPES, supportsLanguage } from './docTypes';
import { buildD1DossierEntry, buildD2CaseDossier } from './dossier';
import {
  buildO1Gespreksverslag,
  buildO2VoornemenVerbod,
  buildO3BesluitVerbod,
  buildO4BriefOuders,
} from './parentLetters';
import {
  buildP1Feitenrelaas,
  buildP2UitnodigingHoorgesprek,
  buildP3VerslagHoorgesprek,
  buildP4SchorsingOrdemaatregel,
  buildP5VoornemenDisciplinair,
  buildP6BesluitDisciplinair,
  buildP7OntslagOpStaandeVoet,
  buildP8NotitieVertrouwensinspecteur,
  buildP9DatalekRegistratie,
} from './staffLetters';
import {
  buildS1Dossiernotitie,
  buildS2UitnodigingGesprek,
  buildS3VerslagGesprek,
  buildS4BesluitSchorsing,
  buildS5IsdMelding,
  buildS6VoornemenVerwijdering,
  buildS7ZoeklogAndereSchool,
  buildS8BesluitVerwijdering,
  buildS9MeldingVerwijdering,
  buildS10BesluitOpBezwaar,
} from './studentLetters';
import type { LetterCase, LetterError, LetterModel, Result } from './types';

type Builder = (c: LetterCase) => Result<LetterModel, LetterError>;

const BUILDERS: Readonly<Record<DocTypeId, Builder>> = {
  S1: buildS1Dossiernotitie,
  S2: buildS2UitnodigingGesprek,
  S3: buildS3VerslagGesprek,
  S4: buildS4BesluitSchorsing,
  S5: buildS5IsdMelding,
  S6: buildS6VoornemenVerwijdering,
  S7: buildS7ZoeklogAndereSchool,
  S8: buildS8BesluitVerwijdering,
  S9: buildS9MeldingVerwijdering,
  S10: buildS10BesluitOpBezwaar,
  P1: buildP1Feitenrelaas,
  P2: buildP2UitnodigingHoorgesprek,
  P3: buildP3VerslagHoorgesprek,
  P4: buildP4SchorsingOrdemaatregel,
  P5: buildP5VoornemenDisciplinair,
  P6: buildP6BesluitDisciplinair,
  P7: buildP7OntslagOpStaandeVoet,
  P8: buildP8NotitieVertrouwensinspecteur,
  P9: buildP9DatalekRegistratie,
  O1: buildO1Gespreksverslag,
  O2: buildO2VoornemenVerbod,
  O3: buildO3BesluitVerbod,
  O4: buildO4BriefOuders,
  D1: buildD1DossierEntry,
  D2: buildD2CaseDossier,
};

/**
 * Drafts the letter model of a document type from the case projection: pure, no clock, no
 * I/O. Returns an error value when the case lacks something the document must contain
 * (domain.md §6), or when the language is not offered for that document.
 */
export const buildLetterModel = (
  docType: DocTypeId,
  letterCase: LetterCase,
): Result<LetterModel, LetterError> => {
  if (!supportsLanguage(docType, letterCase.language)) {
    return fail({ kind: 'language-not-supported', docType, language: letterCase.language });
  }
  return BUILDERS[docType](letterCase);
};

/** The document's Dutch (or English) title for file names and lists. */
export const titleOf = (docType: DocTypeId, language: 'nl' | 'en' = 'nl'): string => {
  const info = DOC_TYPES[docType];
  return language === 'en' ? (info.titleEn ?? info.titleNl) : info.titleNl;
};
