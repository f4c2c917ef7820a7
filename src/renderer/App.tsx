import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { CasePage } from './features/caseBuilder/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { NewCasePage } from './features/newCase/NewCasePage';
import { NotFoundPage } from './features/NotFoundPage';
import { PeoplePage } from './features/people/PeoplePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { routeHref } from './routing/routes';
import type { Route } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { AppShell } from './ui/AppShell';
import { ErrorBoundary } from './ui/ErrorBoundary';

const renderRoute = (route: Route): ReactNode => {
  switch (route.name) {
    case 'cases':
      return <CasesPage />;
    case 'newCase':
      return <NewCasePage />;
    case 'case':
      return <CasePage caseId={route.caseId} step={route.step} />;
    case 'people':
      return <PeoplePage />;
    case 'settings':
      return <SettingsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
};

/** The app: shell, routing, and an error boundary per screen. */
export const App = () => {
  const route = useRoute();
  const key = routeHref(route);
  useEffect(() => {
    document.getElementById('main')?.scrollTo({ top: 0 });
  }, [key]);
  return (
    <AppShell route={route}>
      <ErrorBoundary resetKey={key}>{renderRoute(route)}</ErrorBoundary>
    </AppShell>
  );
};
