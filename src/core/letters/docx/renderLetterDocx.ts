import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ITableBordersOptions } from 'docx';
import type { Block, LetterModel, TableCellValue } from '../model/types';
import { runsOf, STAMPED } from './docxParts';
import type { Makers, TextParagraphOptions } from './docxParts';
import { fitInside, readImageSize } from './imageSize';
import { packLetterDocument } from './packLetter';
import {
  BULLET_REFERENCE,
  COLOR,
  CONTENT_WIDTH,
  MONO_FONT,
  mm,
  NUMBERING,
  PAGE,
  SIZE,
  STYLE,
  STYLES,
} from './styles';

type Child = Paragraph | Table;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;
const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const GRID_BORDERS: ITableBordersOptions = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};
const CELL_MARGINS = { top: mm(0.6), bottom: mm(0.6), left: mm(1.5), right: mm(1.5) };
const TIGHT_CELL_MARGINS = { top: 0, bottom: mm(0.8), left: 0, right: mm(2) };

const bodyParagraph = (
  k: Makers,
  text: string,
  extra: Partial<TextParagraphOptions> = {},
): Paragraph =>
  k.paragraph(
    {
      style: STYLE.body,
      // An introduction ending in a colon stays on the page of what it introduces.
      keepNext: /:\s*$/.test(text),
      ...extra,
    },
    text,
  );

const LIST_ITEM: TextParagraphOptions = {
  style: STYLE.listParagraph,
  numbering: { reference: BULLET_REFERENCE, level: 0 },
};

const listParagraphs = (k: Makers, items: string[]): Paragraph[] =>
  items.map((item) => k.paragraph(LIST_ITEM, item));

/** Splits the text width by percentages; the last column takes the rounding rest. */
const widthsOf = (percentages: number[], total = CONTENT_WIDTH): number[] => {
  const sum = percentages.reduce((a, b) => a + b, 0);
  const widths = percentages.map((pct) => Math.floor((pct / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
};

// Cell margins are set once per table (w:tblCellMar), not per cell: smaller XML, faster build.
const cell = (width: number, children: Paragraph[], shade = false): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(shade ? { shading: { type: ShadingType.CLEAR, fill: COLOR.shade, color: 'auto' } } : {}),
    children,
  });

/** One label column width for the reference block and all fields, so their columns line up. */
const LABEL_WIDTH = mm(44);

/** Label/value rows without borders: reference block, fields of a note. */
const fieldsTable = (k: Makers, rows: { label: string; value: string }[]): Table => {
  const widths = [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: TIGHT_CELL_MARGINS,
    rows: rows.map((r) =>
      k.row(
        'fields',
        widths,
        [r.label, r.value],
        ([label = '', value = '']) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(widths[0] ?? 0, [
                new Paragraph({ children: runsOf(label, { size: SIZE.body, color: COLOR.muted }) }),
              ]),
              cell(widths[1] ?? 0, [
                new Paragraph({ children: runsOf(value, { size: SIZE.body }) }),
              ]),
            ],
          }),
      ),
    ),
  });
};

// A detail line (a SHA-256) follows a line break in the same paragraph: one paragraph per
// cell keeps a 200-row evidence table small.
const cellParagraphs = (text: string, detail: string | null): Paragraph[] =>
  detail === null
    ? [new Paragraph({ children: runsOf(text) })]
    : [
        new Paragraph({
          children: [
            ...runsOf(text),
            new TextRun({ text: detail, break: 1, font: MONO_FONT, size: SIZE.hash }),
          ],
        }),
      ];

/** Per cell of a data row: plain text ("t"), or text with a detail line ("d"). */
type CellForm = 't' | 'd';

/** The texts of a row's cells in order, and the form of each cell. */
const rowTexts = (
  row: TableCellValue[],
  columns: number,
): { forms: CellForm[]; texts: string[] } => {
  const forms: CellForm[] = [];
  const texts: string[] = [];
  for (let i = 0; i < columns; i += 1) {
    const value = row[i] ?? '';
    if (typeof value === 'string') {
      forms.push('t');
      texts.push(value);
    } else {
      forms.push('d');
      texts.push(value.text, value.detail);
    }
  }
  return { forms, texts };
};

/** A data table with a repeated header row and explicit column widths. */
const dataTable = (k: Makers, block: Extract<Block, { type: 'table' }>): Table => {
  const widths = widthsOf(block.columns.map((c) => c.widthPct));
  const dataRow = (forms: CellForm[], texts: readonly string[]): TableRow => {
    let at = 0;
    return new TableRow({
      cantSplit: true,
      children: forms.map((kind, i) => {
        const text = texts[at] ?? '';
        const detail = kind === 'd' ? (texts[at + 1] ?? '') : null;
        at += kind === 'd' ? 2 : 1;
        return cell(widths[i] ?? 0, cellParagraphs(text, detail));
      }),
    });
  };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((col, i) =>
          cell(
            widths[i] ?? 0,
            [new Paragraph({ children: runsOf(col.header, { bold: true }) })],
            true,
          ),
        ),
      }),
      ...block.rows.map((row) => {
        const { forms, texts } = rowTexts(row, block.columns.length);
        return k.row(`data:${forms.join('')}`, widths, texts, (t) => dataRow(forms, t));
      }),
    ],
  });
};

const spacer = (k: Makers, heightTwips: number): Paragraph =>
  k.paragraph(
    {
      spacing: {
        before: 0,
        after: 0,
        line: Math.max(1, heightTwips),
        lineRule: LineRuleType.EXACT,
      },
    },
    null,
  );

/**
 * Renders the blocks in order. With `keepLastWithNext`, a closing paragraph stays on the page
 * of the signature that follows it, so a signature never stands alone on a page.
 */
const renderBlocks = (k: Makers, blocks: Block[], keepLastWithNext = false): Child[] => {
  const out: Child[] = [];
  for (const [index, block] of blocks.entries()) {
    switch (block.type) {
      case 'heading':
        out.push(k.paragraph({ style: STYLE.heading2 }, block.text));
        break;
      case 'paragraph':
        out.push(
          bodyParagraph(
            k,
            block.text,
            keepLastWithNext && index === blocks.length - 1 ? { keepNext: true } : {},
          ),
        );
        break;
      case 'list':
        out.push(...listParagraphs(k, block.items));
        // Space after a list, as after a body paragraph.
        out.push(spacer(k, mm(2)));
        break;
      case 'fields':
        out.push(fieldsTable(k, block.rows), spacer(k, mm(4)));
        break;
      case 'table':
        out.push(dataTable(k, block), spacer(k, mm(3)));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'cover':
        out.push(
          spacer(k, mm(40)),
          k.paragraph({ style: STYLE.heading1 }, block.title, { size: SIZE.cover }),
          ...block.lines.map((line) => k.paragraph({ style: STYLE.body }, line, { size: 28 })),
          spacer(k, mm(10)),
          fieldsTable(k, block.rows),
          new Paragraph({ children: [new PageBreak()] }),
        );
        break;
    }
  }
  return out;
};

/**
 * Logo runs by logo bytes and school. Building an ImageRun hashes the whole image (SHA-1 in
 * JavaScript), so each logo is turned into a run once and reused for every letter; the run
 * holds no per-document state.
 */
const logoRuns = new WeakMap<Uint8Array, Map<string, ImageRun | null>>();

const LOGO_MAX_WIDTH_MM = 60;
const LOGO_MAX_HEIGHT_MM = 17;

const logoRun = (model: LetterModel): ImageRun | null => {
  const logo = model.letterhead.logo;
  if (!logo) return null;
  const name = model.letterhead.schoolName;
  let bySchool = logoRuns.get(logo.bytes);
  if (!bySchool) {
    bySchool = new Map();
    logoRuns.set(logo.bytes, bySchool);
  }
  const cached = bySchool.get(name);
  if (cached !== undefined) return cached;
  const size = readImageSize(logo.bytes);
  // docx sizes images in CSS pixels (96 per inch).
  const pxPerMm = 96 / 25.4;
  const fitted = size && fitInside(size, LOGO_MAX_WIDTH_MM * pxPerMm, LOGO_MAX_HEIGHT_MM * pxPerMm);
  const run = fitted
    ? new ImageRun({
        type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data: logo.bytes,
        transformation: { width: Math.round(fitted.width), height: Math.round(fitted.height) },
        altText: { name: 'Logo', title: name, description: `Logo ${name}` },
      })
    : null;
  bySchool.set(name, run);
  return run;
};

/** Page 1 only: logo on the left, school name and contact details on the right. */
const letterheadHeader = (k: Makers, model: LetterModel): Header => {
  const widths = widthsOf([45, 55]);
  const lh = model.letterhead;
  const logo = logoRun(model);
  const left = logo
    ? new Paragraph({ children: [logo] })
    : k.paragraph({}, lh.schoolName, { bold: true, size: 30, color: COLOR.accent });
  const rightAligned: TextParagraphOptions = {
    style: STYLE.header,
    alignment: AlignmentType.RIGHT,
  };
  const right = [
    k.paragraph(rightAligned, lh.schoolName, { bold: true, size: 18, color: COLOR.text }),
    ...[lh.boardName, ...lh.lines].map((line) => k.paragraph(rightAligned, line)),
  ];
  return new Header({
    children: [
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        margins: TIGHT_CELL_MARGINS,
        rows: [
          new TableRow({
            children: [cell(widths[0] ?? 0, [left]), cell(widths[1] ?? 0, right)],
          }),
        ],
      }),
    ],
  });
};

/** Pages 2+: school name, kenmerk and date on one ruled line. */
const continuationHeader = (model: LetterModel, dateText: string): Header =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { ...RULE, space: 4 } },
        children: [
          new TextRun(model.letterhead.schoolName),
          new TextRun({ text: `\t${model.labels.ourReference} ${model.kenmerk} · ${dateText}` }),
        ],
      }),
    ],
  });

/** "pagina X van Y" as PAGE and NUMPAGES fields, so Word and LibreOffice fill them in. */
const pageFooter = (model: LetterModel): Footer =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun(`${model.title} · ${model.kenmerk}`),
          new TextRun({
            children: [
              `\t${model.labels.page} `,
              PageNumber.CURRENT,
              ` ${model.labels.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });

/** The address block in a frame placed on the envelope window (domain.md §6.1). */
const addressFrame = (k: Makers, model: LetterModel): Paragraph[] => {
  const w = model.envelopeWindow;
  const frame = {
    type: 'absolute',
    position: { x: mm(w.xMm), y: mm(w.yMm) },
    width: mm(w.widthMm),
    height: mm(w.heightMm),
    rule: HeightRule.EXACT,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    // Nothing beside the window: the reference block continues below it.
    wrap: FrameWrap.NOT_BESIDE,
  } as const;
  return [
    ...model.markings.map((m) =>
      k.paragraph({ frame }, m, { bold: true, size: SIZE.small, allCaps: true }),
    ),
    ...model.addressLines.map((line) => k.paragraph({ frame }, line, { size: SIZE.body })),
  ];
};

const closingParagraphs = (k: Makers, model: LetterModel): Paragraph[] => {
  const out: Paragraph[] = [];
  const sig = model.signature;
  if (model.closing) {
    out.push(
      k.paragraph(
        { style: STYLE.body, keepNext: true, spacing: { before: 120, after: 0 } },
        model.closing,
      ),
    );
  }
  if (sig) {
    out.push(
      k.paragraph(
        {
          keepNext: true,
          keepLines: true,
          // Room for a handwritten signature below "Met vriendelijke groet,".
          spacing: { before: model.closing ? mm(16) : mm(6) },
        },
        sig.name,
        { bold: true, size: SIZE.body },
      ),
      k.paragraph({ keepNext: true }, sig.functionTitle, { size: SIZE.body }),
      k.paragraph({}, sig.mandate, { size: SIZE.body, color: COLOR.muted }),
    );
  }
  return out;
};

const trailingLists = (k: Makers, model: LetterModel): Paragraph[] => {
  const out: Paragraph[] = [];
  const section = (label: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push(
      k.paragraph({ keepNext: true, spacing: { before: mm(6), after: 40 } }, `${label}:`, {
        bold: true,
      }),
      ...items.map((item) => k.paragraph(LIST_ITEM, item, { size: SIZE.table })),
    );
  };
  section(model.labels.enclosures, model.enclosures);
  section(model.labels.copyTo, model.copyTo);
  return out;
};

const letterTop = (k: Makers, model: LetterModel): Child[] => {
  const top: Child[] = [];
  const gapTwips = mm(model.envelopeWindow.yMm - PAGE.marginTopMm);
  // Fills the space between the top margin and the window, so nothing is set beside it.
  if (gapTwips > 0) top.push(spacer(k, gapTwips));
  top.push(...addressFrame(k, model));
  top.push(spacer(k, mm(8)), fieldsTable(k, model.reference), spacer(k, mm(8)));
  if (model.salutation) top.push(bodyParagraph(k, model.salutation));
  return top;
};

const noteTop = (k: Makers, model: LetterModel): Child[] => {
  if (model.body[0]?.type === 'cover') return [];
  return [
    ...model.markings.map((m) =>
      k.paragraph({}, m, { bold: true, size: SIZE.small, allCaps: true, color: COLOR.muted }),
    ),
    k.paragraph({ style: STYLE.heading1 }, model.title),
    fieldsTable(k, model.reference),
    spacer(k, mm(6)),
  ];
};

/**
 * Builds the Word document of a letter model: A4, letterhead with logo on page 1 only,
 * the address in the envelope window, reference block, body, appeal clause, signature,
 * enclosures and "pagina X van Y" in the footer. Text paragraphs and table rows are stamped
 * from one paragraph or row docx formats per layout; `makers: BUILT` has docx build each of
 * them (the reference the stamped ones are checked against).
 */
export const buildLetterDocument = (
  model: LetterModel,
  options: { makers?: Makers } = {},
): Document => {
  const k = options.makers ?? STAMPED;
  const dateText = model.reference[0]?.value ?? '';
  // Page 1 and the pages after it have the same footer; formatting only reads its content.
  const footer = pageFooter(model);
  const children: Child[] = [
    ...(model.layout === 'letter' ? letterTop(k, model) : noteTop(k, model)),
    ...renderBlocks(k, model.body, model.appealClause === null),
    ...(model.appealClause ? renderBlocks(k, model.appealClause, true) : []),
    ...closingParagraphs(k, model),
    ...trailingLists(k, model),
  ];
  return new Document({
    title: `${model.title} ${model.kenmerk}`,
    subject: model.subject,
    creator: model.letterhead.schoolName,
    lastModifiedBy: model.letterhead.schoolName,
    description: `${model.title} · ${model.kenmerk}`,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: mm(PAGE.marginTopMm),
              bottom: mm(PAGE.marginBottomMm),
              left: mm(PAGE.marginLeftMm),
              right: mm(PAGE.marginRightMm),
              header: mm(PAGE.headerMm),
              footer: mm(PAGE.footerMm),
            },
          },
        },
        headers: {
          first: letterheadHeader(k, model),
          default: continuationHeader(model, dateText),
        },
        footers: { first: footer, default: footer },
        children,
      },
    ],
  });
};

/**
 * Renders a letter model to .docx bytes, the same bytes for the same model (dated by its
 * issue date). Packs to a Uint8Array, which works the same in Node, Electron and the browser.
 */
export const renderLetterDocx = (model: LetterModel): Promise<Uint8Array> =>
  packLetterDocument(() => buildLetterDocument(model), model.issueDate);
