/**
 * Timeline entries as the case dossier prints them (Dutch: the dossier is a Dutch document).
 * Kinds the dossier does not know yet read as a neutral "Zaak bijgewerkt".
 */
import { CASE_STATUS_LABELS } from '../case/status';
import type { CaseStatus } from '../glossary';
import { CASE_STATUSES } from '../glossary';
import type { TimelineEvent } from '../letters/model/types';
import type { CaseTimelineEntry } from './types';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const statusLabel = (value: unknown): string =>
  typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
    ? CASE_STATUS_LABELS[value as CaseStatus].nl
    : text(value);

const LABELS: Readonly<Record<string, (data: CaseTimelineEntry['data']) => string>> = {
  created: () => 'Zaak aangemaakt',
  subjectEdited: () => 'Betrokkene vastgelegd',
  factsEdited: () => 'Melding en feiten vastgelegd',
  articlesEdited: () => 'Overtreden artikelen vastgelegd',
  assessmentEdited: () => 'Beoordeling vastgelegd',
  decisionEdited: () => 'Besluit bewerkt',
  decisionRecorded: () => 'Besluit vastgelegd',
  decisionTaken: () => 'Besluit genomen',
  decisionReopened: () => 'Besluit heropend',
  dutyDone: (d) => (d.label ? `Verplichting afgerond: ${text(d.label)}` : 'Verplichting afgerond'),
  hearingAdded: () => 'Gesprek vastgelegd',
  evidenceAdded: (d) => (d.name ? `Bewijs toegevoegd: ${text(d.name)}` : 'Bewijs toegevoegd'),
  evidenceRemoved: () => 'Bewijs verwijderd',
  statusChanged: (d) => `Status gewijzigd in ${statusLabel(d.status)}`,
  letterIssued: (d) => {
    const version = typeof d.version === 'number' && d.version > 1 ? ` (versie ${d.version})` : '';
    const kenmerk = d.kenmerk ? `, kenmerk ${text(d.kenmerk)}` : '';
    return `${text(d.title) || 'Document'} uitgegeven${version}${kenmerk}`;
  },
};

/** One timeline entry in Dutch, with who did it. */
export const describeTimelineEntry = (entry: CaseTimelineEntry): TimelineEvent => {
  const describe = LABELS[entry.kind];
  const label = describe ? describe(entry.data) : 'Zaak bijgewerkt';
  return { date: entry.at, label: entry.actor ? `${label} (${entry.actor})` : label };
};
