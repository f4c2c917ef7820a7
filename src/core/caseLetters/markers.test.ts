import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from './timeline';
import { findMarkers, markMissing } from './markers';
import { phraseMeasure, phraseMeasures } from './measurePhrase';

describe('markers', () => {
  it('finds markers in any case, as the address block prints places in capitals', () => {
    const text = `${markMissing('datum voorval')} en ${markMissing('plaats').toUpperCase()}`;
    expect(findMarkers(text)).toEqual(['datum voorval', 'plaats']);
  });

  it('finds nothing in ordinary text with brackets', () => {
    expect(findMarkers('Zie [bijlage 1] en (artikel 7)')).toEqual([]);
  });
});

describe('phraseMeasure', () => {
  it.each([
    ['schorsing', 3, 'schooldagen', 'een schorsing van drie schooldagen'],
    ['schorsing', 1, 'schooldagen', 'een schorsing van één schooldag'],
    ['schorsingDisciplinair', 14, 'kalenderdagen', 'een disciplinaire schorsing van 14 dagen'],
    ['schorsing', null, 'schooldagen', 'een schorsing'],
    ['verwijdering', 5, 'schooldagen', 'verwijdering van school'],
    ['schriftelijkeBerisping', null, 'kalenderdagen', 'een schriftelijke berisping'],
  ] as const)('%s, %s %s → %s', (kind, days, unit, expected) => {
    expect(phraseMeasure(kind, days, unit).nl).toBe(expected);
  });

  it('joins accompanying measures', () => {
    expect(phraseMeasures(['berichtLatenVerwijderen', 'apparaatInBewaring', 'gesprek']).nl).toBe(
      'de opdracht het bericht te verwijderen, het in bewaring nemen van de telefoon tot het einde van de schooldag en een gesprek',
    );
  });
});

describe('describeTimelineEntry', () => {
  it.each([
    ['created', { title: 'Meme' }, 'Zaak aangemaakt: Meme (A. Directeur)'],
    ['decisionTaken', { measure: 'schorsing' }, 'Besluit vastgelegd: schorsing (A. Directeur)'],
    [
      'hearingAdded',
      { hearingKind: 'hoorzitting', date: '2026-12-03' },
      'Hoorzitting vastgelegd op 3 december 2026 (A. Directeur)',
    ],
    [
      'statusChanged',
      { status: 'besluitGenomen' },
      'Status gewijzigd: besluit genomen (A. Directeur)',
    ],
    [
      'letterIssued',
      { title: 'Besluit schorsing', version: 2, kenmerk: '12AB-2026-0042-03' },
      'Besluit schorsing uitgegeven (versie 2), kenmerk 12AB-2026-0042-03 (A. Directeur)',
    ],
    ['somethingNew', {}, 'Zaak bijgewerkt (A. Directeur)'],
  ] as const)('%s', (kind, data, expected) => {
    expect(
      describeTimelineEntry({ at: '2026-11-23T10:00', kind, actor: 'A. Directeur', data }).label,
    ).toBe(expected);
  });
});
