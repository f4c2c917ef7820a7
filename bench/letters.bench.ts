/**
 * Letter build time: the `docx` path (model + Packer to bytes) next to docxtemplater + pizzip
 * filling an equivalent template in the same run, and a case dossier with 200 evidence items.
 */
import { Document, Packer, Paragraph } from 'docx';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { loadavg } from 'node:os';
import { expect, it } from 'vitest';
import { clearSharedParts } from '../src/core/letters/docx/packLetter';
import { renderLetterDocx } from '../src/core/letters/docx/renderLetterDocx';
import { buildLetterModel } from '../src/core/letters/model/buildLetterModel';
import type { Block, LetterCase, LetterModel } from '../src/core/letters/model/types';
import {
  baseStudentCase,
  fixtureCases,
  makeEvidence,
} from '../src/core/letters/testing/letterFixtures';
import { percentile, recordMeasure, round, sampleMs } from './lib/record';

const LETTER_RUNS = 300;
const DOSSIER_RUNS = 80;
const COLD_RUNS = 40;
const WARMUP = 20;

const modelOf = (docType: 'S4' | 'D2', c: LetterCase): LetterModel => {
  const built = buildLetterModel(docType, c);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.value;
};

type TemplateData = Record<string, string | string[]>;

/** Other work on the machine skews wall-clock figures; the report says how busy it was. */
const loadNote = (): string =>
  `1-minute load average at the end of the run: ${round(loadavg()[0] ?? 0)}`;

/**
 * The same letter with every text replaced by a docxtemplater tag, rendered by the same
 * layout code: the template a docxtemplater-based product would ship. Lists become
 * paragraph loops, so the filled document has the same paragraphs as the `docx` one.
 */
const templateFor = (
  model: LetterModel,
): { template: LetterModel; fill: (m: LetterModel) => TemplateData } => {
  const tagBlocks = (blocks: Block[], prefix: string): Block[] =>
    blocks.map((b, i) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return { ...b, text: `{${prefix}${i}}` };
        case 'list':
          return { ...b, items: [`{#${prefix}${i}}{.}{/${prefix}${i}}`] };
        default:
          return b;
      }
    });
  const template: LetterModel = {
    ...model,
    addressLines: model.addressLines.map((_, i) => `{a${i}}`),
    reference: model.reference.map((r, i) => ({ label: r.label, value: `{r${i}}` })),
    salutation: '{salutation}',
    body: tagBlocks(model.body, 'b'),
    appealClause: model.appealClause ? tagBlocks(model.appealClause, 'c') : null,
    signature: {
      name: '{signerName}',
      functionTitle: '{signerFunction}',
      mandate: '{signerMandate}',
    },
  };
  const blockData = (blocks: Block[], prefix: string, data: TemplateData): void => {
    blocks.forEach((b, i) => {
      if (b.type === 'paragraph' || b.type === 'heading') data[`${prefix}${i}`] = b.text;
      if (b.type === 'list') data[`${prefix}${i}`] = b.items;
    });
  };
  const fill = (m: LetterModel): TemplateData => {
    const data: TemplateData = {
      salutation: m.salutation ?? '',
      signerName: m.signature?.name ?? '',
      signerFunction: m.signature?.functionTitle ?? '',
      signerMandate: m.signature?.mandate ?? '',
    };
    m.addressLines.forEach((line, i) => (data[`a${i}`] = line));
    m.reference.forEach((r, i) => (data[`r${i}`] = r.value));
    blockData(m.body, 'b', data);
    blockData(m.appealClause ?? [], 'c', data);
    return data;
  };
  return { template, fill };
};

it('letter build time: docx next to docxtemplater, and a 200-item dossier', async () => {
  const letterCase = fixtureCases().S4;
  const reference = modelOf('S4', letterCase);
  const { template, fill } = templateFor(reference);
  const templateBytes = await renderLetterDocx(template);

  const buildWithDocx = async (): Promise<Uint8Array> =>
    renderLetterDocx(modelOf('S4', letterCase));
  const buildWithDocxtemplater = (): Uint8Array => {
    const doc = new Docxtemplater(new PizZip(templateBytes), {
      paragraphLoop: true,
      linebreaks: true,
    });
    doc.render(fill(modelOf('S4', letterCase)));
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };

  // Both paths produce a document of the same size class, so the comparison is fair.
  const docxBytes = await buildWithDocx();
  const templaterBytes = buildWithDocxtemplater();
  expect(docxBytes.length).toBeGreaterThan(5_000);
  expect(templaterBytes.length).toBeGreaterThan(5_000);

  // The floor: docx packing a document with one paragraph and none of the letter's parts.
  const buildEmpty = (): Promise<Uint8Array> =>
    Packer.pack(new Document({ sections: [{ children: [new Paragraph('')] }] }), 'uint8array');

  // Alternate the three paths run by run, so machine noise hits them alike.
  const paths = [buildWithDocx, buildWithDocxtemplater, buildEmpty];
  const samples: number[][] = paths.map(() => []);
  // CPU time of this process per build: less sensitive than wall time to other work on the machine.
  const cpuSamples: number[][] = paths.map(() => []);
  for (let run = 0; run < LETTER_RUNS + WARMUP; run += 1) {
    for (const [i, build] of paths.entries()) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await build();
      const elapsed = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      if (run >= WARMUP) {
        samples[i]?.push(elapsed);
        cpuSamples[i]?.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  const [docxSamples = [], templaterSamples = [], floorSamples = []] = samples;
  const [docxCpu = [], templaterCpu = [], floorCpu = []] = cpuSamples;
  const floorP50 = percentile(floorSamples, 50);
  const cpuNote = `CPU time p50: docx ${round(percentile(docxCpu, 50))} ms, docxtemplater ${round(percentile(templaterCpu, 50))} ms, empty docx ${round(percentile(floorCpu, 50))} ms`;
  const docxP50 = percentile(docxSamples, 50);
  const docxP95 = percentile(docxSamples, 95);
  const tplP50 = percentile(templaterSamples, 50);
  const tplP95 = percentile(templaterSamples, 95);

  recordMeasure('letter-build-docx', {
    label:
      'Two-page letter (besluit schorsing): model + docx components to .docx bytes (parts every letter of a school shares are kept)',
    unit: 'ms',
    value: round(docxP50),
    p50: round(docxP50),
    p95: round(docxP95),
    target: "p95 ≤ 10 ms and p50 ≤ docxtemplater's p50",
    meetsTarget: docxP95 <= 10 && docxP50 <= tplP50,
    notes: `${docxSamples.length} runs in Node ${process.version}, alternating with docxtemplater and the empty document; logo PNG in the letterhead; ${docxBytes.length} bytes. An empty docx document takes p50 ${round(floorP50)} ms in the same run. ${cpuNote}. ${loadNote()}`,
  });
  recordMeasure('letter-build-docxtemplater', {
    label: 'Same letter: model + docxtemplater/pizzip filling an equivalent template',
    unit: 'ms',
    value: round(tplP50),
    p50: round(tplP50),
    p95: round(tplP95),
    notes: `${templaterSamples.length} runs, same process, alternating with the docx runs; ${templaterBytes.length} bytes. ${cpuNote}`,
  });

  recordMeasure('docx-empty-document', {
    label: 'For context: the docx Packer on an empty one-paragraph document',
    unit: 'ms',
    value: round(floorP50),
    p50: round(floorP50),
    p95: round(percentile(floorSamples, 95)),
    notes:
      'Context for the letter figures: the fixed cost of docx (styles, theme, numbering, zip) per document',
  });

  // The first letter of a school in a session: the shared parts (styles, theme, numbering,
  // logo) and the stamped rows' and paragraphs' prototypes are not kept yet, so docx packs
  // the whole document once more to provide them.
  const coldSamples = await sampleMs(
    async () => {
      clearSharedParts();
      await buildWithDocx();
    },
    COLD_RUNS,
    5,
  );
  recordMeasure('letter-build-docx-cold', {
    label: 'Same letter, first of its school in a session (nothing kept yet)',
    unit: 'ms',
    value: round(percentile(coldSamples, 50)),
    p50: round(percentile(coldSamples, 50)),
    p95: round(percentile(coldSamples, 95)),
    notes: `${coldSamples.length} runs, each after clearing the kept shared parts and prototypes: the one-off cost per school, logo and list set. ${loadNote()}`,
  });

  const dossierCase: LetterCase = {
    ...baseStudentCase(),
    recipient: null,
    docNumber: 10,
    evidence: makeEvidence(200),
  };
  const buildDossier = async (): Promise<Uint8Array> =>
    renderLetterDocx(modelOf('D2', dossierCase));
  const dossierCpuStart = process.cpuUsage();
  const dossierSamples = await sampleMs(buildDossier, DOSSIER_RUNS, 10);
  const dossierCpu = process.cpuUsage(dossierCpuStart);
  // Mean CPU time per build, warm-up included.
  const dossierCpuMean = (dossierCpu.user + dossierCpu.system) / 1000 / (DOSSIER_RUNS + 10);
  const dP50 = percentile(dossierSamples, 50);
  const dP95 = percentile(dossierSamples, 95);
  recordMeasure('dossier-200-evidence', {
    label:
      'Case dossier with 200 evidence items (SHA-256 table): model + docx components to .docx bytes',
    unit: 'ms',
    value: round(dP50),
    p50: round(dP50),
    p95: round(dP95),
    target: 'p95 ≤ 50 ms',
    meetsTarget: dP95 <= 50,
    notes: `${dossierSamples.length} runs in Node ${process.version}; two-column evidence table; mean CPU time ${round(dossierCpuMean)} ms per build. ${loadNote()}`,
  });

  console.info(
    `letter docx p50 ${round(docxP50)} / p95 ${round(docxP95)} ms; empty docx p50 ${round(floorP50)} ms; docxtemplater p50 ${round(tplP50)} / p95 ${round(tplP95)} ms; dossier p50 ${round(dP50)} / p95 ${round(dP95)} ms`,
  );
  expect(docxSamples).toHaveLength(LETTER_RUNS);
});
