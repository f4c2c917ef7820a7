import { useTranslation } from 'react-i18next';
import { getMeasureLabel } from '../../../core/engine/measures';
import { CASE_STATUSES, MEASURE_KINDS } from '../../../core/glossary';
import type { CaseStatus, MeasureKind } from '../../../core/glossary';
import type { CaseId } from '../../../core/ids';
import type { CaseEvent } from '../../../core/model/case';
import { useCaseTimeline } from '../../db/hooks';
import { formatDate, formatMoment } from '../caseBuilder/format';
import type { Lang } from '../caseBuilder/builderContext';

/** Timeline kinds with their own wording; others (e.g. from the letters screen) show generically. */
const KNOWN_KINDS = [
  'created',
  'subjectEdited',
  'factsEdited',
  'articlesEdited',
  'evidenceAdded',
  'evidenceRemoved',
  'assessmentEdited',
  'decisionEdited',
  'decisionTaken',
  'decisionReopened',
  'dutyDone',
  'dutyReopened',
  'dutyAdded',
  'hearingAdded',
  'followUpEdited',
  'appealLodged',
  'appealDecided',
  'statusChanged',
  'letterIssued',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

const isKnown = (kind: string): kind is KnownKind =>
  (KNOWN_KINDS as readonly string[]).includes(kind);
const isMeasure = (v: unknown): v is MeasureKind =>
  typeof v === 'string' && (MEASURE_KINDS as readonly string[]).includes(v);
const isStatus = (v: unknown): v is CaseStatus =>
  typeof v === 'string' && (CASE_STATUSES as readonly string[]).includes(v);
const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '';

/** Everything that happened to the case, oldest first, with who did it. */
export const Timeline = ({ caseId }: { caseId: CaseId }) => {
  const { t, i18n } = useTranslation('caseFile');
  const events = useCaseTimeline(caseId);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  if (events === undefined) return <p className="muted">{t('timeline.loading')}</p>;

  const describe = (e: CaseEvent): string => {
    const d = e.data;
    const values = {
      title: text(d.title),
      name: text(d.name),
      label: text(d.label),
      measure: isMeasure(d.measure) ? getMeasureLabel(d.measure, lang) : '',
      status: isStatus(d.status) ? t(`status.name.${d.status}`) : text(d.status),
      hearingKind: text(d.hearingKind)
        ? t(`timeline.hearingKind.${text(d.hearingKind) as 'gesprek'}`)
        : '',
      date: typeof d.date === 'string' ? formatDate(d.date, lang) : '',
      kind: e.kind,
      // Issued letters show their kenmerk, and the version from the second one on.
      suffix: [
        typeof d.kenmerk === 'string' ? d.kenmerk : null,
        typeof d.version === 'number' && d.version > 1
          ? t('timeline.version', { n: d.version })
          : null,
      ]
        .filter(Boolean)
        .map((x) => ` (${String(x)})`)
        .join(''),
    };
    return isKnown(e.kind)
      ? t(`timeline.kind.${e.kind}`, values)
      : t('timeline.kind.other', values);
  };

  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id} className={`timeline-item timeline-${e.kind}`}>
          <time dateTime={e.at} className="timeline-time">
            {formatMoment(e.at, lang)}
          </time>
          <span className="timeline-text">{describe(e)}</span>
          {e.actor ? <span className="timeline-actor">{e.actor}</span> : null}
        </li>
      ))}
    </ol>
  );
};
