import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../calendar/calendar';
import { getRule, listRules, RULES } from './catalogue';
import { CHECK_LABEL, needsCheck, RULE_MARKERS } from './legalRule';

describe('rule catalogue', () => {
  it.each(listRules().map((r) => [r.id, r] as const))(
    '%s carries a legal basis, valid-from date and marker',
    (id, rule) => {
      expect(rule.id).toBe(id);
      expect(rule.legalBasis.trim()).not.toBe('');
      expect(rule.titleNl.trim()).not.toBe('');
      expect(rule.titleEn.trim()).not.toBe('');
      expect(isIsoDate(rule.validFrom)).toBe(true);
      expect(RULE_MARKERS).toContain(rule.marker);
    },
  );

  it.each([
    ['V', false],
    ['S', false],
    ['S/U', true],
    ['U', true],
    ['U-art.', true],
  ] as const)('marker %s needs a check: %s', (marker, expected) => {
    expect(needsCheck({ marker })).toBe(expected);
  });

  it.each([
    ['schorsingPo', 'WPO art. 40c', '2014-08-01', 'V'],
    ['schorsingVo', 'WVO 2020 art. 8.14', '2021-08-01', 'V'],
    ['schorsingMbo', 'WEB art. 8.1.7c', '2023-08-01', 'V'],
    ['verwijderingMbo', 'WEB art. 8.1.7d lid 2', '2023-08-01', 'V'],
    ['arbeidsovereenkomstWnra', 'Wnra-onderwijs; CAO; BW boek 7', '2020-01-01', 'S'],
    ['ontslagOpStaandeVoet', 'BW art. 7:677 lid 1 en 7:678', '2015-07-01', 'U'],
    ['datalekMelding', 'AVG art. 33 lid 1 en 5, art. 34', '2018-05-25', 'U-art.'],
  ] as const)('%s: %s, valid from %s, marker %s', (id, basis, validFrom, marker) => {
    expect(getRule(id)).toMatchObject({ legalBasis: basis, validFrom, marker });
  });

  it('flags the unconfirmed rules domain.md marks [U]', () => {
    const flagged = listRules()
      .filter(needsCheck)
      .map((r) => r.id);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'hoorplichtSchorsing',
        'zienswijzeTermijn',
        'inhoudingBezoldiging',
        'osvOnverwijldDrempel',
        'verbodOuderAwbBesluit',
        'ernstMatrix',
      ]),
    );
    expect(flagged).not.toContain('schorsingVo');
    expect(CHECK_LABEL.nl).toBe('controleer');
  });

  it('has unique ids', () => {
    expect(new Set(Object.keys(RULES)).size).toBe(listRules().length);
  });
});
