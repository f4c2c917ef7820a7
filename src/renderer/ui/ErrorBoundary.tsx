import i18next from 'i18next';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null };

/**
 * Catches render errors so the window is never blank: shows a Dutch message, the technical
 * details folded away, and a way back. Data is unaffected because writes are transactional.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="panel error-screen" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <details>
          <summary>{t('error.details')}</summary>
          <p className="error-details">{error.message}</p>
        </details>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => this.setState({ error: null })}
          >
            {t('error.retry')}
          </button>
          <a className="button" href="#/zaken" onClick={() => this.setState({ error: null })}>
            {t('error.home')}
          </a>
        </div>
      </div>
    );
  }
}
