import { useEffect, useMemo, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asId } from '../../../../core/ids';
import type { SchoolId } from '../../../../core/ids';
import type { School } from '../../../../core/model/school';
import { modelProtocol } from '../../../../core/protocol/seeds';
import { schoolsRepository } from '../../../db/repositories';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorSummary } from '../../people/form/ErrorSummary';
import {
  emptySchoolDraft,
  schoolFieldId,
  SCHOOL_SECTIONS,
  sectionOfField,
  toSchoolDraft,
  validateSchoolDraft,
} from './schoolDraft';
import type { SchoolDraft, SchoolError, SchoolField, SchoolSection } from './schoolDraft';
import { schoolErrorMessage } from './schoolText';
import { AddressSection } from './sections/AddressSection';
import { HolidaysSection } from './sections/HolidaysSection';
import { IdentitySection } from './sections/IdentitySection';
import { LetterheadSection } from './sections/LetterheadSection';
import { ProtocolSection } from './sections/ProtocolSection';
import { SignersSection } from './sections/SignersSection';

type Props = {
  /** The school being edited; null for a new one. */
  school: School | null;
  onDone: (outcome: { kind: 'saved' | 'removed'; name: string } | null) => void;
};

const newKey = () => crypto.randomUUID();

/**
 * Creating or editing a school, one section at a time. The draft lives here across sections;
 * Opslaan validates everything at once and, on problems, lists them (each opening its
 * section), badges the sections concerned and keeps every value typed.
 */
export const SchoolEditor = ({ school, onDone }: Props) => {
  const { t } = useTranslation('schools');
  const [draft, setDraft] = useState<SchoolDraft>(() =>
    school
      ? toSchoolDraft(school, newKey)
      : { ...emptySchoolDraft(newKey), protocolId: modelProtocol.id },
  );
  const [section, setSection] = useState<SchoolSection>('gegevens');
  const [attempt, setAttempt] = useState(0);
  const validation = useMemo(() => validateSchoolDraft(draft), [draft]);
  // After a first failed save the messages follow the typing, so a fixed field clears at once.
  const errors: SchoolError[] = attempt > 0 && !validation.ok ? validation.errors : [];
  const [saveFailed, setSaveFailed] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** A field to focus once its section shows (a jump from the error summary). */
  const pendingFocus = useRef<string | null>(null);
  const mounted = useRef(false);

  // After a section switch, focus its heading (or the field jumped to), so keyboard and
  // screen-reader users land where the content changed. Not on opening the editor.
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : null;
    pendingFocus.current = null;
    (target ?? headingRef.current)?.focus();
  }, [section]);

  const update = (change: (d: SchoolDraft) => SchoolDraft) => setDraft(change);
  const errorFor = (field: SchoolField): string | null => {
    const e = errors.find((x) => x.field === field);
    return e ? schoolErrorMessage(t, e) : null;
  };
  const errorCount = (s: SchoolSection) =>
    errors.filter((e) => sectionOfField(e.field) === s).length;

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSaveFailed(false);
    const result = validation;
    if (!result.ok) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      await schoolsRepository.save({
        id: school?.id ?? asId<SchoolId>(crypto.randomUUID()),
        ...result.school,
      });
      onDone({ kind: 'saved', name: result.school.name });
    } catch (error) {
      console.error('Saving a school failed', error);
      setSaveFailed(true);
    }
  };

  const remove = async () => {
    if (!school) return;
    const result = await schoolsRepository.remove(school.id);
    setConfirmRemove(false);
    if (result.kind === 'in-use')
      setRemoveProblem(
        t('editor.inUse', { name: school.name, people: result.people, cases: result.cases }),
      );
    else onDone({ kind: 'removed', name: school.name });
  };

  const sectionProps = { draft, update, errorFor };
  const title = school ? school.name : draft.name.trim() || t('editor.titleNew');

  return (
    <div className="page page-wide">
      <div>
        <button type="button" className="text-button back-link" onClick={() => onDone(null)}>
          {t('editor.back')}
        </button>
      </div>
      <PageHeader title={title} intro={t('editor.intro')} />
      <form className="school-editor" noValidate onSubmit={(e) => void save(e)}>
        <ErrorSummary
          attempt={attempt}
          title={t('editor.errorSummary', { count: errors.length })}
          items={errors.map((e) => ({
            fieldId: schoolFieldId(e.field),
            message: `${t(`sections.${sectionOfField(e.field)}`)}: ${schoolErrorMessage(t, e)}`,
          }))}
          onJump={(fieldId) => {
            const error = errors.find((e) => schoolFieldId(e.field) === fieldId);
            if (!error) return;
            pendingFocus.current = fieldId;
            setSection(sectionOfField(error.field));
          }}
        />
        {saveFailed ? (
          <p className="notice notice-danger" role="alert">
            {t('editor.saveFailed')}
          </p>
        ) : null}
        <div className="editor-layout">
          <nav className="section-nav" aria-label={t('editor.sectionsLabel')}>
            <ul>
              {SCHOOL_SECTIONS.map((s) => {
                const count = errorCount(s);
                return (
                  <li key={s}>
                    <button
                      type="button"
                      className="section-nav-item"
                      aria-current={s === section ? 'true' : undefined}
                      onClick={() => setSection(s)}
                    >
                      <span>{t(`sections.${s}`)}</span>
                      {count > 0 ? (
                        <>
                          <span className="badge badge-danger" aria-hidden="true">
                            {count}
                          </span>
                          <span className="visually-hidden">
                            {t('editor.errorsInSection', { count })}
                          </span>
                        </>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <section className="panel editor-section" aria-labelledby="school-section-title">
            <header>
              <h2 id="school-section-title" ref={headingRef} tabIndex={-1}>
                {t(`sections.${section}`)}
              </h2>
              <p className="page-intro">{t(`sectionIntro.${section}`)}</p>
            </header>
            {section === 'gegevens' ? <IdentitySection {...sectionProps} /> : null}
            {section === 'adres' ? <AddressSection {...sectionProps} /> : null}
            {section === 'protocol' ? <ProtocolSection {...sectionProps} /> : null}
            {section === 'ondertekenaars' ? (
              <SignersSection {...sectionProps} newKey={newKey} />
            ) : null}
            {section === 'vakanties' ? <HolidaysSection {...sectionProps} newKey={newKey} /> : null}
            {section === 'briefhoofd' ? <LetterheadSection {...sectionProps} /> : null}
          </section>
        </div>
        {confirmRemove && school ? (
          <div
            className="notice notice-warning confirm-bar"
            role="alertdialog"
            aria-labelledby="confirm-remove-school"
          >
            <p id="confirm-remove-school">{t('editor.confirmRemove', { name: school.name })}</p>
            <div className="form-actions">
              <button type="button" className="button button-danger" onClick={() => void remove()}>
                {t('editor.confirmYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
                {t('editor.confirmNo')}
              </button>
            </div>
          </div>
        ) : null}
        {removeProblem ? (
          <p className="notice notice-warning" role="alert">
            {removeProblem}
          </p>
        ) : null}
        <div className="editor-footer">
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('editor.save')}
            </button>
            <button type="button" className="button" onClick={() => onDone(null)}>
              {t('editor.cancel')}
            </button>
          </div>
          {school ? (
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                setRemoveProblem(null);
                setConfirmRemove(true);
              }}
            >
              {t('editor.remove')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
};
