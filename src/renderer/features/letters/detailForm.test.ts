import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { listDetailFields } from '../../../core/caseLetters/details';
import { DOC_TYPE_IDS } from '../../../core/letters/model/docTypes';
import { enResources, nlResources } from '../../i18n/resources';
import {
  collectDetailMessages,
  describeDetailHint,
  findErrorField,
  groupDetailFields,
} from './detailForm';

const translator = (lng: 'nl' | 'en'): TFunction<'letters'> => {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng,
    ns: ['letters'],
    defaultNS: 'letters',
    resources: { nl: nlResources, en: enResources },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.getFixedT(lng, 'letters');
};

const nl = translator('nl');
const en = translator('en');

const fieldOf = (docType: 'S7' | 'S10' | 'P9', key: string) => {
  const field = listDetailFields(docType).find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
};

describe('groupDetailFields', () => {
  it.each(DOC_TYPE_IDS)('shows every detail of %s exactly once', (docType) => {
    const shown = groupDetailFields(docType).flatMap((g) => g.fields.map((f) => f.key));
    expect([...shown].sort()).toEqual(
      listDetailFields(docType)
        .map((f) => f.key)
        .sort(),
    );
  });

  it.each([
    ['S10', ['bezwaar', 'commissie', 'beslissing']],
    ['P9', ['datalek', 'apMelding', 'informeren']],
    ['P8', ['overleg', 'aangifte']],
  ] as const)('splits the long form of %s under short headings', (docType, ids) => {
    expect(groupDetailFields(docType).map((g) => g.id)).toEqual(ids);
  });

  it('keeps a short form as one untitled group', () => {
    expect(groupDetailFields('S7').map((g) => g.id)).toEqual([null]);
  });

  it('puts the S10 outcome first in the decision group', () => {
    const decision = groupDetailFields('S10').find((g) => g.id === 'beslissing');
    expect(decision?.fields[0]?.key).toBe('uitkomst');
  });
});

describe('describeDetailHint', () => {
  it.each([
    ['benaderdeScholen', 'Eén regel per school: datum | school | uitkomst. Datum als 23-11-2026.'],
    [
      'inspectieOverleg',
      'Eén regel per overleg: datum | gesproken met | uitkomst. Datum als 23-11-2026.',
    ],
  ])('tells what one line of %s holds', (key, hint) => {
    expect(describeDetailHint(nl, fieldOf('S7', key), 'nl')).toBe(hint);
  });

  it('says it in English too', () => {
    expect(describeDetailHint(en, fieldOf('S7', 'benaderdeScholen'), 'en')).toBe(
      'One line per school: date | school | outcome. Date as 23-11-2026.',
    );
  });

  it("keeps the core's hint for a plain field", () => {
    expect(describeDetailHint(nl, fieldOf('P9', 'ontdektOp'), 'nl')).toContain('72 uur');
  });
});

describe('collectDetailMessages', () => {
  it.each([
    [
      'S7',
      { benaderdeScholen: '1-12-2026 | Het Lyceum | geen plek\n\n2-12-2026 | Het College' },
      'benaderdeScholen',
      'Regel 3: vul datum, school en uitkomst in, gescheiden door |',
    ],
    [
      'S7',
      { benaderdeScholen: 'gisteren | Het Lyceum | geen plek' },
      'benaderdeScholen',
      'Regel 1: vul datum, school en uitkomst in, gescheiden door |',
    ],
    ['S7', { zoekStart: '31-02-2026' }, 'zoekStart', 'Vul een datum in als 23-11-2026.'],
    [
      'P9',
      { aantalBetrokkenen: '-3' },
      'aantalBetrokkenen',
      'Vul een heel getal in, bijvoorbeeld 12.',
    ],
    [
      'P9',
      { ontdektOp: '2026-11-23' },
      'ontdektOp',
      'Vul een datum en tijd in, bijvoorbeeld 23-11-2026 14:30.',
    ],
    ['S10', { uitkomst: 'misschien' }, 'uitkomst', 'Kies een van de mogelijkheden uit de lijst.'],
  ] as const)('words a problem with %s beside its field', (docType, details, key, message) => {
    const result = collectDetailMessages(nl, docType, details, null, 'nl');
    expect(result.byKey[key]).toBe(message);
    expect(result.count).toBe(1);
  });

  it('lists every bad line of a row field', () => {
    const result = collectDetailMessages(
      nl,
      'S7',
      { benaderdeScholen: 'a | b\n1-12-2026 | x | y\nc' },
      null,
      'nl',
    );
    expect(result.byKey.benaderdeScholen).toBe(
      'Regel 1: vul datum, school en uitkomst in, gescheiden door | Regel 3: vul datum, school en uitkomst in, gescheiden door |',
    );
    expect(result.count).toBe(2);
  });

  it('has nothing to say about readable or empty details', () => {
    const result = collectDetailMessages(
      nl,
      'P9',
      { ontdektOp: '2026-11-23T09:15', aantalBetrokkenen: '28', apMeldnummer: '' },
      null,
      'nl',
    );
    expect(result).toEqual({ byKey: {}, count: 0 });
  });

  it('shows a missing S10 outcome beside the outcome field', () => {
    const error = { kind: 'missing-field', docType: 'S10', field: 'objection.outcome' } as const;
    expect(findErrorField('S10', error)).toBe('uitkomst');
    const result = collectDetailMessages(nl, 'S10', {}, error, 'nl');
    expect(result.byKey.uitkomst).toBe(
      'Kies de uitkomst van het bezwaar (gegrond, ongegrond of deels gegrond).',
    );
    expect(result.count).toBe(1);
  });

  it('leaves a draft error no detail resolves to the generic notice', () => {
    const error = { kind: 'missing-field', docType: 'S10', field: 'measure' } as const;
    expect(findErrorField('S10', error)).toBeNull();
    expect(collectDetailMessages(nl, 'S10', {}, error, 'nl').count).toBe(0);
  });
});
