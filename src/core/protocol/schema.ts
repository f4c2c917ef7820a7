/**
 * The protocol model: a school's social-media protocol as sections with numbered articles, the
 * sanction ladder per subject type in the protocol's own order, reporting rules and the dossier
 * correspondence goes to. The zod schema is the single source; types are inferred from it.
 */
import { z } from 'zod';
import { DENOMINATIONS, MEASURE_KINDS, MEASURE_TYPES, SECTORS } from '../glossary';
import type { ProtocolId } from '../ids';
import { OFFENCE_CATEGORIES } from './offences';

/** Who an article addresses. */
export const AUDIENCES = [
  'alleGebruikers',
  'leerlingen',
  'ouders',
  'medewerkersWerk',
  'medewerkersPrive',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Where a ladder step comes from: named in the protocol itself, or available by law, CAO,
 * Civil Code, school rules or huisrecht although the protocol does not name it.
 */
export const MEASURE_SOURCES = [
  'protocol',
  'wet',
  'cao',
  'bw',
  'schoolregels',
  'huisrecht',
] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/** Format tag and version of the JSON export. */
export const PROTOCOL_FORMAT = 'sanctiedossier-protocol';
export const PROTOCOL_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = z.string().trim().min(1);

export const articleSchema = z.strictObject({
  /** Unique within the protocol, e.g. "A.7" or "1.3-2". */
  ref: text,
  /** The number as printed, e.g. "7" (bullets are numbered in order). */
  number: text,
  audience: z.array(z.enum(AUDIENCES)).min(1),
  /** A short summary in the product's own words (not a quotation). */
  summaryNl: text,
  offences: z.array(z.enum(OFFENCE_CATEGORIES)),
});

export const sectionSchema = z.strictObject({
  id: text,
  title: text,
  audience: z.array(z.enum(AUDIENCES)).min(1),
  articles: z.array(articleSchema),
});

export const ladderStepSchema = z.strictObject({
  measure: z.enum(MEASURE_KINDS),
  type: z.enum(MEASURE_TYPES),
  /** The measure as the protocol (or the law) words it, e.g. "inhouding bezoldiging". */
  wording: text,
  source: z.enum(MEASURE_SOURCES),
  legalBasis: text,
});

const ladderProtocolSchema = z.strictObject({
  kind: z.literal('protocol'),
  /** The measures the protocol names, in the protocol's own order. */
  steps: z.array(ladderStepSchema).min(1),
  /**
   * True when the protocol names only the ends of a range ("van waarschuwing tot verwijdering"):
   * measures between them are within the protocol's range.
   */
  range: z.boolean(),
  /** Articles that name the ladder. */
  articleRefs: z.array(text).min(1),
  /** Measures available by law, CAO, BW, school rules or huisrecht that the protocol does not name. */
  supplementary: z.array(ladderStepSchema),
});

const ladderStatutorySchema = z.strictObject({
  kind: z.literal('wettelijk'),
  /** What the protocol refers to instead of listing measures, e.g. "WEB art. 8.1.7c-d". */
  basis: text,
  noteNl: text,
  articleRefs: z.array(text).min(1),
  /** Measures derived from that basis, lightest first. */
  steps: z.array(ladderStepSchema).min(1),
  supplementary: z.array(ladderStepSchema),
});

const ladderNoneSchema = z.strictObject({
  kind: z.literal('geen'),
  reasonNl: text,
  reasonEn: text,
});

export const ladderSchema = z.discriminatedUnion('kind', [
  ladderProtocolSchema,
  ladderStatutorySchema,
  ladderNoneSchema,
]);

export const AANGIFTE_MODES = ['zal', 'kan', 'geen'] as const;
export type AangifteMode = (typeof AANGIFTE_MODES)[number];

export const reportingSchema = z.strictObject({
  vertrouwensinspecteur: z.strictObject({
    /** The protocol requires a phone report when staff communication is "grensoverschrijdend". */
    applies: z.boolean(),
    /** Who judges it, e.g. "bevoegd gezag" or "College van Bestuur". */
    judgedBy: text.nullable(),
    phone: text.nullable(),
    articleRef: text.nullable(),
  }),
  aangifte: z.strictObject({
    /** "zal" (will file), "kan" (may file) or no aangifte clause. */
    mode: z.enum(AANGIFTE_MODES),
    /** Who files, e.g. "de directeur van de locatie". */
    by: text.nullable(),
    /** True when the protocol allows a melding as an alternative to aangifte. */
    meldingAllowed: z.boolean(),
    articleRef: text.nullable(),
  }),
  /** Everyone must report inappropriate communication to the school leaders (seed 004 A.9). */
  internalReporting: z.strictObject({ applies: z.boolean(), articleRef: text.nullable() }),
});

export const DOSSIERS = ['personeelsdossier', 'leerlingendossier'] as const;
export type Dossier = (typeof DOSSIERS)[number];

const correspondenceRuleSchema = z
  .strictObject({ dossier: z.enum(DOSSIERS), articleRef: text.nullable() })
  .nullable();

export const protocolSchema = z.strictObject({
  format: z.literal(PROTOCOL_FORMAT),
  schemaVersion: z.literal(PROTOCOL_SCHEMA_VERSION),
  id: text,
  /** Title as the school uses it. */
  name: text,
  /** School or board that adopted it. */
  organisation: text,
  sector: z.enum(SECTORS).nullable(),
  /** True when the sector is inferred rather than stated in the protocol. */
  sectorInferred: z.boolean(),
  denomination: z.enum(DENOMINATIONS).nullable(),
  adoptedOn: isoDate.nullable(),
  adoptedByNl: text.nullable(),
  basedOn: text.nullable(),
  /** What "ouders" covers, e.g. "ouder(s), verzorger(s) of voogd". */
  parentsMeanNl: text.nullable(),
  /** True for the generic model protocol offered to schools without their own. */
  isModel: z.boolean(),
  sections: z.array(sectionSchema).min(1),
  ladders: z.strictObject({
    medewerker: ladderSchema,
    leerling: ladderSchema,
    ouder: ladderSchema,
  }),
  reporting: reportingSchema,
  correspondence: z.strictObject({
    medewerker: correspondenceRuleSchema,
    leerling: correspondenceRuleSchema,
    ouder: correspondenceRuleSchema,
  }),
  notesNl: z.array(text),
});

type ProtocolData = z.infer<typeof protocolSchema>;

/** A school's social-media protocol. */
export type Protocol = Omit<ProtocolData, 'id'> & { id: ProtocolId };
export type ProtocolSection = z.infer<typeof sectionSchema>;
export type ProtocolArticle = z.infer<typeof articleSchema>;
export type Ladder = z.infer<typeof ladderSchema>;
export type LadderStep = z.infer<typeof ladderStepSchema>;
export type ProtocolReporting = z.infer<typeof reportingSchema>;
export type CorrespondenceRule = NonNullable<z.infer<typeof correspondenceRuleSchema>>;

export { findArticle, getLadder, listArticles } from './lookup';
