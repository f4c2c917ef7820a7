import { describe, expect, it } from 'vitest';
import {
  assessSeverity,
  EMPTY_SEVERITY_ANSWERS,
  overrideSeverity,
  SEVERITY_QUESTIONS,
  type SeverityAnswers,
} from './severity';

const answers = (a: Partial<SeverityAnswers>): SeverityAnswers => ({
  ...EMPTY_SEVERITY_ANSWERS,
  ...a,
});

describe('assessSeverity', () => {
  it.each([
    ['a formal breach without harm', {}, 'S1'],
    ['a harmless post with limited reach', { reach: 'beperkt' }, 'S1'],
    ['images without consent', { imagesWithoutConsent: true }, 'S2'],
    ['confidential information', { personalDataOrConfidential: true }, 'S2'],
    ['an identifiable victim, limited reach', { identifiableVictim: true, reach: 'beperkt' }, 'S2'],
    ['wide reach alone', { reach: 'breed' }, 'S2'],
    ['targeted pesten', { targetedAtPerson: true, identifiableVictim: true }, 'S3'],
    ['wide reach of images without consent', { imagesWithoutConsent: true, reach: 'breed' }, 'S3'],
    ['lasting harm', { lastingHarm: true }, 'S3'],
    ['a data breach', { dataBreach: true }, 'S3'],
    ['sexual character', { sexualCharacter: true }, 'S4'],
    ['credible threats or hacking', { criminalCharacter: true }, 'S4'],
    [
      'a minor as identifiable victim raises S2 to S3',
      { identifiableVictim: true, minorInvolved: true },
      'S3',
    ],
    ['an ignored instruction raises S1 to S2', { earlierInstructionIgnored: true }, 'S2'],
    [
      'quick removal and self-report lower S2 to S1',
      { imagesWithoutConsent: true, removedQuickly: true, selfReported: true },
      'S1',
    ],
    [
      'quick removal alone does not lower',
      { imagesWithoutConsent: true, removedQuickly: true },
      'S2',
    ],
    ['a young pupil lowers S3 to S2', { targetedAtPerson: true, subjectAge: 10 }, 'S2'],
    [
      'modifiers never raise into S4',
      {
        targetedAtPerson: true,
        identifiableVictim: true,
        minorInvolved: true,
        earlierInstructionIgnored: true,
      },
      'S3',
    ],
    [
      'mitigation never lowers S4',
      { sexualCharacter: true, removedQuickly: true, selfReported: true, subjectAge: 11 },
      'S4',
    ],
    [
      'up and down modifiers cancel out',
      {
        imagesWithoutConsent: true,
        earlierInstructionIgnored: true,
        removedQuickly: true,
        selfReported: true,
      },
      'S2',
    ],
  ] as const)('%s → %s', (_label, partial, level) => {
    const result = assessSeverity(answers(partial));
    expect(result.computedLevel).toBe(level);
    expect(result.level).toBe(level);
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.override).toBeNull();
  });

  it('gives the reasons in Dutch', () => {
    const r = assessSeverity(answers({ targetedAtPerson: true, earlierInstructionIgnored: true }));
    expect(r.reasons.map((x) => x.text.nl)).toEqual([
      'Gericht tegen een persoon (pesten, zwartmaken, discriminatie of bedreiging)',
      'Een eerdere aanwijzing is genegeerd',
    ]);
    expect(r.reasons[1]?.effect).toBe('verzwarend');
  });

  it('asks a question for every answer field', () => {
    expect(SEVERITY_QUESTIONS.map((q) => q.id).sort()).toEqual(
      Object.keys(EMPTY_SEVERITY_ANSWERS).sort(),
    );
    for (const q of SEVERITY_QUESTIONS) expect(q.label.nl.length).toBeGreaterThan(0);
  });
});

describe('overrideSeverity', () => {
  const base = assessSeverity(answers({ imagesWithoutConsent: true }));

  it('keeps the computed level and records the motivation', () => {
    const r = overrideSeverity(base, 'S3', '  Beelden zijn door honderden leerlingen gedeeld. ');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.assessment.level).toBe('S3');
      expect(r.assessment.computedLevel).toBe('S2');
      expect(r.assessment.override).toEqual({
        level: 'S3',
        motivation: 'Beelden zijn door honderden leerlingen gedeeld.',
      });
    }
  });

  it.each(['', '   ', 'te kort'])(
    'refuses an override without a real motivation (%j)',
    (motivation) => {
      const r = overrideSeverity(base, 'S1', motivation);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.kind).toBe('motivatie-ontbreekt');
        expect(r.error.messageNl).toContain('motivering');
      }
    },
  );
});
