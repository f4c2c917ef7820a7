import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../core/engine/measures';
import { CASE_STATUSES, SUBJECT_TYPES } from '../../../core/glossary';
import type { CaseStatus, MeasureKind, SubjectType } from '../../../core/glossary';
import type { SchoolId } from '../../../core/ids';
import type { School } from '../../../core/model/school';
import type { CaseListFilters } from '../../../core/search/caseList';
import { SelectField } from '../people/form/fields';

type Props = {
  filters: CaseListFilters;
  onChange: (filters: CaseListFilters) => void;
  schools: readonly School[];
  schoolYears: readonly string[];
  measures: readonly MeasureKind[];
};

/** The list's filters: status, subject type, school, school year and measure. */
export const CaseFilters = memo(function CaseFilters({
  filters,
  onChange,
  schools,
  schoolYears,
  measures,
}: Props) {
  const { t, i18n } = useTranslation('caseList');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const all = t('filters.all');
  const set = (key: keyof CaseListFilters, value: string) =>
    onChange({ ...filters, [key]: value === '' ? null : value });
  return (
    <div className="case-filters" role="group" aria-label={t('filters.label')}>
      <SelectField
        id="case-filter-status"
        label={t('filters.status')}
        requirement="none"
        value={filters.status ?? ''}
        placeholder={all}
        options={CASE_STATUSES.map((s: CaseStatus) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(v) => set('status', v)}
      />
      <SelectField
        id="case-filter-subject"
        label={t('filters.subjectType')}
        requirement="none"
        value={filters.subjectType ?? ''}
        placeholder={all}
        options={SUBJECT_TYPES.map((s: SubjectType) => ({
          value: s,
          label: t(`subjectType.${s}`),
        }))}
        onChange={(v) => set('subjectType', v)}
      />
      {schools.length > 1 ? (
        <SelectField
          id="case-filter-school"
          label={t('filters.school')}
          requirement="none"
          value={filters.schoolId ?? ''}
          placeholder={all}
          options={schools.map((s) => ({ value: s.id satisfies SchoolId, label: s.name }))}
          onChange={(v) => set('schoolId', v)}
        />
      ) : null}
      <SelectField
        id="case-filter-year"
        label={t('filters.schoolYear')}
        requirement="none"
        value={filters.schoolYear ?? ''}
        placeholder={all}
        options={[...schoolYears].reverse().map((y) => ({ value: y, label: y.replace('-', '–') }))}
        onChange={(v) => set('schoolYear', v)}
      />
      <SelectField
        id="case-filter-measure"
        label={t('filters.measure')}
        requirement="none"
        value={filters.measure ?? ''}
        placeholder={all}
        options={measures
          .map((m) => ({ value: m, label: MEASURES[m].label[lang] }))
          .sort((a, b) => a.label.localeCompare(b.label, lang))}
        onChange={(v) => set('measure', v)}
      />
    </div>
  );
});
