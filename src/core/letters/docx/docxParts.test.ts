/**
 * What `docxParts` relies on in docx: rows stamped from a prototype give the XML docx gives
 * for the same rows, for every document type and for awkward texts.
 */
import { Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLetterModel } from '../model/buildLetterModel';
import { DOC_TYPE_IDS } from '../model/docTypes';
import type { DocTypeId } from '../model/docTypes';
import type { LetterCase, LetterModel } from '../model/types';
import { fixtureCases, makeEvidence } from '../testing/letterFixtures';
import { BUILT, buildRow, STAMPED, stampRow } from './docxParts';
import type { RowMaker } from './docxParts';
import { buildLetterDocument } from './renderLetterDocx';

const cases = fixtureCases();

const modelOf = (docType: DocTypeId, c: LetterCase): LetterModel => {
  const built = buildLetterModel(docType, c);
  if (!built.ok) throw new Error(`${docType}: ${JSON.stringify(built.error)}`);
  return built.value;
};

const documentXml = async (build: () => Document): Promise<string> => {
  const files = unzipSync(await Packer.pack(build(), 'uint8array'));
  const bytes = files['word/document.xml'];
  if (!bytes) throw new Error('no document.xml');
  return strFromU8(bytes);
};

/** The body, headers, footers and numbering, which stamped rows and paragraphs could change. */
const contentXml = async (build: () => Document): Promise<Record<string, string>> => {
  const files = unzipSync(await Packer.pack(build(), 'uint8array'));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => /^word\/(document|header\d+|footer\d+|numbering)\.xml$/.test(path))
      .map(([path, bytes]) => [path, strFromU8(bytes)]),
  );
};

describe('stamped rows and paragraphs', () => {
  it.each([
    ...DOC_TYPE_IDS.map((id): [string, LetterCase, DocTypeId] => [id, cases[id], id]),
    ['D2-200', { ...cases.D2, evidence: makeEvidence(200) }, 'D2'],
    ['O1-en', { ...cases.O1, language: 'en' }, 'O1'],
    // After the default window's prototypes exist: a frame elsewhere must not borrow them.
    [
      'S4-right-window',
      {
        ...cases.S4,
        school: {
          ...cases.S4.school,
          envelopeWindow: { xMm: 110, yMm: 50, widthMm: 90, heightMm: 45 },
        },
      },
      'S4',
    ],
    ['S4-no-logo', { ...cases.S4, school: { ...cases.S4.school, logo: null } }, 'S4'],
  ] as const)(
    '%s: the document reads as with rows and paragraphs docx built itself',
    async (_, c, docType) => {
      const model = modelOf(docType, c);
      const stamped = await contentXml(() => buildLetterDocument(model, { makers: STAMPED }));
      const built = await contentXml(() => buildLetterDocument(model, { makers: BUILT }));
      expect(Object.keys(stamped)).toContain('word/header1.xml');
      expect(stamped).toEqual(built);
    },
  );

  const widths = [2000, 3000, 4355];
  const build = ([a = '', b = '', c = '']: readonly string[]): TableRow =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: a, size: 20 })] })],
        }),
        new TableCell({
          children: [
            new Paragraph({
              children: b
                .split('\n')
                .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
            }),
          ],
        }),
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: c, font: 'Consolas' })] })],
        }),
      ],
    });
  const table = (make: RowMaker, rows: string[][]): Document =>
    new Document({
      sections: [
        {
          children: [
            new Table({
              width: { size: 9355, type: WidthType.DXA },
              columnWidths: widths,
              rows: rows.map((texts) => make('test', widths, texts, build)),
            }),
          ],
        },
      ],
    });

  it('keeps texts with markup characters, tabs, line breaks and empty cells as docx writes them', async () => {
    const rows = [
      ['a & b < c > "d" \'e\'', 'eerste\ntweede\n\nvierde', ''],
      ['\tingesprongen', '', 'ß € 😀'],
      ['\uE000 geen marker', 'x\n', '\n'],
      ['a & b < c > "d" \'e\'', 'eerste\ntweede\n\nvierde', 'zelfde vorm, andere tekst'],
    ];
    const stamped = await documentXml(() => table(stampRow, rows));
    expect(stamped).toBe(await documentXml(() => table(buildRow, rows)));
    expect(stamped).toContain('a &amp; b &lt; c &gt;');
    expect(stamped).toContain('zelfde vorm, andere tekst');
  });
});
