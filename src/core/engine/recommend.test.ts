import { describe, expect, it } from 'vitest';
import type { HistoryLevel, MeasureKind, Sector, SeverityLevel } from '../glossary';
import {
  aeresProtocol,
  askoProtocol,
  hogelandProtocol,
  liudgerProtocol,
  modelProtocol,
  opoaProtocol,
} from '../protocol/seeds';
import type { Protocol } from '../protocol/schema';
import {
  recommendMeasure,
  type Recommendation,
  type RecommendationInput,
  type RecommendationResult,
} from './recommend';

function advice(result: RecommendationResult): Recommendation {
  if (result.kind !== 'advies') throw new Error(`expected advice, got ${result.messageNl}`);
  return result;
}

const run = (
  input: Partial<RecommendationInput> &
    Pick<RecommendationInput, 'subject' | 'severity' | 'history'>,
  protocol: Protocol = modelProtocol,
) => recommendMeasure({ sector: 'VO', ...input }, protocol);

type Row = [
  SeverityLevel,
  HistoryLevel,
  MeasureKind,
  Partial<{
    alternatives: MeasureKind[];
    interim: MeasureKind;
    consider: MeasureKind[];
    days: [number, number];
    signals: string[];
  }>,
];

// domain.md §7, staff table.
const staffRows: Row[] = [
  ['S1', 'H0', 'waarschuwing', {}],
  ['S1', 'H1', 'schriftelijkeBerisping', {}],
  ['S1', 'H2', 'schriftelijkeBerisping', { alternatives: ['schorsingDisciplinair'] }],
  ['S2', 'H0', 'schriftelijkeBerisping', {}],
  ['S2', 'H1', 'schriftelijkeBerisping', { alternatives: ['schorsingDisciplinair'] }],
  ['S2', 'H2', 'schorsingDisciplinair', { consider: ['ontslag'] }],
  ['S3', 'H0', 'schorsingDisciplinair', { interim: 'schorsingOrdemaatregel' }],
  [
    'S3',
    'H1',
    'schorsingDisciplinair',
    { interim: 'schorsingOrdemaatregel', consider: ['ontslag'] },
  ],
  [
    'S3',
    'H2',
    'ontslag',
    { alternatives: ['ontslagOpStaandeVoet'], interim: 'schorsingOrdemaatregel' },
  ],
  [
    'S4',
    'H0',
    'schorsingOrdemaatregel',
    { consider: ['ontslagOpStaandeVoet'], signals: ['meldplichtCheck', 'aangifte'] },
  ],
  [
    'S4',
    'H1',
    'schorsingOrdemaatregel',
    { consider: ['ontslagOpStaandeVoet'], signals: ['meldplichtCheck', 'aangifte'] },
  ],
  [
    'S4',
    'H2',
    'schorsingOrdemaatregel',
    { consider: ['ontslagOpStaandeVoet'], signals: ['meldplichtCheck', 'aangifte'] },
  ],
];

// domain.md §7, students table (VO: maximum 5 school days).
const studentRows: Row[] = [
  ['S1', 'H0', 'waarschuwing', {}],
  ['S1', 'H1', 'sanctieSchoolregels', {}],
  ['S1', 'H2', 'schorsing', { days: [1, 1] }],
  ['S2', 'H0', 'waarschuwing', {}],
  ['S2', 'H1', 'schorsing', { days: [1, 2], signals: ['isdMelding'] }],
  ['S2', 'H2', 'schorsing', { days: [1, 5], signals: ['isdMelding'] }],
  ['S3', 'H0', 'schorsing', { days: [1, 5], signals: ['isdMelding'] }],
  [
    'S3',
    'H1',
    'schorsing',
    { days: [1, 5], consider: ['verwijdering'], signals: ['isdMelding', 'voornemenVerwijdering'] },
  ],
  ['S3', 'H2', 'verwijdering', { interim: 'schorsing', signals: ['voornemenVerwijdering'] }],
  [
    'S4',
    'H0',
    'schorsing',
    { days: [1, 5], consider: ['verwijdering'], signals: ['aangifte', 'isdMelding'] },
  ],
  [
    'S4',
    'H1',
    'verwijdering',
    { interim: 'schorsing', signals: ['aangifte', 'voornemenVerwijdering'] },
  ],
  [
    'S4',
    'H2',
    'verwijdering',
    { interim: 'schorsing', signals: ['aangifte', 'voornemenVerwijdering'] },
  ],
];

// Parent matrix (domain.md §3 measures in increasing weight).
const parentRows: Row[] = [
  ['S1', 'H0', 'gesprek', {}],
  ['S1', 'H1', 'waarschuwing', {}],
  ['S1', 'H2', 'afsprakenOmgangsvormen', {}],
  ['S2', 'H0', 'waarschuwing', {}],
  ['S2', 'H1', 'afsprakenOmgangsvormen', {}],
  ['S2', 'H2', 'contactverbod', {}],
  ['S3', 'H0', 'afsprakenOmgangsvormen', { alternatives: ['contactverbod'] }],
  ['S3', 'H1', 'contactverbod', {}],
  ['S3', 'H2', 'toegangsverbod', {}],
  ['S4', 'H0', 'toegangsverbod', { signals: ['aangifte'] }],
  ['S4', 'H1', 'toegangsverbod', { signals: ['aangifte'] }],
  ['S4', 'H2', 'toegangsverbod', { signals: ['aangifte'] }],
];

describe.each([
  ['medewerker', staffRows],
  ['leerling', studentRows],
  ['ouder', parentRows],
] as const)('matrix cells for %s (model protocol, VO)', (subject, rows) => {
  it.each(rows)('%s %s → %s', (severity, history, measure, extra) => {
    const r = advice(run({ subject, severity, history }));
    expect(r.recommended.measure).toBe(measure);
    expect(r.shift).toBe(0);
    for (const alt of extra.alternatives ?? []) {
      expect(r.alternatives.map((a) => a.measure)).toContain(alt);
    }
    expect(r.interim?.measure ?? null).toBe(extra.interim ?? null);
    for (const c of extra.consider ?? []) {
      expect([...r.consider, ...r.alternatives].map((a) => a.measure)).toContain(c);
    }
    expect(r.schorsingDays ? [r.schorsingDays.min, r.schorsingDays.max] : null).toEqual(
      extra.days ?? null,
    );
    expect([...r.signals].sort()).toEqual([...(extra.signals ?? [])].sort());
    expect(r.explanationNl).toContain(`Ernst ${severity}`);
  });
});

describe('sector differences', () => {
  it.each([
    ['PO', 5, true],
    ['VO', 5, true],
    ['MBO', 10, false],
  ] as [Sector, number, boolean][])(
    '%s: schorsing up to the maximum is %i school days; ISD signal %s',
    (sector, max, isd) => {
      const r = advice(
        recommendMeasure(
          { subject: 'leerling', sector, severity: 'S2', history: 'H2' },
          modelProtocol,
        ),
      );
      expect(r.schorsingDays).toEqual({ min: 1, max });
      expect(r.signals.includes('isdMelding')).toBe(isd);
      expect(r.explanationNl).toContain(`het wettelijk maximum is ${max} schooldagen`);
    },
  );

  it.each([
    ['PO', 'WPO art. 40c'],
    ['VO', 'WVO 2020 art. 8.14'],
    ['MBO', 'WEB art. 8.1.7c'],
  ] as [Sector, string][])('%s schorsing cites %s', (sector, basis) => {
    const r = advice(
      recommendMeasure(
        { subject: 'leerling', sector, severity: 'S2', history: 'H1' },
        modelProtocol,
      ),
    );
    expect(r.recommended.rule.legalBasis).toBe(basis);
  });
});

describe('recommendations on each seed protocol', () => {
  it('001 OPOA: a student case returns an explicit "no measures" result, not an invented ladder', () => {
    const r = recommendMeasure(
      { subject: 'leerling', sector: 'PO', severity: 'S3', history: 'H0' },
      opoaProtocol,
    );
    expect(r.kind).toBe('geenMaatregelen');
    if (r.kind === 'geenMaatregelen')
      expect(r.messageNl).toMatch(/noemt geen maatregelen voor leerlingen/);
    expect(
      recommendMeasure(
        { subject: 'ouder', sector: 'PO', severity: 'S1', history: 'H0' },
        opoaProtocol,
      ).kind,
    ).toBe('geenMaatregelen');
  });

  it("001 OPOA staff: uses the protocol's wording and cites Gevolgen art. 2", () => {
    const r = advice(
      recommendMeasure(
        { subject: 'medewerker', sector: 'PO', severity: 'S1', history: 'H1' },
        opoaProtocol,
      ),
    );
    expect(r.recommended).toMatchObject({
      measure: 'schriftelijkeBerisping',
      wording: 'berisping',
      namedInProtocol: true,
    });
    expect(r.explanationNl).toContain(
      "Het protocol noemt 'berisping' als maatregel (Gevolgen bij niet naleven, art. 2)",
    );
    expect(r.explanationNl).toContain('CAO PO');
  });

  it('000 Hogeland staff S4: OSV is offered although the protocol only names ontslag', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'medewerker', sector: 'VO', severity: 'S4', history: 'H0' },
        hogelandProtocol,
      ),
    );
    const osv = r.consider.find((c) => c.measure === 'ontslagOpStaandeVoet');
    expect(osv?.namedInProtocol).toBe(false);
    expect(osv?.needsCheck).toBe(true);
    expect(r.explanationNl).toContain('Aangifte: het protocol schrijft aangifte voor');
  });

  it('000 Hogeland pupils: schorsing lies within the range waarschuwing … verwijdering', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'leerling', sector: 'VO', severity: 'S3', history: 'H0' },
        hogelandProtocol,
      ),
    );
    expect(r.recommended.measure).toBe('schorsing');
    expect(r.explanationNl).toContain('bandbreedte');
    expect(r.explanationNl).toContain(
      'Sancties en gevolgen voor medewerkers en leerlingen, art. 5',
    );
  });

  it('002 Aeres students: derived from WEB 8.1.7c with the two-week maximum', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'leerling', sector: 'MBO', severity: 'S3', history: 'H0' },
        aeresProtocol,
      ),
    );
    expect(r.recommended.measure).toBe('schorsing');
    expect(r.schorsingDays?.max).toBe(10);
    expect(r.explanationNl).toContain('verwijst naar WEB art. 8.1.7c-d');
  });

  it('002 Aeres staff S3 H2: ontbinding under the CAO mbo', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'medewerker', sector: 'MBO', severity: 'S3', history: 'H2' },
        aeresProtocol,
      ),
    );
    expect(r.recommended.measure).toBe('ontslag');
    expect(r.explanationNl).toContain('CAO mbo');
  });

  it('003 ASKO parents: huisrecht measures outside the protocol are marked as such', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'ouder', sector: 'PO', severity: 'S2', history: 'H1' },
        askoProtocol,
      ),
    );
    expect(r.recommended).toMatchObject({
      measure: 'afsprakenOmgangsvormen',
      namedInProtocol: false,
      source: 'huisrecht',
    });
    expect(r.explanationNl).toContain('Het protocol noemt afspraken over omgangsvormen niet');
  });

  it('004 Liudger pupils: device and removal are protocol measures that go with a waarschuwing', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'leerling', sector: 'VO', severity: 'S1', history: 'H0', subjectAge: 14 },
        liudgerProtocol,
      ),
    );
    expect(r.recommended.measure).toBe('waarschuwing');
    expect(r.accompanying.map((a) => a.measure)).toEqual([
      'gesprek',
      'apparaatInBewaring',
      'berichtLatenVerwijderen',
    ]);
    expect(r.accompanying.find((a) => a.measure === 'apparaatInBewaring')?.namedInProtocol).toBe(
      true,
    );
    expect(r.explanationNl).toContain('minderjarig');
  });

  it('cites the articles breached for the offence categories given', () => {
    const r = advice(
      recommendMeasure(
        { subject: 'leerling', sector: 'VO', severity: 'S3', history: 'H0', offences: ['pesten'] },
        liudgerProtocol,
      ),
    );
    expect(r.citations.map((c) => c.ref)).toEqual(['A.8', 'S.6']);
    expect(r.explanationNl).toContain('Overtreden bepaling(en): A. Voor alle gebruikers');
  });
});

describe('aggravating and mitigating circumstances', () => {
  it('two more aggravating than mitigating factors move one step heavier', () => {
    const r = advice(
      run({
        subject: 'medewerker',
        severity: 'S1',
        history: 'H0',
        aggravating: ['herkenbaarSlachtoffer', 'schadeGoedeNaam'],
      }),
    );
    expect(r.recommended.measure).toBe('schriftelijkeBerisping');
    expect(r.shift).toBe(1);
    expect(r.alternatives.map((a) => a.measure)).toContain('waarschuwing');
    expect(r.explanationNl).toContain('één stap zwaarder');
  });

  it('two more mitigating factors move one step lighter', () => {
    const r = advice(
      run({
        subject: 'leerling',
        severity: 'S2',
        history: 'H1',
        mitigating: ['snelVerwijderd', 'zelfGemeldOfExcuses'],
      }),
    );
    expect(r.recommended.measure).toBe('sanctieSchoolregels');
    expect(r.shift).toBe(-1);
    expect(r.explanationNl).toContain('één stap lichter');
  });

  it('one factor on balance does not move the measure', () => {
    const r = advice(
      run({ subject: 'medewerker', severity: 'S2', history: 'H0', aggravating: ['herhaling'] }),
    );
    expect(r.recommended.measure).toBe('schriftelijkeBerisping');
    expect(r.shift).toBe(0);
  });

  it('factors alone never reach verwijdering when the cell does not propose it', () => {
    const r = advice(
      run({
        subject: 'leerling',
        severity: 'S2',
        history: 'H2',
        aggravating: ['herhaling', 'herkenbaarSlachtoffer', 'persoonsgegevens'],
      }),
    );
    expect(r.recommended.measure).toBe('schorsing');
    expect(r.shift).toBe(0);
    expect(r.explanationNl).toContain('eigen afweging');
  });

  it('S4 is never made lighter', () => {
    const r = advice(
      run({
        subject: 'medewerker',
        severity: 'S4',
        history: 'H0',
        mitigating: ['snelVerwijderd', 'zelfGemeldOfExcuses', 'provocatie'],
      }),
    );
    expect(r.recommended.measure).toBe('schorsingOrdemaatregel');
    expect(r.shift).toBe(0);
  });

  it('the staff voorbeeldfunctie does not count against a student', () => {
    const r = advice(
      run({
        subject: 'leerling',
        severity: 'S1',
        history: 'H0',
        aggravating: ['voorbeeldfunctie', 'herhaling'],
      }),
    );
    expect(r.shift).toBe(0);
  });

  it('a criminal or sexual character adds the aangifte and meldplicht signals for staff', () => {
    const r = advice(
      run({
        subject: 'medewerker',
        severity: 'S3',
        history: 'H0',
        aggravating: ['strafbaarOfSeksueel'],
      }),
    );
    expect(r.signals).toEqual(expect.arrayContaining(['aangifte', 'meldplichtCheck']));
  });
});
