import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

type SaveTracker = {
  state: SaveState;
  /** Follows a write: "Opslaan…" until it settles, then saved or failed. */
  track: <T>(write: Promise<T>) => Promise<T | undefined>;
};

const SaveContext = createContext<SaveTracker | null>(null);

/**
 * Tracks the writes of one screen so it can say truthfully whether every edit is stored. A
 * failed write is shown (never swallowed); the field keeps what was typed.
 */
export const SaveStatusProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(0);
  const failed = useRef(false);
  const track = useCallback(<T,>(write: Promise<T>): Promise<T | undefined> => {
    pending.current += 1;
    setState('saving');
    return write.then(
      (value) => {
        pending.current -= 1;
        if (pending.current === 0) setState(failed.current ? 'failed' : 'saved');
        return value;
      },
      (error: unknown) => {
        console.error('Save failed', error);
        pending.current -= 1;
        failed.current = true;
        setState('failed');
        return undefined;
      },
    );
  }, []);
  const value = useMemo(() => ({ state, track }), [state, track]);
  return <SaveContext.Provider value={value}>{children}</SaveContext.Provider>;
};

/** The tracker of the surrounding screen. */
export const useSaveTracker = (): SaveTracker => {
  const tracker = useContext(SaveContext);
  if (!tracker) throw new Error('useSaveTracker outside SaveStatusProvider');
  return tracker;
};

/** "Alle wijzigingen opgeslagen", announced politely to screen readers. */
export const SaveStatus = () => {
  const { t } = useTranslation('caseBuilder');
  const { state } = useSaveTracker();
  const text =
    state === 'saving'
      ? t('save.saving')
      : state === 'failed'
        ? t('save.failed')
        : state === 'saved'
          ? t('save.saved')
          : t('save.idle');
  return (
    <p className={`save-status save-status-${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
};
