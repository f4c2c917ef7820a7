import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { nextDocNumber, nextVersion } from '../../../core/caseLetters/buildLetterCase';
import type { CaseDocument } from '../../../core/caseLetters/documents';
import { draftLetter } from '../../../core/caseLetters/draftLetter';
import { listRecipientOptions } from '../../../core/caseLetters/recipients';
import type { CaseLetterSource, LetterSettings } from '../../../core/caseLetters/types';
import type { CaseId } from '../../../core/ids';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import type { LetterError } from '../../../core/letters/model/types';
import { documentsRepository } from '../../db/hooks/letters';
import { Field } from '../caseBuilder/fields';
import type { IntegrityResult, IssuedDocument } from '../../db/repositories/documentsRepository';
import { formatDue, formatUiDate, splitMoment, type UiLanguage } from './format';
import { IssuedView } from './IssuedView';
import { collectDetailMessages, findErrorField } from './detailForm';
import { issueDocument, type IssueOutcome } from './letterActions';
import { LetterOptions } from './LetterOptions';
import { LetterPreview } from './LetterPreview';

type Props = {
  caseId: CaseId;
  entry: CaseDocument & { docType: DocTypeId };
  source: CaseLetterSource;
  settings: LetterSettings;
  versions: readonly IssuedDocument[];
  integrity: ReadonlyMap<string, IntegrityResult>;
  actor: string;
  lang: UiLanguage;
  onBack: () => void;
};

const errorMessage = (t: TFunction<'letters'>, error: LetterError): string => {
  switch (error.kind) {
    case 'missing-field':
      return error.field === 'measure'
        ? t('error.missingMeasure')
        : t('error.missingField', { field: error.field });
    case 'missing-address':
      return t('error.missingAddress');
    case 'language-not-supported':
      return t('error.languageNotSupported');
  }
};

/**
 * One document of the case. A draft shows its options, what is still missing and the letter
 * itself with every paragraph editable, and can be issued; an issued document is shown frozen
 * with Opslaan and Corrigeren. A correction is a new draft that supersedes the last version.
 */
export const DocumentView = ({
  caseId,
  entry,
  source,
  settings,
  versions,
  integrity,
  actor,
  lang,
  onBack,
}: Props) => {
  const { t } = useTranslation('letters');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [correcting, setCorrecting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const docType = entry.docType;
  const latest = versions.at(-1) ?? null;
  const drafting = latest === null || correcting;

  useEffect(() => {
    headingRef.current?.focus();
  }, [drafting]);

  const title = lang === 'en' ? entry.titleEn : entry.titleNl;
  return (
    <div className="letters-document">
      <button type="button" className="letters-back" onClick={onBack}>
        {t('document.back')}
      </button>
      <header className="letters-document-head">
        <h3 ref={headingRef} tabIndex={-1} id={`${id}-title`}>
          {title}
        </h3>
        <p className="muted">
          {t('document.code', { code: entry.code })}
          {entry.dueAt ? ` · ${t('document.due', { date: formatDue(entry.dueAt, lang) })}` : ''}
        </p>
        <dl className="letters-facts">
          <div>
            <dt>{t('document.recipients')}</dt>
            <dd>{lang === 'en' ? entry.recipientsEn : entry.recipientsNl}</dd>
          </div>
          <div>
            <dt>{t('document.mustContain')}</dt>
            <dd>{lang === 'en' ? entry.mustContainEn : entry.mustContainNl}</dd>
          </div>
        </dl>
        {entry.registeredMail ? <p className="notice">{t('document.registeredNote')}</p> : null}
      </header>
      {drafting ? (
        <DraftView
          caseId={caseId}
          docType={docType}
          source={source}
          settings={settings}
          actor={actor}
          lang={lang}
          correcting={correcting ? latest : null}
          onCancelCorrection={() => setCorrecting(false)}
          onIssued={(outcome) => {
            setCorrecting(false);
            const done = t('issue.done', {
              title: outcome.document.title,
              version: outcome.document.version,
            });
            const duty = outcome.dutyDone;
            setNotice(
              duty
                ? `${done} ${t('issue.dutyDone', { label: lang === 'en' ? duty.labelEn : duty.labelNl })}`
                : done,
            );
          }}
        />
      ) : (
        <IssuedView
          versions={versions}
          integrity={integrity}
          lang={lang}
          notice={notice}
          onCorrect={() => {
            setNotice(null);
            setCorrecting(true);
          }}
        />
      )}
    </div>
  );
};

const DraftView = ({
  caseId,
  docType,
  source,
  settings,
  actor,
  lang,
  correcting,
  onCancelCorrection,
  onIssued,
}: {
  caseId: CaseId;
  docType: DocTypeId;
  source: CaseLetterSource;
  settings: LetterSettings;
  actor: string;
  lang: UiLanguage;
  correcting: IssuedDocument | null;
  onCancelCorrection: () => void;
  onIssued: (outcome: Extract<IssueOutcome, { kind: 'issued' }>) => void;
}) => {
  const { t } = useTranslation('letters');
  const id = useId();
  const [phase, setPhase] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonTouched, setReasonTouched] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const draft = useMemo(
    () =>
      draftLetter(
        docType,
        source,
        settings,
        {
          docNumber: nextDocNumber(source.issued, docType),
          issueDate: source.today,
        },
        // A correction keeps the kenmerk of the version it replaces (all versions share it).
        correcting ? { issuedOn: correcting.issuedOn, kenmerk: correcting.kenmerk } : null,
      ),
    [docType, source, settings, correcting],
  );
  const recipients = useMemo(() => listRecipientOptions(docType, source), [docType, source]);
  const version = nextVersion(source.issued, docType);

  useEffect(() => {
    if (phase === 'confirm') confirmRef.current?.focus();
  }, [phase]);

  const update = (change: (s: LetterSettings) => LetterSettings) => {
    void documentsRepository.updateSettings(caseId, docType, change);
  };
  const onParagraph = (blockId: string, text: string | null) =>
    update((s) => {
      const overrides = Object.fromEntries(
        Object.entries(s.overrides).filter(([key]) => key !== blockId),
      );
      return { ...s, overrides: text === null ? overrides : { ...overrides, [blockId]: text } };
    });

  const detailMessages = useMemo(
    () => collectDetailMessages(t, docType, settings.details, draft.ok ? null : draft.error, lang),
    [t, docType, settings.details, draft, lang],
  );
  // A draft error a detail resolves (the S10 outcome) is shown beside that field instead.
  const errorAtField = !draft.ok && findErrorField(docType, draft.error) !== null;
  const missing = draft.ok ? draft.missing : [];
  const reasonMissing = correcting !== null && reason.trim() === '';
  const blockedBy =
    detailMessages.count > 0
      ? t('issue.blockedDetails', { count: detailMessages.count })
      : !draft.ok
        ? errorMessage(t, draft.error)
        : missing.length > 0
          ? t('issue.blockedMissing')
          : !actor.trim()
            ? t('issue.blockedName')
            : null;

  const issue = async () => {
    setPhase('busy');
    setFailure(null);
    const outcome = await issueDocument(documentsRepository, {
      caseId,
      docType,
      source,
      settings,
      actor,
      correctionReason: correcting ? reason.trim() : null,
      supersedes: correcting,
    });
    setPhase('idle');
    if (outcome.kind === 'issued') {
      onIssued(outcome);
      return;
    }
    setFailure(
      outcome.kind === 'blocked'
        ? t('issue.blockedMissing')
        : t(`issue.failed.${outcome.error.kind}`, outcome.error),
    );
  };

  const staleCount = draft.ok ? draft.model.staleOverrideIds.length : 0;
  return (
    <div className="letters-draft">
      {correcting ? (
        <section className="letters-correction" aria-labelledby={`${id}-correction`}>
          <h4 id={`${id}-correction`}>{t('document.correctionTitle', { version })}</h4>
          <p>
            {t('document.correctionIntro', {
              version,
              previous: correcting.version,
              date: splitMoment(correcting.issuedAt, lang).date,
            })}
          </p>
          <Field
            id={`${id}-reason`}
            label={t('document.correctionReason')}
            hint={t('document.correctionReasonHint')}
            error={reasonTouched && reasonMissing ? t('document.correctionReasonMissing') : null}
          >
            {(control) => (
              <input
                className="input"
                {...control}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                onBlur={() => setReasonTouched(true)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="button" className="button" onClick={onCancelCorrection}>
              {t('document.cancelCorrection')}
            </button>
          </div>
        </section>
      ) : null}
      <LetterOptions
        key={docType}
        docType={docType}
        settings={settings}
        recipients={recipients}
        signers={source.school.signers}
        lang={lang}
        messages={detailMessages.byKey}
        onChange={update}
      />
      {!draft.ok ? (
        <p className="notice notice-warning" role="status">
          {errorAtField ? t('error.detailsNeeded') : errorMessage(t, draft.error)}
        </p>
      ) : (
        <>
          {missing.length > 0 ? (
            <section
              className="notice notice-warning letters-missing"
              aria-labelledby={`${id}-missing`}
            >
              <h4 id={`${id}-missing`}>{t('missing.title')}</h4>
              <ul>
                {missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <p className="field-hint">{t('missing.hint')}</p>
            </section>
          ) : null}
          {staleCount > 0 ? (
            <p className="field-hint">{t('preview.stale', { count: staleCount })}</p>
          ) : null}
          <div className="letters-preview-wrap">
            <p className="field-hint">{t('preview.hint')}</p>
            <LetterPreview
              model={draft.model}
              label={t('preview.label')}
              editing={{ overrides: settings.overrides, onChange: onParagraph }}
            />
          </div>
        </>
      )}
      <section className="letters-issue" aria-labelledby={`${id}-issue`}>
        <h4 id={`${id}-issue`} className="visually-hidden">
          {correcting ? t('issue.correctButton', { version }) : t('issue.button')}
        </h4>
        {phase === 'confirm' ? (
          <div className="letters-confirm" role="group" aria-labelledby={`${id}-confirm-title`}>
            <p id={`${id}-confirm-title`}>
              <strong>{t('issue.confirmTitle')}</strong>
            </p>
            <p>{t('issue.confirmBody')}</p>
            <div className="form-actions">
              <button
                ref={confirmRef}
                type="button"
                className="button button-primary"
                onClick={() => void issue()}
              >
                {t('issue.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setPhase('idle')}>
                {t('issue.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={blockedBy !== null || phase === 'busy'}
              aria-describedby={blockedBy ? `${id}-blocked` : undefined}
              onClick={() => {
                if (reasonMissing) {
                  setReasonTouched(true);
                  document.getElementById(`${id}-reason`)?.focus();
                  return;
                }
                setPhase('confirm');
              }}
            >
              {correcting ? t('issue.correctButton', { version }) : t('issue.button')}
            </button>
            {blockedBy ? (
              <span id={`${id}-blocked`} className="field-hint">
                {blockedBy}
              </span>
            ) : null}
          </div>
        )}
        <div aria-live="polite">
          {phase === 'busy' ? <p className="notice">{t('issue.busy')}</p> : null}
          {failure ? <p className="notice notice-danger">{failure}</p> : null}
        </div>
      </section>
    </div>
  );
};

/** "Uitgegeven" or "Uitgegeven, versie 2", and "op 23 november 2026". */
export const describeIssued = (
  t: TFunction<'letters'>,
  latest: IssuedDocument,
  lang: UiLanguage,
): { main: string; detail: string } => ({
  main:
    latest.version > 1
      ? t('status.issuedVersion', { version: latest.version })
      : t('status.issued'),
  detail: t('status.issuedOn', { date: formatUiDate(latest.issuedOn, lang) }),
});
