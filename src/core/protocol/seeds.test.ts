import { describe, expect, it } from 'vitest';
import { SUBJECT_TYPES } from '../glossary';
import { MEASURES } from '../engine/measures';
import { getProtocol, isBuiltInProtocolId, listBuiltInProtocols } from './registry';
import { listArticles, type Ladder, type Protocol } from './schema';
import { validateProtocol } from './json';
import {
  aeresProtocol,
  askoProtocol,
  BUILT_IN_PROTOCOLS,
  hogelandProtocol,
  liudgerProtocol,
  modelProtocol,
  opoaProtocol,
} from './seeds';

/** Words of the measures the protocol itself names, in its own order. */
const namedWording = (ladder: Ladder): string[] =>
  ladder.kind === 'protocol'
    ? ladder.steps.filter((s) => s.source === 'protocol').map((s) => s.wording)
    : [];

// Article counts per section, counted from the seed texts in shared/seeds.
const sectionCounts: [string, Protocol, Record<string, number>, number][] = [
  ['000 Het Hogeland College', hogelandProtocol, { U: 5, R: 2, A: 7, B: 2, C: 3, D: 4, S: 6 }, 29],
  ['001 OPOA', opoaProtocol, { I: 1, P: 4, CU: 4, CO: 7, G: 2, O: 3, B1: 1 }, 22],
  [
    '002 Aeres MBO',
    aeresProtocol,
    { '1.1': 1, '1.2': 5, '1.3': 5, '1.4': 5, '1.5': 2, '2.1': 1, '2.2': 1, '2.3': 1 },
    21,
  ],
  ['003 ASKO', askoProtocol, { U: 5, R: 2, A: 7, B: 3, C: 4, D: 6 }, 27],
  ['004 CSG Liudger', liudgerProtocol, { U: 5, R: 2, A: 9, B: 4, C: 4, S: 7 }, 31],
];

describe('seed protocol templates', () => {
  it.each(sectionCounts)(
    '%s has every article of the seed text',
    (_name, protocol, counts, total) => {
      const actual = Object.fromEntries(protocol.sections.map((s) => [s.id, s.articles.length]));
      expect(actual).toEqual(counts);
      expect(listArticles(protocol)).toHaveLength(total);
    },
  );

  it.each(BUILT_IN_PROTOCOLS.map((p) => [p.id, p] as const))(
    '%s passes its own schema and cross-reference checks',
    (_id, protocol) => {
      const result = validateProtocol(JSON.parse(JSON.stringify(protocol)));
      expect(result.ok ? 'ok' : result.error.messageNl).toBe('ok');
    },
  );

  it.each([
    [
      '000 staff',
      hogelandProtocol,
      'medewerker',
      ['waarschuwing', 'berisping', 'schorsing', 'ontslag', 'inhouding bezoldiging'],
    ],
    ['000 pupils', hogelandProtocol, 'leerling', ['waarschuwing', 'verwijdering van school']],
    [
      '001 staff',
      opoaProtocol,
      'medewerker',
      ['waarschuwing', 'schorsing', 'berisping', 'ontslag', 'ontslag op staande voet'],
    ],
    [
      '003 staff',
      askoProtocol,
      'medewerker',
      ['waarschuwing', 'schorsing', 'berisping', 'ontslag', 'ontslag op staande voet'],
    ],
    [
      '003 pupils',
      askoProtocol,
      'leerling',
      ['waarschuwing', 'schorsing', 'verwijdering van school'],
    ],
    [
      '004 staff',
      liudgerProtocol,
      'medewerker',
      ['waarschuwing', 'schorsing', 'berisping', 'ontslag', 'ontslag op staande voet'],
    ],
    [
      '004 pupils',
      liudgerProtocol,
      'leerling',
      [
        'in bewaring nemen van devices',
        '(laten) verwijderen van berichten en/of beelden',
        'waarschuwing',
        'schorsing',
        'verwijdering van school',
      ],
    ],
  ] as const)('%s ladder keeps the protocol order', (_name, protocol, subject, wording) => {
    expect(namedWording(protocol.ladders[subject])).toEqual(wording);
  });

  it('maps each named measure to the type domain.md §8 gives it', () => {
    const types =
      hogelandProtocol.ladders.medewerker.kind === 'protocol'
        ? hogelandProtocol.ladders.medewerker.steps.map((s) => s.type)
        : [];
    expect(types).toEqual(['informeel', 'cao', 'cao', 'bw', 'cao']);
    const pupil =
      liudgerProtocol.ladders.leerling.kind === 'protocol'
        ? liudgerProtocol.ladders.leerling.steps.map((s) => s.type)
        : [];
    expect(pupil).toEqual([
      'ordemaatregel',
      'ordemaatregel',
      'informeel',
      'wettelijk',
      'wettelijk',
    ]);
  });

  it('000 names only the ends of the pupil range, so measures in between are in range', () => {
    const ladder = hogelandProtocol.ladders.leerling;
    expect(ladder.kind === 'protocol' && ladder.range).toBe(true);
  });

  it('001 OPOA has no pupil or parent measures and says so', () => {
    for (const subject of ['leerling', 'ouder'] as const) {
      const ladder = opoaProtocol.ladders[subject];
      expect(ladder.kind).toBe('geen');
      if (ladder.kind === 'geen') expect(ladder.reasonNl).toMatch(/alleen voor medewerkers/);
    }
    expect(opoaProtocol.reporting.vertrouwensinspecteur.applies).toBe(false);
    expect(opoaProtocol.reporting.aangifte.mode).toBe('geen');
  });

  it('002 Aeres lists no ladder and refers to WEB 8.1.7c-d and the CAO mbo', () => {
    const { leerling, medewerker } = aeresProtocol.ladders;
    expect(leerling.kind).toBe('wettelijk');
    expect(medewerker.kind).toBe('wettelijk');
    if (leerling.kind === 'wettelijk') {
      expect(leerling.basis).toMatch(/WEB art\. 8\.1\.7c-d/);
      expect(leerling.steps.map((s) => s.measure)).toEqual([
        'waarschuwing',
        'schorsing',
        'verwijdering',
      ]);
    }
    if (medewerker.kind === 'wettelijk') {
      expect(medewerker.basis).toMatch(/CAO mbo/);
      expect(medewerker.steps.map((s) => s.measure)).toEqual([
        'schriftelijkeBerisping',
        'schorsingDisciplinair',
        'overplaatsing',
        'ontslag',
      ]);
    }
  });

  it.each([
    [hogelandProtocol, 'zal', true, 'S.2'],
    [opoaProtocol, 'geen', false, null],
    [aeresProtocol, 'zal', false, null],
    [askoProtocol, 'kan', true, 'D.2'],
    [liudgerProtocol, 'kan', true, 'S.3'],
  ] as const)('%#: aangifte %s, vertrouwensinspecteur %s', (protocol, mode, vi, viRef) => {
    expect(protocol.reporting.aangifte.mode).toBe(mode);
    expect(protocol.reporting.vertrouwensinspecteur.applies).toBe(vi);
    expect(protocol.reporting.vertrouwensinspecteur.articleRef).toBe(viRef);
    if (vi) expect(protocol.reporting.vertrouwensinspecteur.phone).toBe('0900-1113111');
  });

  it.each([
    [hogelandProtocol, 'S.1', 'S.4'],
    [opoaProtocol, 'G.1', null],
    [askoProtocol, 'D.1', 'D.4'],
    [liudgerProtocol, 'S.2', 'S.5'],
  ] as const)(
    '%#: correspondence goes to the personeelsdossier / leerlingendossier',
    (p, staffRef, pupilRef) => {
      expect(p.correspondence.medewerker).toEqual({
        dossier: 'personeelsdossier',
        articleRef: staffRef,
      });
      expect(p.correspondence.leerling?.articleRef ?? null).toBe(pupilRef);
    },
  );

  it('ladder steps only use measures that fit the subject', () => {
    for (const p of BUILT_IN_PROTOCOLS) {
      for (const subject of SUBJECT_TYPES) {
        const ladder = p.ladders[subject];
        if (ladder.kind === 'geen') continue;
        for (const s of [...ladder.steps, ...ladder.supplementary]) {
          expect(MEASURES[s.measure].subjects, `${p.id} ${subject} ${s.measure}`).toContain(
            subject,
          );
        }
      }
    }
  });

  it('the model protocol covers every subject and sector', () => {
    expect(modelProtocol.isModel).toBe(true);
    expect(modelProtocol.sector).toBeNull();
    for (const subject of SUBJECT_TYPES)
      expect(modelProtocol.ladders[subject].kind).toBe('protocol');
  });
});

describe('protocol registry', () => {
  it('lists the five seeds in order and the model last', () => {
    expect(listBuiltInProtocols().map((p) => p.id)).toEqual([
      'seed-000-hogeland-college',
      'seed-001-opoa',
      'seed-002-aeres-mbo',
      'seed-003-asko',
      'seed-004-csg-liudger',
      'model-generiek',
    ]);
  });

  it('finds built-in and imported protocols by id', () => {
    expect(getProtocol('seed-003-asko')).toBe(askoProtocol);
    const imported = { ...modelProtocol, id: 'school-x' } as Protocol;
    expect(getProtocol('school-x', [imported])).toBe(imported);
    expect(getProtocol('onbekend')).toBeUndefined();
    expect(isBuiltInProtocolId('seed-001-opoa')).toBe(true);
    expect(isBuiltInProtocolId('school-x')).toBe(false);
  });
});
