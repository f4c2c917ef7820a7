/**
 * Translation resources, one namespace per feature. Dutch is the source language: its JSON
 * files define the keys, and English must have the same shape (checked by the type below
 * and by a unit test).
 */
import enCaseBuilder from './en/caseBuilder.json';
import enCaseFile from './en/caseFile.json';
import enCaseList from './en/caseList.json';
import enCommon from './en/common.json';
import enEvidence from './en/evidence.json';
import enLetters from './en/letters.json';
import enPeople from './en/people.json';
import enSchools from './en/schools.json';
import nlCaseBuilder from './nl/caseBuilder.json';
import nlCaseFile from './nl/caseFile.json';
import nlCaseList from './nl/caseList.json';
import nlCommon from './nl/common.json';
import nlEvidence from './nl/evidence.json';
import nlLetters from './nl/letters.json';
import nlPeople from './nl/people.json';
import nlSchools from './nl/schools.json';

export const nlResources = {
  common: nlCommon,
  evidence: nlEvidence,
  people: nlPeople,
  schools: nlSchools,
  caseList: nlCaseList,
  caseBuilder: nlCaseBuilder,
  caseFile: nlCaseFile,
  letters: nlLetters,
};

/** English mirrors the Dutch keys exactly. */
export const enResources: {
  [K in keyof typeof nlResources]: DeepStringShape<(typeof nlResources)[K]>;
} = {
  common: enCommon,
  evidence: enEvidence,
  people: enPeople,
  schools: enSchools,
  caseList: enCaseList,
  caseBuilder: enCaseBuilder,
  caseFile: enCaseFile,
  letters: enLetters,
};

type DeepStringShape<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringShape<T[K]> };

export const NAMESPACES = Object.keys(nlResources) as (keyof typeof nlResources)[];
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
