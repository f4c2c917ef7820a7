/**
 * The one place that relies on how `docx` (9.15) formats and writes a document, beyond its
 * documented API. Two things live here, each with the reason and what it relies on:
 *
 * 1. Per-letter parts. `Packer.pack` formats and zips every part of a document each time:
 *    styles, numbering, theme, font table, settings, relationships. For our letters those parts
 *    are the same for every letter of a school, and writing them took more than half of the
 *    build time. `writeLetterParts` formats only the parts that differ per letter (the body,
 *    headers, footers and core properties) with the components' own `prepForXml`, as docx's
 *    Compiler does, and writes the XML as docx's internal `stringifyXmlable` writes it (the xml
 *    package's output, quirks included). `packLetter.ts` takes the other parts from one full
 *    `Packer.pack` and reuses them. Relied on, and checked part by part against `Packer.pack`
 *    for every document type in `packLetter.test.ts` (a docx upgrade that changes any of it
 *    fails those tests):
 *    - the Compiler's context for each part (`{ file, viewWrapper, stack: [] }`) and its order:
 *      the body first, then headers, then footers, so lists and images are registered as docx
 *      registers them;
 *    - the XML object format (`{ name: [children | { _attr }] }`) and how it is written;
 *    - the `{key}` placeholders for images (media key → relationship number) and lists
 *      (`reference-instance` → numId), replaced after writing, images first;
 *    - the part paths word/document.xml, word/header{n}.xml, word/footer{n}.xml and
 *      docProps/core.xml.
 * 2. Stamped rows and paragraphs (below), checked against the rows and paragraphs docx builds
 *    itself in `docxParts.test.ts`.
 */
import { Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import type {
  File,
  IContext,
  IParagraphOptions,
  IRunOptions,
  IXmlableObject,
  XmlComponent,
} from 'docx';

/** The parts written per letter and the key of everything else in the package. */
export type LetterParts = {
  /** Per-letter parts by path, in no particular order; every other part is shared. */
  parts: Map<string, string>;
  /**
   * Identifies what the shared parts depend on besides the constant styles and numbering
   * definitions: the images by content key and where they are used, the lists in use, the
   * number of headers and footers and the body's relationships.
   */
  sharedKey: string;
};

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const DECLARATION_STANDALONE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// XML 1.0 has no place for these control characters; docx drops them, and so do we.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Escapes strings as docx does (control characters dropped); other values as they are. */
const escapeValue = (value: unknown): string => {
  if (typeof value !== 'string') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, (c) => ESCAPES[c] ?? '') : value;
};

const attributesOf = (attr: Record<string, unknown>): string => {
  let out = '';
  for (const key in attr) out += ` ${key}="${escapeValue(attr[key])}"`;
  return out;
};

/** The first key of an XML object: its element name, or `_attr` for an attribute holder. */
const firstKeyOf = (data: object): string | undefined => {
  for (const key in data) return key;
  return undefined;
};

/**
 * Writes one XML object as docx 9.15's `stringifyXmlable` does without indentation: attributes
 * from `_attr`, children in order, a text child replacing the child written just before it
 * (the xml package's quirk), `<x/>` only for an element given as an object without children.
 */
const writeElement = (data: IXmlableObject): string => {
  const name = firstKeyOf(data);
  if (name === undefined) return '';
  const values: unknown = data[name];
  if (typeof values !== 'object') {
    return `<${name}>${values === undefined ? '' : escapeValue(values)}</${name}>`;
  }
  if (values === null) return `<${name}/>`;
  const { _attr: attr, _cdata: cdata } = values as {
    _attr?: Record<string, unknown>;
    _cdata?: string;
  };
  let attributes = attr ? attributesOf(attr) : '';
  let body = cdata ? `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>` : '';
  if (!Array.isArray(values))
    return cdata ? `<${name}${attributes}>${body}</${name}>` : `<${name}${attributes}/>`;
  // Where the last child written starts: a text child replaces it (the xml package's quirk).
  let lastStart = body.length;
  for (const value of values as unknown[]) {
    if (typeof value === 'object' && value !== null) {
      const child = value as IXmlableObject;
      if (firstKeyOf(child) === '_attr') {
        attributes += attributesOf(child._attr as Record<string, unknown>);
      } else {
        lastStart = body.length;
        body += writeElement(child);
      }
    } else {
      body = body.slice(0, lastStart) + escapeValue(value);
    }
  }
  return `<${name}${attributes}>${body}</${name}>`;
};

/** Formats a component in the given view as docx's Formatter does, and writes its XML. */
const writePart = (component: XmlComponent, context: IContext, declaration: string): string => {
  const xml = component.prepForXml(context);
  if (!xml) throw new Error('XMLComponent did not format correctly');
  return declaration + writeElement(xml);
};

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Replaces each `{key}` whose key has a value, in one pass, as docx's placeholders do. */
const replacePlaceholders = (xml: string, values: Map<string, string>): string =>
  values.size === 0
    ? xml
    : xml.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder);

/** The images a part refers to by placeholder, in the order they were added to the media. */
const imagesIn = (xml: string, file: File): string[] =>
  file.Media.Entries.filter(([key]) => xml.includes(`{${key}}`)).map(([key]) => key);

/** docx's key of a list instance, as its numbering placeholders spell it. */
const listKeyOf = (n: { reference: string; instance: number; restartedListId?: number }) =>
  n.restartedListId === undefined
    ? `${n.reference}-${n.instance}`
    : `${n.reference}-restart ${String(n.restartedListId)}`;

/**
 * Writes the parts of a document that differ per letter, byte for byte as `Packer.pack` writes
 * them, and the key of the parts it shares with other letters. The core properties' dates
 * are set to `timestamp` (docx writes the current time).
 */
export const writeLetterParts = (file: File, timestamp: string): LetterParts => {
  const parts = new Map<string, string>();
  const documentXml = writePart(
    file.Document.View,
    { file, viewWrapper: file.Document, stack: [] },
    DECLARATION_STANDALONE,
  );
  const headerXml = file.Headers.map((wrapper) =>
    writePart(wrapper.View, { file, viewWrapper: wrapper, stack: [] }, DECLARATION),
  );
  const footerXml = file.Footers.map((wrapper) =>
    writePart(wrapper.View, { file, viewWrapper: wrapper, stack: [] }, DECLARATION),
  );
  const core = writePart(
    file.CoreProperties,
    { file, viewWrapper: file.Document, stack: [] },
    DECLARATION_STANDALONE,
  ).replace(
    /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
    `$1${escapeValue(timestamp)}$3`,
  );

  // Lists are numbered once all parts are formatted, as docx replaces them after formatting.
  const numbering = new Map(
    file.Numbering.ConcreteNumbering.map((n) => [listKeyOf(n), String(n.numId)] as const),
  );
  const documentRelationships = file.Document.Relationships.RelationshipCount + 1;
  const imageUse: string[] = [];
  const finish = (xml: string, offset: number, label: string): string => {
    const images = imagesIn(xml, file);
    if (images.length > 0) imageUse.push(`${label}:${images.join(',')}`);
    const values = new Map(images.map((key, i) => [key, String(offset + i)] as const));
    return replacePlaceholders(replacePlaceholders(xml, values), numbering);
  };
  parts.set('word/document.xml', finish(documentXml, documentRelationships, 'document'));
  headerXml.forEach((xml, i) => parts.set(`word/header${i + 1}.xml`, finish(xml, 0, `h${i}`)));
  footerXml.forEach((xml, i) => parts.set(`word/footer${i + 1}.xml`, finish(xml, 0, `f${i}`)));
  parts.set('docProps/core.xml', core);

  const sharedKey = [
    `media=${file.Media.Entries.map(([key, m]) => `${key}>${m.fileName}`).join(',')}`,
    `use=${imageUse.join(';')}`,
    `lists=${[...numbering].map(([k, v]) => `${k}>${v}`).join(',')}`,
    `headers=${headerXml.length}`,
    `footers=${footerXml.length}`,
    `rels=${documentRelationships}`,
  ].join('|');
  return { parts, sharedKey };
};

// Rows stamped from a prototype ---------------------------------------------------------------
//
// Why: a 200-item evidence table is 200 rows of TableRow, TableCell, Paragraph and TextRun
// objects, and building and formatting them took most of a dossier's build time. Rows of one
// table have the same shape; only their text differs. docx formats one prototype row per shape
// (with markers for the text), and each row reuses that XML object with its own text put in.
// What this relies on, checked by `docxParts.test.ts` against docx's own rows: a row's text
// is written as string children of `w:t` elements, unchanged until writing; a table only
// reads its rows' cells to set cell widths, which the prototype's own table does; the parts of
// a prototype without text are shared by its copies, as docx changes formatted XML afterwards
// only to fill tables of contents and estimated page numbers, which letters do not use.

const MARK = '\uE000';

/** Builds a docx row from the texts of its cells; the same kind gives the same layout. */
export type RowBuilder = (texts: readonly string[]) => TableRow;

type Stamp = { kind: string; widths: readonly number[]; build: RowBuilder };

const prototypes = new Map<string, IXmlableObject>();

/**
 * Prototypes kept per kind of row or paragraph layout. Letters use a few hundred at most
 * (layouts × line shapes); past this, the oldest are formatted again when next needed.
 */
const MAX_PROTOTYPES = 2000;

const keepPrototype = (
  kept: Map<string, IXmlableObject>,
  key: string,
  prototype: IXmlableObject,
): void => {
  if (kept.size >= MAX_PROTOTYPES) {
    const oldest = kept.keys().next();
    if (!oldest.done) kept.delete(oldest.value);
  }
  noteMarkers(prototype);
  kept.set(key, prototype);
};

/** Replaces every marker string in a formatted row by its text; the rest is shared. */
const stampInto = (node: unknown, texts: Map<string, string>): unknown => {
  if (typeof node === 'string') {
    return node.charCodeAt(0) === 0xe000 ? (texts.get(node) ?? node) : node;
  }
  if (typeof node !== 'object' || node === null || withoutMarkers.has(node)) return node;
  if (Array.isArray(node)) return node.map((child) => stampInto(child, texts));
  const out: Record<string, unknown> = {};
  for (const key in node) out[key] = stampInto((node as Record<string, unknown>)[key], texts);
  return out;
};

/** Parts of prototypes without text, shared as they are by every stamped copy. */
const withoutMarkers = new WeakSet<object>();

/** Notes which parts of a prototype hold no marker; returns whether `node` holds one. */
const noteMarkers = (node: unknown): boolean => {
  if (typeof node === 'string') return node.charCodeAt(0) === 0xe000;
  if (typeof node !== 'object' || node === null) return false;
  let found = false;
  for (const child of Object.values(node)) if (noteMarkers(child)) found = true;
  if (!found) withoutMarkers.add(node);
  return found;
};

const markerOf = (text: number, line: number): string => `${MARK}${text}.${line}${MARK}`;

/** A row formatted from its kind's prototype, with this row's texts. */
class StampedRow extends TableRow {
  private readonly stamp: Stamp;
  private readonly texts: readonly string[];

  constructor(stamp: Stamp, texts: readonly string[]) {
    super({ children: [] });
    this.stamp = stamp;
    this.texts = texts;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const lines = this.texts.map((text) => text.split('\n'));
    // Line breaks and empty lines change the runs docx writes, so they are part of the shape.
    const shape = lines.map((l) => l.map((line) => (line === '' ? '0' : '1')).join('')).join('/');
    const key = `${this.stamp.kind}|${this.stamp.widths.join(',')}|${shape}`;
    let prototype = prototypes.get(key);
    if (!prototype) {
      const markers = lines.map((l, i) =>
        l.map((line, j) => (line === '' ? '' : markerOf(i, j))).join('\n'),
      );
      const table = new Table({
        width: { size: this.stamp.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: [...this.stamp.widths],
        rows: [this.stamp.build(markers)],
      });
      const xml = table.prepForXml({ ...context, stack: [] });
      const row = (xml?.['w:tbl'] as IXmlableObject[] | undefined)?.find((c) => 'w:tr' in c);
      if (!row) throw new Error(`docx wrote no row for ${this.stamp.kind}`);
      prototype = row;
      keepPrototype(prototypes, key, prototype);
    }
    const texts = new Map<string, string>();
    lines.forEach((l, i) => l.forEach((line, j) => texts.set(markerOf(i, j), line)));
    return stampInto(prototype, texts) as IXmlableObject;
  }
}

/**
 * Makes a table row with these column widths as `build` builds it from its texts. `kind`
 * names everything `build` depends on besides the texts: the same kind must always build the
 * same layout.
 */
export type RowMaker = (
  kind: string,
  widths: readonly number[],
  texts: readonly string[],
  build: RowBuilder,
) => TableRow;

/** A row formatted once per kind and shape by docx, then reused with each row's texts. */
export const stampRow: RowMaker = (kind, widths, texts, build) =>
  new StampedRow({ kind, widths, build }, texts);

/** The row docx builds and formats itself: the reference the stamped rows are checked against. */
export const buildRow: RowMaker = (_kind, _widths, texts, build) => build(texts);

// Paragraphs stamped from a prototype -----------------------------------------------------------
//
// The same idea for text paragraphs: one prototype per paragraph layout (its options as data)
// and line shape. The key is the options themselves, so no layout can borrow another's XML.
// A list paragraph's prototype names its list by placeholder; the list instance is created in
// each document as docx's Paragraph does when it is formatted.

/** Run formatting of a text paragraph: everything but the text and line breaks. */
export type TextRunOptions = Omit<IRunOptions, 'text' | 'break' | 'children'>;
/** Paragraph layout of a text paragraph: everything but its content. */
export type TextParagraphOptions = Omit<IParagraphOptions, 'text' | 'children'>;

/** Text with "\n" as line breaks within one paragraph: one run per line. */
export const runsOf = (text: string, options: TextRunOptions = {}): TextRun[] =>
  text.includes('\n')
    ? text
        .split('\n')
        .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }))
    : [new TextRun({ ...options, text })];

/** Makes a paragraph of `text` (null: no runs) in this layout and run formatting. */
export type ParagraphMaker = (
  options: TextParagraphOptions,
  text: string | null,
  run?: TextRunOptions,
) => Paragraph;

const paragraphPrototypes = new Map<string, IXmlableObject>();

/** A text paragraph formatted from its layout's prototype, with this paragraph's text. */
class StampedParagraph extends Paragraph {
  private readonly layout: TextParagraphOptions;
  private readonly text: string | null;
  private readonly run: TextRunOptions;

  constructor(layout: TextParagraphOptions, text: string | null, run: TextRunOptions) {
    super({});
    this.layout = layout;
    this.text = text;
    this.run = run;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const lines = this.text === null ? [] : this.text.split('\n');
    const shape = lines.map((line) => (line === '' ? '0' : '1')).join('');
    const key = `${JSON.stringify(this.layout)}|${JSON.stringify(this.run)}|${shape}`;
    const numbering = this.layout.numbering;
    if (numbering && typeof numbering.reference === 'string') {
      context.file.Numbering.createConcreteNumberingInstance(
        numbering.reference,
        numbering.instance ?? 0,
      );
    }
    let prototype = paragraphPrototypes.get(key);
    if (!prototype) {
      const markers = lines.map((line, j) => (line === '' ? '' : markerOf(0, j))).join('\n');
      const built = new Paragraph({
        ...this.layout,
        children: this.text === null ? [] : runsOf(markers, this.run),
      }).prepForXml(context);
      if (!built) throw new Error('docx wrote no paragraph');
      prototype = built;
      keepPrototype(paragraphPrototypes, key, prototype);
    }
    if (lines.length === 0) return prototype;
    const texts = new Map<string, string>();
    lines.forEach((line, j) => texts.set(markerOf(0, j), line));
    return stampInto(prototype, texts) as IXmlableObject;
  }
}

/**
 * Whether a paragraph's layout can be stamped: lists only by the reference of one of the
 * document's lists, a level and an instance, as creating that instance is all a stamped
 * paragraph does in the document. (Our letters never restart a list; a restart before a
 * stamped list paragraph would move it to the restarted list in docx.)
 */
const canStamp = (options: TextParagraphOptions): boolean => {
  const numbering = options.numbering;
  if (!numbering) return true;
  return (
    typeof numbering.reference === 'string' &&
    Object.keys(numbering).every((k) => ['reference', 'level', 'instance'].includes(k))
  );
};

/** The paragraph docx builds and formats itself: the reference for stamped paragraphs. */
export const buildParagraph: ParagraphMaker = (options, text, run = {}) =>
  new Paragraph({ ...options, children: text === null ? [] : runsOf(text, run) });

/** A text paragraph formatted once per layout and line shape by docx, then reused. */
export const stampParagraph: ParagraphMaker = (options, text, run = {}) =>
  canStamp(options) ? new StampedParagraph(options, text, run) : buildParagraph(options, text, run);

/** Forgets every prototype row and paragraph, so the next ones are formatted afresh. */
export const clearPrototypes = (): void => {
  prototypes.clear();
  paragraphPrototypes.clear();
};

/** How rows and text paragraphs are made: stamped, or built by docx for reference. */
export type Makers = { row: RowMaker; paragraph: ParagraphMaker };

/** Rows and paragraphs stamped from prototypes: the fast path. */
export const STAMPED: Makers = { row: stampRow, paragraph: stampParagraph };
/** Rows and paragraphs built and formatted by docx: what the fast path is checked against. */
export const BUILT: Makers = { row: buildRow, paragraph: buildParagraph };
