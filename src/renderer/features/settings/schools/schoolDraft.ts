/**
 * A school as edited in Instellingen: every field as typed, and the checks that turn it into a
 * storable `School`. Pure; errors are values naming the field, so the editor can show each
 * beside its input, count them per section and keep everything the user typed.
 */
import type { Denomination, Sector } from '../../../../core/glossary';
import type { ProtocolId } from '../../../../core/ids';
import type { EnvelopeWindow, School } from '../../../../core/model/school';
import { isIsoDate } from '../../../../core/calendar/calendar';
import { toAddressDraft, validateAddress } from '../../../../core/people/address';
import type { AddressDraft, AddressField } from '../../../../core/people/address';

/** The editor's sections, in order. */
export const SCHOOL_SECTIONS = [
  'gegevens',
  'adres',
  'protocol',
  'ondertekenaars',
  'vakanties',
  'briefhoofd',
] as const;
export type SchoolSection = (typeof SCHOOL_SECTIONS)[number];

export type SignerDraft = { key: string; name: string; functionTitle: string; mandate: string };
export type HolidayDraft = { key: string; label: string; start: string; end: string };
export type EnvelopeField = keyof EnvelopeWindow;
export type EnvelopeDraft = Record<EnvelopeField, string>;

export type SchoolDraft = {
  name: string;
  boardName: string;
  brin: string;
  sector: Sector | '';
  denomination: Denomination | '';
  address: AddressDraft;
  phone: string;
  email: string;
  website: string;
  logo: School['logo'];
  protocolId: string;
  signers: SignerDraft[];
  holidays: HolidayDraft[];
  envelope: EnvelopeDraft;
};

/** domain.md §6.1: the address window usually sits 20 mm from the left, 45 mm from the top, 85 × 40 mm. */
export const DEFAULT_ENVELOPE_WINDOW: EnvelopeWindow = {
  xMm: 20,
  yMm: 45,
  widthMm: 85,
  heightMm: 40,
};

/** A4 portrait, in millimetres: the window must lie on the page. */
const PAGE_WIDTH_MM = 210;
const PAGE_HEIGHT_MM = 297;

export type SignerField = 'name' | 'functionTitle' | 'mandate';
export type HolidayField = 'label' | 'start' | 'end';

export type SchoolField =
  | 'name'
  | 'boardName'
  | 'brin'
  | 'sector'
  | 'denomination'
  | `address.${AddressField}`
  | 'phone'
  | 'email'
  | 'website'
  | 'protocolId'
  | 'signers'
  | `signers.${number}.${SignerField}`
  | `holidays.${number}.${HolidayField}`
  | `envelope.${EnvelopeField}`;

export type SchoolError =
  | { field: SchoolField; kind: 'required' }
  | { field: 'brin'; kind: 'invalid-brin' }
  | { field: 'address.postcode'; kind: 'invalid-postcode' }
  | { field: 'email'; kind: 'invalid-email' }
  | { field: 'website'; kind: 'invalid-website' }
  | { field: 'phone'; kind: 'invalid-phone' }
  | { field: 'signers'; kind: 'signer-required' }
  | { field: `holidays.${number}.${'start' | 'end'}`; kind: 'invalid-date' }
  | { field: `holidays.${number}.end`; kind: 'end-before-start' }
  | { field: `envelope.${EnvelopeField}`; kind: 'not-a-size' }
  | { field: `envelope.${'widthMm' | 'heightMm'}`; kind: 'outside-page' };

export type SchoolResult =
  { ok: true; school: Omit<School, 'id'> } | { ok: false; errors: SchoolError[] };

// BRIN: two digits and two letters (e.g. "12AB"), the school's code at DUO.
const BRIN = /^\d{2}[A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;
const PHONE = /^\+?[\d\s()-]{6,20}$/;

/** "12ab " → "12AB"; null when it is not a BRIN. */
export function normalizeBrin(input: string): string | null {
  const brin = input.trim().toUpperCase();
  return BRIN.test(brin) ? brin : null;
}

/** A fresh school with one empty signer row and the default window position. */
export function emptySchoolDraft(newKey: () => string): SchoolDraft {
  return {
    name: '',
    boardName: '',
    brin: '',
    sector: '',
    denomination: '',
    address: toAddressDraft(null),
    phone: '',
    email: '',
    website: '',
    logo: null,
    protocolId: '',
    signers: [{ key: newKey(), name: '', functionTitle: '', mandate: '' }],
    holidays: [],
    envelope: envelopeDraftOf(DEFAULT_ENVELOPE_WINDOW),
  };
}

/** The window position as form values. */
export function envelopeDraftOf(w: EnvelopeWindow): EnvelopeDraft {
  return {
    xMm: String(w.xMm),
    yMm: String(w.yMm),
    widthMm: String(w.widthMm),
    heightMm: String(w.heightMm),
  };
}

/** The editor's values for a stored school. */
export function toSchoolDraft(school: School, newKey: () => string): SchoolDraft {
  return {
    name: school.name,
    boardName: school.boardName,
    brin: school.brin,
    sector: school.sector,
    denomination: school.denomination,
    address: toAddressDraft(school.address),
    phone: school.phone,
    email: school.email,
    website: school.website,
    logo: school.logo,
    protocolId: school.protocolId,
    signers: school.signers.map((s) => ({ key: newKey(), ...s })),
    holidays: school.holidays.map((h) => ({ key: newKey(), ...h })),
    envelope: envelopeDraftOf(school.envelopeWindow),
  };
}

/** Reads a size in millimetres; a decimal comma is accepted ("20,5"). */
export function parseMillimetres(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Validates the whole school; on success returns it ready to store (without id). */
export function validateSchoolDraft(draft: SchoolDraft): SchoolResult {
  const errors: SchoolError[] = [];
  const required = (field: SchoolField, value: string) => {
    if (value.trim() === '') errors.push({ field, kind: 'required' });
  };
  required('name', draft.name);
  required('boardName', draft.boardName);
  const brin = normalizeBrin(draft.brin);
  if (draft.brin.trim() === '') errors.push({ field: 'brin', kind: 'required' });
  else if (brin === null) errors.push({ field: 'brin', kind: 'invalid-brin' });
  if (draft.sector === '') errors.push({ field: 'sector', kind: 'required' });
  if (draft.denomination === '') errors.push({ field: 'denomination', kind: 'required' });

  const address = validateAddress(draft.address, true);
  if (!address.ok)
    for (const e of address.errors)
      errors.push(
        e.kind === 'invalid-postcode'
          ? { field: 'address.postcode', kind: 'invalid-postcode' }
          : { field: `address.${e.field}`, kind: 'required' },
      );
  const phone = draft.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) errors.push({ field: 'phone', kind: 'invalid-phone' });
  const email = draft.email.trim();
  if (email !== '' && !EMAIL.test(email)) errors.push({ field: 'email', kind: 'invalid-email' });
  const website = draft.website.trim();
  if (website !== '' && !WEBSITE.test(website))
    errors.push({ field: 'website', kind: 'invalid-website' });

  required('protocolId', draft.protocolId);

  // The signer signs for the bevoegd gezag; without one no letter can be finished (domain.md §6.1).
  if (draft.signers.length === 0) errors.push({ field: 'signers', kind: 'signer-required' });
  draft.signers.forEach((s, i) => {
    required(`signers.${i}.name`, s.name);
    required(`signers.${i}.functionTitle`, s.functionTitle);
    required(`signers.${i}.mandate`, s.mandate);
  });

  draft.holidays.forEach((h, i) => {
    required(`holidays.${i}.label`, h.label);
    const dates = (['start', 'end'] as const).map((part) => {
      const value = h[part].trim();
      if (value === '') errors.push({ field: `holidays.${i}.${part}`, kind: 'required' });
      else if (!isIsoDate(value))
        errors.push({ field: `holidays.${i}.${part}`, kind: 'invalid-date' });
      else return value;
      return null;
    });
    const [start, end] = dates;
    if (start && end && end < start)
      errors.push({ field: `holidays.${i}.end`, kind: 'end-before-start' });
  });

  const sizes: Partial<Record<EnvelopeField, number>> = {};
  for (const field of ['xMm', 'yMm', 'widthMm', 'heightMm'] as const) {
    const n = parseMillimetres(draft.envelope[field]);
    if (n === null || ((field === 'widthMm' || field === 'heightMm') && n === 0))
      errors.push({ field: `envelope.${field}`, kind: 'not-a-size' });
    else sizes[field] = n;
  }
  if (
    sizes.xMm !== undefined &&
    sizes.widthMm !== undefined &&
    sizes.xMm + sizes.widthMm > PAGE_WIDTH_MM
  )
    errors.push({ field: 'envelope.widthMm', kind: 'outside-page' });
  if (
    sizes.yMm !== undefined &&
    sizes.heightMm !== undefined &&
    sizes.yMm + sizes.heightMm > PAGE_HEIGHT_MM
  )
    errors.push({ field: 'envelope.heightMm', kind: 'outside-page' });

  const { xMm, yMm, widthMm, heightMm } = sizes;
  if (
    errors.length > 0 ||
    !address.ok ||
    !address.address ||
    brin === null ||
    draft.sector === '' ||
    draft.denomination === '' ||
    xMm === undefined ||
    yMm === undefined ||
    widthMm === undefined ||
    heightMm === undefined
  )
    return { ok: false, errors };
  return {
    ok: true,
    school: {
      name: draft.name.trim(),
      boardName: draft.boardName.trim(),
      brin,
      sector: draft.sector,
      denomination: draft.denomination,
      address: address.address,
      phone,
      email,
      website,
      logo: draft.logo,
      protocolId: draft.protocolId as ProtocolId,
      signers: draft.signers.map((s) => ({
        name: s.name.trim(),
        functionTitle: s.functionTitle.trim(),
        mandate: s.mandate.trim(),
      })),
      holidays: draft.holidays
        .map((h) => ({ label: h.label.trim(), start: h.start.trim(), end: h.end.trim() }))
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
      envelopeWindow: { xMm, yMm, widthMm, heightMm },
    },
  };
}

/** The section a field is edited in, to open it from the error summary and count errors. */
export function sectionOfField(field: SchoolField): SchoolSection {
  if (field.startsWith('address.') || field === 'phone' || field === 'email' || field === 'website')
    return 'adres';
  if (field === 'protocolId') return 'protocol';
  if (field.startsWith('signers')) return 'ondertekenaars';
  if (field.startsWith('holidays.')) return 'vakanties';
  if (field.startsWith('envelope.')) return 'briefhoofd';
  return 'gegevens';
}

/** The DOM id of a field's input. */
export function schoolFieldId(field: SchoolField | 'logo'): string {
  return `school-${field.replaceAll('.', '-')}`;
}
