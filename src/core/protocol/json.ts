/**
 * Import and export of a school's own protocol as JSON. A malformed file is rejected with a
 * Dutch message naming the path of the first error; nothing is returned to store.
 */
import type { z } from 'zod';
import { MEASURES } from '../engine/measures';
import { SUBJECT_TYPES } from '../glossary';
import { protocolSchema, type Protocol } from './schema';

export type ProtocolImportErrorKind = 'invalid-json' | 'schema' | 'inconsistent';

/** Why an imported protocol was rejected, ready to show to the user. */
export type ProtocolImportError = {
  kind: ProtocolImportErrorKind;
  /** Path of the first error, e.g. "sections[2].articles[0].summaryNl"; "" for the whole file. */
  path: string;
  messageNl: string;
  messageEn: string;
};

export type ParseProtocolResult =
  { ok: true; protocol: Protocol } | { ok: false; error: ProtocolImportError };

type PathSegment = PropertyKey;

/** Formats a path as "sections[2].articles[0].summaryNl". */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'true of false',
  array: 'lijst',
  object: 'object',
  null: 'null',
};

function describeIssue(issue: z.core.$ZodIssue, data: unknown): { nl: string; en: string } {
  const actual = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) {
        return { nl: 'dit veld ontbreekt', en: 'this field is missing' };
      }
      return {
        nl: `verwacht ${TYPE_NL[issue.expected] ?? issue.expected}`,
        en: `expected ${issue.expected}`,
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return { nl: 'de tekst is leeg', en: 'the text is empty' };
      }
      if (issue.origin === 'array') {
        return {
          nl: `de lijst moet minstens ${String(issue.minimum)} element(en) bevatten`,
          en: `the list needs at least ${String(issue.minimum)} item(s)`,
        };
      }
      return { nl: 'de waarde is te klein', en: 'the value is too small' };
    case 'invalid_format':
      return { nl: 'verwacht een datum als JJJJ-MM-DD', en: 'expected a date as YYYY-MM-DD' };
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        nl: `ongeldige waarde; toegestaan: ${allowed}`,
        en: `invalid value; allowed: ${allowed}`,
      };
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      const allowed = options.map((v) => JSON.stringify(v)).join(', ');
      return {
        nl: allowed ? `ongeldige soort; toegestaan: ${allowed}` : 'ongeldige waarde',
        en: allowed ? `invalid kind; allowed: ${allowed}` : 'invalid value',
      };
    }
    case 'unrecognized_keys':
      return {
        nl: `onbekend veld: ${issue.keys.join(', ')}`,
        en: `unknown field: ${issue.keys.join(', ')}`,
      };
    default:
      return { nl: 'ongeldige waarde', en: 'invalid value' };
  }
}

function makeError(
  kind: ProtocolImportErrorKind,
  path: string,
  detail: { nl: string; en: string },
): ProtocolImportError {
  const where = path === '' ? 'in het bestand' : `bij '${path}'`;
  const whereEn = path === '' ? 'in the file' : `at '${path}'`;
  return {
    kind,
    path,
    messageNl: `Protocol niet ingelezen: fout ${where}: ${detail.nl}. Er is niets opgeslagen.`,
    messageEn: `Protocol not imported: error ${whereEn}: ${detail.en}. Nothing was stored.`,
  };
}

/** Cross-field checks the schema cannot express; returns the first inconsistency. */
function checkConsistency(p: Protocol): ProtocolImportError | null {
  const refs = new Set<string>();
  for (const [si, section] of p.sections.entries()) {
    for (const [ai, article] of section.articles.entries()) {
      if (refs.has(article.ref)) {
        return makeError('inconsistent', `sections[${si}].articles[${ai}].ref`, {
          nl: `artikelverwijzing '${article.ref}' komt dubbel voor`,
          en: `article reference '${article.ref}' is duplicated`,
        });
      }
      refs.add(article.ref);
    }
  }
  const unknownRef = (path: string, ref: string): ProtocolImportError =>
    makeError('inconsistent', path, {
      nl: `verwijst naar artikel '${ref}', dat niet in het protocol staat`,
      en: `refers to article '${ref}', which is not in the protocol`,
    });

  for (const subject of SUBJECT_TYPES) {
    const ladder = p.ladders[subject];
    if (ladder.kind === 'geen') continue;
    for (const [i, ref] of ladder.articleRefs.entries()) {
      if (!refs.has(ref)) return unknownRef(`ladders.${subject}.articleRefs[${i}]`, ref);
    }
    for (const list of ['steps', 'supplementary'] as const) {
      for (const [i, s] of ladder[list].entries()) {
        const info = MEASURES[s.measure];
        if (!info.subjects.includes(subject)) {
          return makeError('inconsistent', `ladders.${subject}.${list}[${i}].measure`, {
            nl: `maatregel '${s.measure}' is niet mogelijk voor een ${subject}`,
            en: `measure '${s.measure}' does not apply to a ${subject}`,
          });
        }
        if (info.type !== s.type) {
          return makeError('inconsistent', `ladders.${subject}.${list}[${i}].type`, {
            nl: `maatregel '${s.measure}' is van het type '${info.type}', niet '${s.type}'`,
            en: `measure '${s.measure}' has type '${info.type}', not '${s.type}'`,
          });
        }
      }
    }
  }
  const reportRefs: [string, string | null][] = [
    ['reporting.vertrouwensinspecteur.articleRef', p.reporting.vertrouwensinspecteur.articleRef],
    ['reporting.aangifte.articleRef', p.reporting.aangifte.articleRef],
    ['reporting.internalReporting.articleRef', p.reporting.internalReporting.articleRef],
    ...SUBJECT_TYPES.map((s): [string, string | null] => [
      `correspondence.${s}.articleRef`,
      p.correspondence[s]?.articleRef ?? null,
    ]),
  ];
  for (const [path, ref] of reportRefs) {
    if (ref !== null && !refs.has(ref)) return unknownRef(path, ref);
  }
  return null;
}

/** Validates already-parsed data as a protocol (schema and cross-references). */
export function validateProtocol(data: unknown): ParseProtocolResult {
  const parsed = protocolSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) {
      return { ok: false, error: makeError('schema', '', { nl: 'ongeldig', en: 'invalid' }) };
    }
    return {
      ok: false,
      error: makeError('schema', formatPath(issue.path), describeIssue(issue, data)),
    };
  }
  // The schema has checked the shape; the id becomes a ProtocolId here, where it is parsed.
  const protocol = parsed.data as Protocol;
  const inconsistency = checkConsistency(protocol);
  return inconsistency ? { ok: false, error: inconsistency } : { ok: true, protocol };
}

/**
 * Parses a protocol JSON file. Returns the protocol, or the first error with its path and a
 * Dutch message; on error nothing may be stored.
 */
export function parseProtocolJson(text: string): ParseProtocolResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: makeError('invalid-json', '', {
        nl: 'dit is geen geldig JSON-bestand',
        en: 'this is not a valid JSON file',
      }),
    };
  }
  return validateProtocol(data);
}

/** Serialises a protocol to JSON (2-space indent) that `parseProtocolJson` reads back. */
export function serializeProtocol(protocol: Protocol): string {
  return `${JSON.stringify(protocol, null, 2)}\n`;
}
