import { describe, expect, it } from 'vitest';
import { formatPath, parseProtocolJson, serializeProtocol } from './json';
import { hogelandProtocol, liudgerProtocol, opoaProtocol } from './seeds';

const exported = (): Record<string, unknown> =>
  JSON.parse(serializeProtocol(liudgerProtocol)) as Record<string, unknown>;

/** Applies a change to a deep copy of the exported Liudger protocol and re-serialises it. */
function mutate(change: (p: Record<string, any>) => void): string {
  // `any` keeps these deliberate corruptions of plain JSON short.
  const p = exported() as Record<string, any>;
  change(p);
  return JSON.stringify(p);
}

describe('protocol JSON export and import', () => {
  it.each([hogelandProtocol, opoaProtocol, liudgerProtocol])('round-trips %#', (protocol) => {
    const result = parseProtocolJson(serializeProtocol(protocol));
    expect(result).toEqual({ ok: true, protocol });
  });

  it.each([
    ['not JSON at all', 'dit is geen json', 'invalid-json', ''],
    ['a truncated file', serializeProtocol(liudgerProtocol).slice(0, 200), 'invalid-json', ''],
    ['a JSON array', '[]', 'schema', ''],
    ['a wrong format tag', mutate((p) => (p.format = 'iets-anders')), 'schema', 'format'],
    ['a newer schema version', mutate((p) => (p.schemaVersion = 2)), 'schema', 'schemaVersion'],
    ['a missing name', mutate((p) => delete p.name), 'schema', 'name'],
    [
      'an empty article summary',
      mutate((p) => (p.sections[2].articles[7].summaryNl = '  ')),
      'schema',
      'sections[2].articles[7].summaryNl',
    ],
    [
      'an unknown audience',
      mutate((p) => (p.sections[0].articles[1].audience = ['iedereen'])),
      'schema',
      'sections[0].articles[1].audience[0]',
    ],
    [
      'an unknown offence category',
      mutate((p) => p.sections[2].articles[0].offences.push('roddelen')),
      'schema',
      'sections[2].articles[0].offences[2]',
    ],
    [
      'an unknown measure',
      mutate((p) => (p.ladders.leerling.steps[0].measure = 'strafwerk')),
      'schema',
      'ladders.leerling.steps[0].measure',
    ],
    [
      'an unknown ladder kind',
      mutate((p) => (p.ladders.ouder.kind = 'vrij')),
      'schema',
      'ladders.ouder.kind',
    ],
    [
      'an empty ladder',
      mutate((p) => (p.ladders.medewerker.steps = [])),
      'schema',
      'ladders.medewerker.steps',
    ],
    ['a bad adoption date', mutate((p) => (p.adoptedOn = '11-11-2020')), 'schema', 'adoptedOn'],
    [
      'an unknown aangifte mode',
      mutate((p) => (p.reporting.aangifte.mode = 'misschien')),
      'schema',
      'reporting.aangifte.mode',
    ],
    ['an extra field', mutate((p) => (p.sections[1].kleur = 'rood')), 'schema', 'sections[1]'],
    [
      'a duplicate article ref',
      mutate((p) => (p.sections[2].articles[1].ref = 'A.1')),
      'inconsistent',
      'sections[2].articles[1].ref',
    ],
    [
      'a ladder citing a missing article',
      mutate((p) => (p.ladders.medewerker.articleRefs = ['Z.9'])),
      'inconsistent',
      'ladders.medewerker.articleRefs[0]',
    ],
    [
      'a staff measure on the pupil ladder',
      mutate((p) => (p.ladders.leerling.steps[3] = { ...p.ladders.medewerker.steps[2] })),
      'inconsistent',
      'ladders.leerling.steps[3].measure',
    ],
    [
      'a measure with the wrong type',
      mutate((p) => (p.ladders.medewerker.steps[1].type = 'wettelijk')),
      'inconsistent',
      'ladders.medewerker.steps[1].type',
    ],
    [
      'a reporting rule citing a missing article',
      mutate((p) => (p.reporting.aangifte.articleRef = 'S.99')),
      'inconsistent',
      'reporting.aangifte.articleRef',
    ],
  ])('rejects %s with a Dutch message naming the path', (_label, text, kind, path) => {
    const result = parseProtocolJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.path).toBe(path);
      expect(result.error.messageNl).toMatch(/^Protocol niet ingelezen: fout /);
      expect(result.error.messageNl).toContain('Er is niets opgeslagen.');
      if (path !== '') expect(result.error.messageNl).toContain(`'${path}'`);
    }
  });

  it('reports only the first error', () => {
    const text = mutate((p) => {
      p.name = '';
      p.organisation = '';
    });
    const result = parseProtocolJson(text);
    expect(result.ok ? null : result.error.path).toBe('name');
  });

  it('says plainly when a field is missing or has the wrong type', () => {
    const missing = parseProtocolJson(mutate((p) => delete p.organisation));
    const wrongType = parseProtocolJson(mutate((p) => (p.isModel = 'nee')));
    expect(missing.ok ? '' : missing.error.messageNl).toContain('dit veld ontbreekt');
    expect(wrongType.ok ? '' : wrongType.error.messageNl).toContain('verwacht true of false');
  });

  it('formats paths with indexes', () => {
    expect(formatPath(['sections', 2, 'articles', 0, 'ref'])).toBe('sections[2].articles[0].ref');
    expect(formatPath([])).toBe('');
  });
});
