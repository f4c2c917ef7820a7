import { useTranslation } from 'react-i18next';
import { REACH_OPTIONS } from '../../../../core/engine/severity';
import { SOCIAL_PLATFORMS } from '../../../../core/case/types';
import { useBuilder } from '../builderContext';
import { DateField, RadioGroup, SelectField, TextField } from '../fields';

const FACTS_EVENT = { kind: 'factsEdited', coalesce: true } as const;

/** Step 2: when it happened and was reported, where, what was posted, its reach, the facts. */
export const FactsStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx } = useBuilder();
  const f = c.facts;
  return (
    <>
      <section className="field-group" aria-labelledby="facts-when">
        <h3 id="facts-when">{t('facts.when')}</h3>
        <div className="form-row">
          <DateField
            path="facts.incidentDate"
            label={t('facts.incidentDate')}
            hint={t('facts.incidentDateHint')}
            value={f.incidentDate}
            max={ctx.today}
            required
            event={FACTS_EVENT}
          />
          <DateField
            path="facts.reportedDate"
            label={t('facts.reportedDate')}
            hint={t('facts.reportedDateHint')}
            value={f.reportedDate}
            max={ctx.today}
            required
            event={FACTS_EVENT}
          />
        </div>
        <TextField
          path="facts.reportedBy"
          label={t('facts.reportedBy')}
          hint={t('facts.reportedByHint')}
          value={f.reportedBy}
          event={FACTS_EVENT}
        />
      </section>

      <section className="field-group" aria-labelledby="facts-what">
        <h3 id="facts-what">{t('facts.what')}</h3>
        <div className="form-row">
          <SelectField
            path="facts.platform"
            label={t('facts.platform')}
            value={f.platform}
            placeholder={t('facts.platformPlaceholder')}
            options={SOCIAL_PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
            required
            event={FACTS_EVENT}
          />
          {f.platform === 'anders' ? (
            <TextField
              path="facts.platformOther"
              label={t('facts.platformOther')}
              value={f.platformOther}
              required
              event={FACTS_EVENT}
            />
          ) : null}
        </div>
        <TextField
          path="facts.whatWasPosted"
          label={t('facts.whatWasPosted')}
          hint={t('facts.whatWasPostedHint')}
          value={f.whatWasPosted}
          required
          event={FACTS_EVENT}
          maxLength={200}
        />
        <RadioGroup
          path="facts.reach"
          legend={t('facts.reach')}
          hint={t('facts.reachHint')}
          value={f.reach}
          options={REACH_OPTIONS.map((r) => ({
            value: r,
            label: t(`reach.${r}.label`),
            hint: t(`reach.${r}.hint`),
          }))}
          event={FACTS_EVENT}
          className="choice-row"
        />
      </section>

      <section className="field-group" aria-labelledby="facts-facts">
        <h3 id="facts-facts">{t('facts.factsTitle')}</h3>
        <TextField
          path="facts.description"
          label={t('facts.description')}
          hint={t('facts.descriptionHint')}
          value={f.description}
          multiline
          rows={6}
          required
          event={FACTS_EVENT}
        />
      </section>
    </>
  );
};
