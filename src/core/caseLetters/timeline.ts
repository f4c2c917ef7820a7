/**
 * Timeline entries as the case dossier prints them (Dutch: the dossier is a Dutch document).
 * Kinds the dossier does not know yet read as a neutral "Zaak bijgewerkt".
 */
import { CASE_STATUS_LABELS } from '../case/status';
import { getMeasureLabel } from '../engine/measures';
import type { CaseStatus, MeasureKind } from '../glossary';
import { CASE_STATUSES, MEASURE_KINDS } from '../glossary';
import { formatDateNl } from '../letters/model/format';
import type { TimelineEvent } from '../letters/model/types';
import type { CaseTimelineEntry } from './types';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const statusLabel = (value: unknown): string =>
  typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
    ? CASE_STATUS_LABELS[value as CaseStatus].nl
    : text(value);

const measureLabel = (value: unknown): string =>
  typeof value === 'string' && (MEASURE_KINDS as readonly string[]).includes(value)
    ? getMeasureLabel(value as MeasureKind, 'nl')
    : text(value);

const HEARING_KINDS_NL: Readonly<Record<string, string>> = {
  gesprek: 'Gesprek',
  hoorgesprek: 'Hoorgesprek',
  hoorzitting: 'Hoorzitting',
  terugkeergesprek: 'Terugkeergesprek',
};

const withValue = (label: string, value: unknown): string =>
  text(value) ? `${label}: ${text(value)}` : label;

/** Documents whose issue is an event of its own in the case file, worded as such. */
const ISSUED_LABELS: Readonly<Record<string, string>> = {
  S7: 'Zoeklog andere school vastgelegd',
  S10: 'Besluit op bezwaar verzonden',
  P3: 'Verslag hoorgesprek ter reactie naar de medewerker verzonden',
  P9: 'Datalek vastgelegd in het datalekregister',
};

/** The case builder's timeline kinds, worded as the case file words them. */
const LABELS: Readonly<Record<string, (data: CaseTimelineEntry['data']) => string>> = {
  created: (d) => withValue('Zaak aangemaakt', d.title),
  subjectEdited: () => 'Betrokkene of titel bijgewerkt',
  factsEdited: () => 'Melding en feiten bijgewerkt',
  articlesEdited: () => 'Protocolartikelen bijgewerkt',
  evidenceAdded: (d) => withValue('Bewijs toegevoegd', d.name),
  evidenceRemoved: () => 'Bewijs uit de kluis verwijderd',
  assessmentEdited: () => 'Beoordeling bijgewerkt',
  decisionEdited: () => 'Besluit in voorbereiding bijgewerkt',
  decisionTaken: (d) => withValue('Besluit vastgelegd', measureLabel(d.measure)),
  decisionReopened: () => 'Besluit heropend',
  dutyDone: (d) => withValue('Taak afgerond', d.label),
  dutyReopened: (d) => withValue('Taak heropend', d.label),
  dutyAdded: (d) => withValue('Taak toegevoegd', d.label),
  hearingAdded: (d) => {
    const kind = HEARING_KINDS_NL[text(d.hearingKind)] ?? 'Gesprek';
    return typeof d.date === 'string'
      ? `${kind} vastgelegd op ${formatDateNl(d.date)}`
      : `${kind} vastgelegd`;
  },
  followUpEdited: () => 'Opvolging bijgewerkt',
  appealLodged: () => 'Bezwaar of beroep ingesteld',
  appealDecided: () => 'Uitkomst van bezwaar of beroep vastgelegd',
  statusChanged: (d) => `Status gewijzigd: ${statusLabel(d.status)}`,
  letterIssued: (d) => {
    const version = typeof d.version === 'number' && d.version > 1 ? ` (versie ${d.version})` : '';
    const kenmerk = d.kenmerk ? `, kenmerk ${text(d.kenmerk)}` : '';
    const what = ISSUED_LABELS[text(d.docType)] ?? `${text(d.title) || 'Document'} uitgegeven`;
    return `${what}${version}${kenmerk}`;
  },
};

/** One timeline entry in Dutch, with who did it. */
export const describeTimelineEntry = (entry: CaseTimelineEntry): TimelineEvent => {
  const describe = LABELS[entry.kind];
  const label = describe ? describe(entry.data) : 'Zaak bijgewerkt';
  return { date: entry.at, label: entry.actor ? `${label} (${entry.actor})` : label };
};
