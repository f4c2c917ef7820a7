import { lazy, Suspense, useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CasesPage } from './features/cases/CasesPage';
import { NotFoundPage } from './features/NotFoundPage';
import { parseRoute, routeHref } from './routing/routes';
import type { Route } from './routing/routes';
import { useRoute } from './routing/useRoute';
import { AppShell } from './ui/AppShell';
import { ErrorBoundary } from './ui/ErrorBoundary';

/*
 * The case list is the start screen and ships in the entry chunk. The other screens (the case
 * builder with letters and evidence, people, settings) are separate chunks, so parsing them does
 * not delay the first screen; each is fetched when a link to it is pointed at or focused.
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

/** The chunk a link leads to, if it is a lazily loaded screen. */
const loaderFor = (href: string): (() => Promise<unknown>) | null => {
  const route = parseRoute(href.slice(href.indexOf('#')));
  switch (route.name) {
    case 'case':
      return loadCasePage;
    case 'newCase':
      return loadNewCasePage;
    case 'people':
      return loadPeoplePage;
    case 'settings':
      return loadSettingsPage;
    default:
      return null;
  }
};

/** Long after start, when nobody is pointing at anything, the remaining screens load anyway. */
const IDLE_PREFETCH_DELAY_MS = 20_000;

/**
 * Fetches a screen's code as soon as the pointer or keyboard focus reaches a link to it, and
 * the rest once the window has long been idle, so a click rarely waits and typing in the
 * start screen is never interrupted by code loading.
 */
const usePrefetchScreens = () => {
  useEffect(() => {
    const fetchQuietly = (load: () => Promise<unknown>) => {
      // A failed prefetch is retried by the navigation that needs it; nothing to report here.
      load().catch(() => undefined);
    };
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const load = link ? loaderFor(link.getAttribute('href') ?? '') : null;
      if (load) fetchQuietly(load);
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    let idle: number | null = null;
    const timer = setTimeout(() => {
      const all = () => {
        for (const load of [loadCasePage, loadNewCasePage, loadPeoplePage, loadSettingsPage])
          fetchQuietly(load);
      };
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(all);
      else all();
    }, IDLE_PREFETCH_DELAY_MS);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
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
