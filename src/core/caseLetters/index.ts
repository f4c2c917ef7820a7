/**
 * Case letters: the stored case mapped onto the letters' input, the documents a case needs,
 * recipients, extra inputs per document and the "nog in te vullen" markers. Pure.
 */
export * from './types';
export * from './markers';
export * from './measurePhrase';
export * from './appealClause';
export * from './recipients';
export * from './details';
export * from './objection';
export * from './timeline';
export * from './buildLetterCase';
export * from './documents';
export * from './draftLetter';
