/**
 * "Nog in te vullen" markers: where the case lacks something a document must say, the mapping
 * puts a visible marker in the text instead of failing, so the draft can still be read. A
 * document with a marker left in it is not ready to be issued.
 */
import type { Block, LetterModel } from '../letters/model/types';

const PREFIX = 'nog in te vullen';

/** The marker for a missing value, e.g. "[nog in te vullen: datum voorval]". */
export const markMissing = (what: string): string => `[${PREFIX}: ${what}]`;

// Case-insensitive: the address block prints the place in capitals.
const MARKER = /\[nog in te vullen: ([^\]]+)\]/gi;

/** The missing values named in a text, lower-case, in order of appearance. */
export const findMarkers = (text: string): string[] =>
  Array.from(text.matchAll(MARKER), (m) => (m[1] ?? '').toLocaleLowerCase('nl'));

const blockTexts = (block: Block): string[] => {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'fields':
      return block.rows.map((r) => r.value);
    case 'table':
      return block.rows.flat().map((cell) => (typeof cell === 'string' ? cell : cell.text));
    case 'cover':
      return [block.title, ...block.lines, ...block.rows.map((r) => r.value)];
    case 'pageBreak':
      return [];
  }
};

/** Every text of a letter model a reader sees, in document order. */
export const listModelTexts = (model: LetterModel): string[] => [
  ...model.markings,
  ...model.addressLines,
  ...model.reference.map((r) => r.value),
  model.subject,
  model.salutation ?? '',
  ...model.body.flatMap(blockTexts),
  ...(model.appealClause ?? []).flatMap(blockTexts),
  ...(model.signature
    ? [model.signature.name, model.signature.functionTitle, model.signature.mandate]
    : []),
  ...model.enclosures,
  ...model.copyTo,
];

/**
 * What is still to be filled in before the document can be issued: the distinct markers left
 * in the model (after the user's edits), in document order.
 */
export const listMissing = (model: LetterModel): string[] => [
  ...new Set(listModelTexts(model).flatMap(findMarkers)),
];
