import type { ReactNode } from 'react';

/** A calm placeholder for a screen or list with nothing in it yet, with one next step. */
export const EmptyState = ({
  title,
  body,
  action,
}: {
  title: string;
  body: string;
  action?: ReactNode;
}) => (
  <div className="empty-state">
    <h2>{title}</h2>
    <p>{body}</p>
    {action}
  </div>
);
