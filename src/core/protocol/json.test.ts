import { describe, expect, it } from 'vitest';
import { formatPath, parseProtocolJson, serializeProtocol } from './json';
import { hogelandProtocol, liudgerProtocol, opoaProtocol } from './seeds';

type Path = (string | number)[];
type Json = Record<string | number, unknown>;

const exported = (): Json => JSON.parse(serializeProtocol(liudgerProtocol)) as Json;

function parentOf(root: Json, path: Path): [Json, string | number] {
  let cur: Json = root;
  for (const key of path.slice(0, -1)) cur = cur[key] as Json;
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  return [cur, last];
}

/** The exported Liudger protocol with the value at `path` replaced, as JSON text. */
function withValue(path: Path, value: unknown): string {
  const root = exported();
  const [parent, key] = parentOf(root, path);
  parent[key] = value;
  return JSON.stringify(root);
}

/** The exported Liudger protocol with the field at `path` removed, as JSON text. */
function without(path: Path): string {
  const root = exported();
  const [parent, key] = parentOf(root, path);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- deliberately corrupting test data
  delete parent[key];
  return JSON.stringify(root);
}

/** The value at `path` in the exported protocol. */
function valueAt(path: Path): unknown {
  const [parent, key] = parentOf(exported(), path);
  return parent[key];
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
    ['a wrong format tag', withValue(['format'], 'iets-anders'), 'schema', 'format'],
    ['a newer schema version', withValue(['schemaVersion'], 2), 'schema', 'schemaVersion'],
    ['a missing name', without(['name']), 'schema', 'name'],
    [
      'an empty article summary',
      withValue(['sections', 2, 'articles', 7, 'summaryNl'], '  '),
      'schema',
      'sections[2].articles[7].summaryNl',
    ],
    [
      'an unknown audience',
      withValue(['sections', 0, 'articles', 1, 'audience'], ['iedereen']),
      'schema',
      'sections[0].articles[1].audience[0]',
    ],
    [
      'an unknown offence category',
      withValue(['sections', 2, 'articles', 0, 'offences', 2], 'roddelen'),
      'schema',
      'sections[2].articles[0].offences[2]',
    ],
    [
      'an unknown measure',
      withValue(['ladders', 'leerling', 'steps', 0, 'measure'], 'strafwerk'),
      'schema',
      'ladders.leerling.steps[0].measure',
    ],
    [
      'an unknown ladder kind',
      withValue(['ladders', 'ouder', 'kind'], 'vrij'),
      'schema',
      'ladders.ouder.kind',
    ],
    [
      'an empty ladder',
      withValue(['ladders', 'medewerker', 'steps'], []),
      'schema',
      'ladders.medewerker.steps',
    ],
    ['a bad adoption date', withValue(['adoptedOn'], '11-11-2020'), 'schema', 'adoptedOn'],
    [
      'an unknown aangifte mode',
      withValue(['reporting', 'aangifte', 'mode'], 'misschien'),
      'schema',
      'reporting.aangifte.mode',
    ],
    ['an extra field', withValue(['sections', 1, 'kleur'], 'rood'), 'schema', 'sections[1]'],
    [
      'a duplicate article ref',
      withValue(['sections', 2, 'articles', 1, 'ref'], 'A.1'),
      'inconsistent',
      'sections[2].articles[1].ref',
    ],
    [
      'a ladder citing a missing article',
      withValue(['ladders', 'medewerker', 'articleRefs'], ['Z.9']),
      'inconsistent',
      'ladders.medewerker.articleRefs[0]',
    ],
    [
      'a staff measure on the pupil ladder',
      withValue(
        ['ladders', 'leerling', 'steps', 3],
        valueAt(['ladders', 'medewerker', 'steps', 2]),
      ),
      'inconsistent',
      'ladders.leerling.steps[3].measure',
    ],
    [
      'a measure with the wrong type',
      withValue(['ladders', 'medewerker', 'steps', 1, 'type'], 'wettelijk'),
      'inconsistent',
      'ladders.medewerker.steps[1].type',
    ],
    [
      'a reporting rule citing a missing article',
      withValue(['reporting', 'aangifte', 'articleRef'], 'S.99'),
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
    const root = exported();
    root.name = '';
    root.organisation = '';
    const text = JSON.stringify(root);
    const result = parseProtocolJson(text);
    expect(result.ok ? null : result.error.path).toBe('name');
  });

  it('says plainly when a field is missing or has the wrong type', () => {
    const missing = parseProtocolJson(without(['organisation']));
    const wrongType = parseProtocolJson(withValue(['isModel'], 'nee'));
    expect(missing.ok ? '' : missing.error.messageNl).toContain('dit veld ontbreekt');
    expect(wrongType.ok ? '' : wrongType.error.messageNl).toContain('verwacht true of false');
  });

  it('formats paths with indexes', () => {
    expect(formatPath(['sections', 2, 'articles', 0, 'ref'])).toBe('sections[2].articles[0].ref');
    expect(formatPath([])).toBe('');
  });
});
