import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryItem = { fieldId: string; message: string };

/**
 * The list of problems after a failed save, focused so a screen reader announces it; each
 * entry moves focus to its field. Buttons rather than links: the app routes on the URL hash.
 */
export const ErrorSummary = ({
  items,
  onJump,
  attempt,
  title,
}: {
  items: readonly SummaryItem[];
  /** Heading; defaults to "Er zijn n punten om aan te vullen…". */
  title?: string;
  /** Shows the field (e.g. opens its section); focus follows by id. */
  onJump?: (fieldId: string) => void;
  /** Increases with every failed save, so the summary takes focus again. */
  attempt: number;
}) => {
  const { t } = useTranslation('people');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (items.length === 0) return null;
  const jump = (fieldId: string) => {
    onJump?.(fieldId);
    // Wait a frame for a section switch to render the field.
    requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
  };
  return (
    <div
      ref={ref}
      className="notice notice-danger error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {title ?? t('form.errorSummary', { count: items.length })}
      </h2>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={`${item.fieldId}-${item.message}`}>
            <button type="button" className="text-button" onClick={() => jump(item.fieldId)}>
              {item.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
