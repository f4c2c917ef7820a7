import { useTranslation } from 'react-i18next';
import { getSchorsingType } from '../../../../core/case/context';
import { getMaxSchorsingSchoolDays } from '../../../../core/engine/recommend';
import type { MeasureKind } from '../../../../core/glossary';
import { useBuilder } from '../builderContext';
import { CheckboxField, DateField, NumberField, RadioGroup, TextField } from '../fields';
import { formatDate } from '../format';
import { CheckTag } from '../CheckTag';

const DECISION_EVENT = { kind: 'decisionEdited', coalesce: true } as const;

/** The fields a chosen measure needs, per track (domain.md §1.2, §2.3–2.4, §3, §6). */
export const MeasureDetails = ({ measure }: { measure: MeasureKind }) => {
  const { c } = useBuilder();
  if (measure === 'schorsing' && c.subjectType === 'leerling') return <StudentSchorsing />;
  if (measure === 'schorsingOrdemaatregel' || measure === 'schorsingDisciplinair') {
    return <StaffSchorsing measure={measure} />;
  }
  if (measure === 'contactverbod' || measure === 'toegangsverbod')
    return <ParentBan measure={measure} />;
  if (measure === 'verwijdering') return <Verwijdering />;
  if (measure === 'ontslagOpStaandeVoet') return <Osv />;
  return null;
};

/** Student schorsing: start, school days within the statutory maximum, education, return. */
const StudentSchorsing = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang } = useBuilder();
  const s = c.decision.schorsing;
  const max = getMaxSchorsingSchoolDays(ctx.school.sector);
  return (
    <section className="field-group" aria-labelledby="schorsing-title">
      <h3 id="schorsing-title">{t('schorsing.title')}</h3>
      <div className="form-row">
        <DateField
          path="decision.schorsing.startDate"
          label={t('schorsing.startDate')}
          value={s.startDate}
          required
          event={DECISION_EVENT}
        />
        <NumberField
          path="decision.schorsing.days"
          label={t('schorsing.days')}
          hint={t('schorsing.daysHint', { max, basis: t(`schorsing.basis.${ctx.school.sector}`) })}
          value={s.days}
          min={1}
          suffix={t('schorsing.daysSuffix')}
          required
          event={DECISION_EVENT}
        />
      </div>
      {s.endDate ? (
        <p className="derived" aria-live="polite">
          {t('schorsing.endDate', { date: formatDate(s.endDate, lang) })}
        </p>
      ) : null}
      <TextField
        path="decision.schorsing.educationArrangement"
        label={t('schorsing.education')}
        hint={t('schorsing.educationHint')}
        value={s.educationArrangement}
        multiline
        rows={3}
        required
        event={DECISION_EVENT}
      />
      <DateField
        path="decision.schorsing.returnMeetingDate"
        label={t('schorsing.returnMeeting')}
        hint={t('schorsing.returnMeetingHint')}
        value={s.returnMeetingDate}
        event={DECISION_EVENT}
      />
    </section>
  );
};

/**
 * Staff schorsing: the two kinds side by side, because the choice drives the wording, the pay
 * and the appeal (domain.md §2.3).
 */
const StaffSchorsing = ({
  measure,
}: {
  measure: 'schorsingOrdemaatregel' | 'schorsingDisciplinair';
}) => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, save } = useBuilder();
  const s = c.decision.schorsing;
  const kind = getSchorsingType(measure);
  return (
    <section className="field-group" aria-labelledby="staff-schorsing-title">
      <h3 id="staff-schorsing-title">{t('staffSchorsing.title')}</h3>
      <RadioGroup
        // Its own field id: the measure list above is the other control of `decision.measure`.
        path="decision.schorsingKind"
        onChoose={(value) => void save({ 'decision.measure': value }, DECISION_EVENT)}
        legend={t('staffSchorsing.kind')}
        value={measure}
        options={[
          {
            value: 'schorsingOrdemaatregel',
            label: t('staffSchorsing.ordemaatregel'),
            hint: t('staffSchorsing.ordemaatregelHint'),
          },
          {
            value: 'schorsingDisciplinair',
            label: t('staffSchorsing.disciplinair'),
            hint: t('staffSchorsing.disciplinairHint'),
          },
        ]}
        event={DECISION_EVENT}
        className="kind-cards"
      />
      <dl className="facts-list compact">
        <div>
          <dt>{t('staffSchorsing.pay')}</dt>
          <dd>
            {kind === 'ordemaatregel' ? t('staffSchorsing.payOrde') : t('staffSchorsing.payDisc')}
          </dd>
        </div>
        <div>
          <dt>{t('staffSchorsing.appeal')}</dt>
          <dd>
            {kind === 'ordemaatregel'
              ? ctx.school.sector === 'PO'
                ? t('staffSchorsing.appealOrdePo')
                : t('staffSchorsing.appealOrdeOther')
              : t('staffSchorsing.appealDisc')}
            {kind === 'ordemaatregel' && ctx.school.sector !== 'PO' ? (
              <>
                {' '}
                <CheckTag />
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <div className="form-row">
        <DateField
          path="decision.schorsing.startDate"
          label={t('staffSchorsing.startDate')}
          value={s.startDate}
          required
          event={DECISION_EVENT}
        />
        <DateField
          path="decision.schorsing.endDate"
          label={t('staffSchorsing.endDate')}
          hint={
            ctx.school.sector === 'PO' && kind === 'ordemaatregel'
              ? t('staffSchorsing.maxPo')
              : undefined
          }
          value={s.endDate}
          required
          event={DECISION_EVENT}
        />
      </div>
      {kind === 'disciplinair' ? (
        <RadioGroup
          path="decision.schorsing.staffPay"
          legend={t('staffSchorsing.payChoice')}
          hint={t('staffSchorsing.payChoiceHint')}
          value={s.staffPay}
          options={[
            { value: 'doorbetaald', label: t('staffSchorsing.doorbetaald') },
            { value: 'ingehouden', label: t('staffSchorsing.ingehouden') },
          ]}
          event={DECISION_EVENT}
          className="choice-row"
        />
      ) : null}
      <TextField
        path="decision.schorsing.contactRules"
        label={t('staffSchorsing.contactRules')}
        hint={t('staffSchorsing.contactRulesHint')}
        value={s.contactRules}
        multiline
        rows={2}
        event={DECISION_EVENT}
      />
    </section>
  );
};

/** Parent track: scope, period, review date, contact person and complaint route (domain.md §3). */
const ParentBan = ({ measure }: { measure: 'contactverbod' | 'toegangsverbod' }) => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx } = useBuilder();
  const v = c.decision.verbod;
  return (
    <section className="field-group" aria-labelledby="ban-title">
      <h3 id="ban-title">{t(`ban.title.${measure}`)}</h3>
      <p className="field-hint">{t('ban.proportionality')}</p>
      {measure === 'toegangsverbod' ? (
        <TextField
          path="decision.verbod.scope"
          label={t('ban.scope')}
          hint={t('ban.scopeHint')}
          value={v.scope}
          required
          event={DECISION_EVENT}
        />
      ) : null}
      <div className="form-row">
        <DateField
          path="decision.verbod.startDate"
          label={t('ban.startDate')}
          value={v.startDate}
          event={DECISION_EVENT}
        />
        <DateField
          path="decision.verbod.endDate"
          label={t('ban.endDate')}
          value={v.endDate}
          min={ctx.today}
          event={DECISION_EVENT}
        />
        <DateField
          path="decision.verbod.reviewDate"
          label={t('ban.reviewDate')}
          hint={t('ban.reviewDateHint')}
          value={v.reviewDate}
          min={ctx.today}
          event={DECISION_EVENT}
        />
      </div>
      <TextField
        path="decision.verbod.contactPerson"
        label={t('ban.contactPerson')}
        hint={t('ban.contactPersonHint')}
        value={v.contactPerson}
        required
        event={DECISION_EVENT}
      />
      <TextField
        path="decision.verbod.complaintRoute"
        label={t('ban.complaintRoute')}
        hint={t('ban.complaintRouteHint')}
        value={v.complaintRoute}
        required
        event={DECISION_EVENT}
      />
    </section>
  );
};

/** Verwijdering: the hearing, the other school, and in VO the inspectie overleg (domain.md §1.3). */
const Verwijdering = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx } = useBuilder();
  const v = c.decision.verwijdering;
  const sector = ctx.school.sector;
  return (
    <section className="field-group" aria-labelledby="verwijdering-title">
      <h3 id="verwijdering-title">{t('verwijdering.title')}</h3>
      <p className="field-hint">{t(`verwijdering.rule.${sector}`)}</p>
      <div className="form-row">
        <DateField
          path="decision.verwijdering.hearingDate"
          label={t('verwijdering.hearingDate')}
          value={v.hearingDate}
          max={ctx.today}
          event={DECISION_EVENT}
        />
        {sector === 'VO' ? (
          <DateField
            path="decision.verwijdering.inspectieConsultedOn"
            label={t('verwijdering.inspectie')}
            value={v.inspectieConsultedOn}
            max={ctx.today}
            event={DECISION_EVENT}
          />
        ) : null}
      </div>
      {sector === 'PO' ? (
        <CheckboxField
          path="decision.verwijdering.groepsleraarHeard"
          label={t('verwijdering.groepsleraar')}
          checked={v.groepsleraarHeard}
          event={DECISION_EVENT}
        />
      ) : null}
      <div className="form-row">
        <TextField
          path="decision.verwijdering.otherSchoolName"
          label={t('verwijdering.otherSchool')}
          value={v.otherSchoolName}
          event={DECISION_EVENT}
        />
        <DateField
          path="decision.verwijdering.otherSchoolAgreedOn"
          label={t('verwijdering.agreedOn')}
          value={v.otherSchoolAgreedOn}
          max={ctx.today}
          event={DECISION_EVENT}
        />
      </div>
      {sector === 'MBO' ? (
        <div className="form-row">
          <DateField
            path="decision.verwijdering.searchStartedOn"
            label={t('verwijdering.searchStarted')}
            value={v.searchStartedOn}
            max={ctx.today}
            event={DECISION_EVENT}
          />
          <CheckboxField
            path="decision.verwijdering.searchDocumented"
            label={t('verwijdering.searchDocumented')}
            checked={v.searchDocumented}
            event={DECISION_EVENT}
          />
        </div>
      ) : null}
      <DateField
        path="decision.verwijdering.effectiveDate"
        label={t('verwijdering.effectiveDate')}
        value={v.effectiveDate}
        event={DECISION_EVENT}
      />
    </section>
  );
};

/** Ontslag op staande voet: onverwijld, with the dringende reden stated at once (BW 7:677). */
const Osv = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx } = useBuilder();
  const o = c.decision.osv;
  return (
    <section className="field-group" aria-labelledby="osv-title">
      <h3 id="osv-title">
        {t('osv.title')} <CheckTag />
      </h3>
      <p className="field-hint">{t('osv.rule')}</p>
      <DateField
        path="decision.osv.factsKnownOn"
        label={t('osv.factsKnownOn')}
        value={o.factsKnownOn}
        max={ctx.today}
        required
        event={DECISION_EVENT}
      />
      <TextField
        path="decision.osv.dringendeReden"
        label={t('osv.reason')}
        hint={t('osv.reasonHint')}
        value={o.dringendeReden}
        multiline
        rows={3}
        required
        event={DECISION_EVENT}
      />
      <TextField
        path="decision.osv.circumstancesWeighed"
        label={t('osv.circumstances')}
        value={o.circumstancesWeighed}
        multiline
        rows={3}
        required
        event={DECISION_EVENT}
      />
    </section>
  );
};
