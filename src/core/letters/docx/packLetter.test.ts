/**
 * The fast packing path against docx's own `Packer.pack`: the same parts byte for byte, shared
 * parts never crossing between schools or logos, the same bytes for the same letter, and a
 * zip that independent readers open.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildLetterModel } from '../model/buildLetterModel';
import { DOC_TYPE_IDS } from '../model/docTypes';
import type { DocTypeId } from '../model/docTypes';
import type { LetterCase, LetterModel } from '../model/types';
import { fixtureCases, fixtureSchool, makeEvidence, makeLogoPng } from '../testing/letterFixtures';
import { clearSharedParts, countSharedParts } from './packLetter';
import { buildLetterDocument, renderLetterDocx } from './renderLetterDocx';

const cases = fixtureCases();

const modelOf = (docType: DocTypeId, c: LetterCase): LetterModel => {
  const built = buildLetterModel(docType, c);
  if (!built.ok) throw new Error(`${docType}: ${JSON.stringify(built.error)}`);
  return built.value;
};

const withSchool = (c: LetterCase, school: Partial<LetterCase['school']>): LetterCase => ({
  ...c,
  school: { ...c.school, ...school },
});

const otherLogo = makeLogoPng(240, 160);
const otherSchool = {
  name: 'Het Zuiderlicht Lyceum',
  logo: { bytes: otherLogo, mimeType: 'image/png' as const },
};

/** Every document type, both languages where they exist, and the letterhead variants. */
const VARIANTS: [string, DocTypeId, LetterCase][] = [
  ...DOC_TYPE_IDS.map((id): [string, DocTypeId, LetterCase] => [id, id, cases[id]]),
  ['O1-en', 'O1', { ...cases.O1, language: 'en' }],
  ['S4-no-logo', 'S4', withSchool(cases.S4, { logo: null })],
  ['S4-other-logo', 'S4', withSchool(cases.S4, otherSchool)],
  ['D2-200', 'D2', { ...cases.D2, evidence: makeEvidence(200) }],
];

const text = (files: Record<string, Uint8Array>, path: string): string => {
  const bytes = files[path];
  if (!bytes) throw new Error(`missing part ${path}`);
  return strFromU8(bytes);
};

/** docx writes the current time in the core properties; we write the issue date. */
const withoutDates = (xml: string): string =>
  xml.replace(/(<dcterms:(created|modified) [^>]*>)[^<]*/g, '$1');

beforeEach(() => clearSharedParts());

describe('renderLetterDocx against docx Packer.pack', () => {
  it.each(VARIANTS)('%s: same parts, same order, same content', async (_, docType, c) => {
    const model = modelOf(docType, c);
    const ours = unzipSync(await renderLetterDocx(model));
    const theirs = unzipSync(await Packer.pack(buildLetterDocument(model), 'uint8array'));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const path of Object.keys(theirs)) {
      if (path.startsWith('word/media/')) {
        expect(ours[path]).toEqual(theirs[path]);
      } else {
        expect(withoutDates(text(ours, path)), path).toBe(withoutDates(text(theirs, path)));
      }
    }
  });

  it('dates the core properties with the issue date, not the clock', async () => {
    const model = modelOf('S4', cases.S4);
    const core = text(unzipSync(await renderLetterDocx(model)), 'docProps/core.xml');
    expect(core).toContain(`>${model.issueDate}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`>${model.issueDate}T00:00:00Z</dcterms:modified>`);
  });
});

describe('shared parts', () => {
  it('gives the same bytes for the same letter, before and after the shared parts are kept', async () => {
    const model = modelOf('S4', cases.S4);
    const first = await renderLetterDocx(model);
    expect(countSharedParts()).toBe(1);
    const second = await renderLetterDocx(model);
    clearSharedParts();
    const third = await renderLetterDocx(modelOf('S4', cases.S4));
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('packs a letter after another kind of letter filled the shared parts as it packs it alone', async () => {
    const dossier = modelOf('D2', cases.D2);
    const alone = await renderLetterDocx(dossier);
    clearSharedParts();
    for (const id of DOC_TYPE_IDS) await renderLetterDocx(modelOf(id, cases[id]));
    expect(await renderLetterDocx(dossier)).toEqual(alone);
  });

  it('keeps each school its own logo and name when letters of two schools alternate', async () => {
    const ours = modelOf('S4', cases.S4);
    const theirs = modelOf('S4', withSchool(cases.S4, otherSchool));
    const bare = modelOf('S4', withSchool(cases.S4, { logo: null }));
    for (let round = 0; round < 2; round += 1) {
      const a = unzipSync(await renderLetterDocx(ours));
      const b = unzipSync(await renderLetterDocx(theirs));
      const c = unzipSync(await renderLetterDocx(bare));
      expect(a['word/media/image1.png']).toEqual(fixtureSchool.logo?.bytes);
      expect(b['word/media/image1.png']).toEqual(otherLogo);
      expect(Object.keys(c).filter((p) => p.startsWith('word/media/'))).toEqual([]);
      const headersOf = (files: Record<string, Uint8Array>): string =>
        Object.keys(files)
          .filter((p) => /^word\/header\d+\.xml$/.test(p))
          .map((p) => text(files, p))
          .join('');
      expect(headersOf(a)).toContain('Het Noorderlicht College');
      expect(headersOf(a)).not.toContain('Zuiderlicht');
      expect(headersOf(b)).toContain('Het Zuiderlicht Lyceum');
      expect(headersOf(b)).not.toContain('Noorderlicht');
      expect(headersOf(c)).not.toContain('r:embed');
    }
    expect(countSharedParts()).toBe(3);
  });

  it('reads the same through mammoth with and without kept shared parts, per school', async () => {
    const theirs = modelOf('S4', withSchool(cases.S4, otherSchool));
    await renderLetterDocx(modelOf('S4', cases.S4));
    const warm = await renderLetterDocx(theirs);
    clearSharedParts();
    const cold = await renderLetterDocx(theirs);
    const read = async (bytes: Uint8Array) =>
      (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(await read(warm)).toBe(await read(cold));
    expect(await read(warm)).toContain('Besluit schorsing');
  });
});

describe('the zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-letter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in JSZip with every part intact', async () => {
    const bytes = await renderLetterDocx(modelOf('S4', cases.S4));
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names).toContain('word/document.xml');
    expect(names).toContain('[Content_Types].xml');
    const document = await zip.file('word/document.xml')?.async('string');
    expect(document).toContain('Besluit schorsing Jan de Vries');
    for (const name of names) await zip.file(name)?.async('uint8array');
    // Dated by the letter (23 November 2026), not by the clock.
    expect(zip.files['word/document.xml']?.date.getFullYear()).toBe(2026);
  });

  it.skipIf(spawnSync('sh', ['-c', 'command -v unzip']).status !== 0)(
    'passes unzip -t',
    async () => {
      const file = join(dir, 'D2.docx');
      writeFileSync(file, await renderLetterDocx(modelOf('D2', cases.D2)));
      const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(result.stdout).toContain('No errors detected');
      expect(result.status).toBe(0);
    },
  );
});
