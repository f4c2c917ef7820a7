import { lazy, Suspense, useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CasesPage } from './features/cases/CasesPage';
import { NotFoundPage } from './features/NotFoundPage';
import { routeHref } from './routing/routes';
import type { Route } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { AppShell } from './ui/AppShell';
import { ErrorBoundary } from './ui/ErrorBoundary';

/*
 * The case list is the start screen and ships in the entry chunk. The other screens (the case
 * builder with letters and evidence, people, settings) are separate chunks, so parsing them does
 * not delay the first screen; they are fetched shortly after it, before anyone clicks.
 */
const loadCasePage = () => import('./features/caseBuilder/CasePage');
const loadNewCasePage = () => import('./features/newCase/NewCasePage');
const loadPeoplePage = () => import('./features/people/PeoplePage');
const loadSettingsPage = () => import('./features/settings/SettingsPage');

const CasePage = lazy(() => loadCasePage().then((m) => ({ default: m.CasePage })));
const NewCasePage = lazy(() => loadNewCasePage().then((m) => ({ default: m.NewCasePage })));
const PeoplePage = lazy(() => loadPeoplePage().then((m) => ({ default: m.PeoplePage })));
const SettingsPage = lazy(() => loadSettingsPage().then((m) => ({ default: m.SettingsPage })));

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

/** Let the start screen load its data before the other screens' code competes for the CPU. */
const PREFETCH_DELAY_MS = 2500;

/** Fetches the other screens a while after start, once the window is idle. */
const usePrefetchScreens = () => {
  useEffect(() => {
    const prefetch = () => {
      for (const load of [loadCasePage, loadNewCasePage, loadPeoplePage, loadSettingsPage]) {
        // A failed prefetch is retried by the navigation that needs it; nothing to report here.
        load().catch(() => undefined);
      }
    };
    let idle: number | null = null;
    const timer = setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(prefetch);
      else prefetch();
    }, PREFETCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, []);
};

/** Shown for the moment a screen's code is still being fetched. */
const ScreenLoading = () => {
  const { t } = useTranslation();
  return (
    <p className="screen-loading" role="status">
      {t('screenLoading')}
    </p>
  );
};

/** The app: shell, routing, and an error boundary per screen. */
export const App = () => {
  const route = useRoute();
  const key = routeHref(route);
  usePrefetchScreens();
  useEffect(() => {
    document.getElementById('main')?.scrollTo({ top: 0 });
  }, [key]);
  return (
    <AppShell route={route}>
      <ErrorBoundary resetKey={key}>
        <Suspense fallback={<ScreenLoading />}>{renderRoute(route)}</Suspense>
      </ErrorBoundary>
    </AppShell>
  );
};
