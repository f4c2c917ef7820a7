import type { ReactNode } from 'react';

/** The title block of a screen: one h1, an optional intro line and actions on the right. */
export const PageHeader = ({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
}) => (
  <header className="page-header">
    <div>
      <h1 id="page-title">{title}</h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
    </div>
    {actions ? <div className="form-actions">{actions}</div> : null}
  </header>
);
