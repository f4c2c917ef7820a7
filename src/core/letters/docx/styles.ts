import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';

/** Millimetres to twips (1/1440 inch). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/**
 * Calibri ships with Windows and Office; LibreOffice substitutes the metric-compatible
 * Carlito, so line breaks and page count match between Word and the PDF check.
 */
export const FONT = 'Calibri';
/** Hashes: Consolas ships with Windows; other systems fall back to their monospace font. */
export const MONO_FONT = 'Consolas';

/** Font sizes in half-points. */
export const SIZE = { body: 22, small: 16, table: 18, hash: 14, title: 32, cover: 48 } as const;
/** Colours as hex RGB: text, muted labels, table rules and shading, the accent of titles. */
export const COLOR = {
  text: '000000',
  muted: '595959',
  rule: 'A6A6A6',
  shade: 'EDEDED',
  accent: '1F3864',
} as const;

/** A4 in twips with the margins of a Dutch business letter. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTopMm: 30,
  marginBottomMm: 25,
  marginLeftMm: 25,
  marginRightMm: 20,
  headerMm: 10,
  footerMm: 10,
} as const;

/** Usable text width in twips. */
export const CONTENT_WIDTH = PAGE.width - mm(PAGE.marginLeftMm) - mm(PAGE.marginRightMm);

/** Paragraph style ids. "Body" and the headings are names mammoth and Word both recognise. */
export const STYLE = {
  body: 'Body',
  heading1: 'Heading1',
  heading2: 'Heading2',
  listParagraph: 'ListParagraph',
  header: 'Header',
  footer: 'Footer',
} as const;

/** The numbering reference of the one bullet list. */
export const BULLET_REFERENCE = 'bullet';

/** The named styles, defined once for every document. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      // Unstyled paragraphs are table text; letter text uses the Body, list and heading styles.
      run: { font: FONT, size: SIZE.table, color: COLOR.text },
      // lineRule must be explicit: LibreOffice reads a bare w:line as an exact height.
      paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.accent },
      paragraph: { spacing: { before: 0, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: SIZE.body, bold: true, color: COLOR.text },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
    },
    listParagraph: {
      run: { font: FONT, size: SIZE.body },
      paragraph: { spacing: { after: 60 } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: 'Body',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { size: SIZE.body },
      paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: 'Normal',
      run: { size: SIZE.small, color: COLOR.muted },
      paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      run: { size: SIZE.small, color: COLOR.muted },
    },
  ],
};

/** One bullet list definition, referenced by every list. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_REFERENCE,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: mm(6), hanging: mm(4.5) } } },
        },
      ],
    },
  ],
};
