import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadCaseList } from './db/hooks/caseList';
import { requestPersistentStorage } from './db/persistence';
import { initI18n } from './i18n';
import { detectPlatform } from './platform/currentPlatform';
import { parseRoute } from './routing/routes';
import { PlatformProvider } from './platform/PlatformProvider';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './styles/app.css';

// Opening on the case list: its read runs while the rest of the app starts.
if (parseRoute(window.location.hash).name === 'cases') preloadCaseList();
initI18n();
// Case data must never be evicted; ask once at start (the answer is shown in Instellingen).
void requestPersistentStorage();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root');
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <PlatformProvider platform={detectPlatform()}>
        <App />
      </PlatformProvider>
    </ErrorBoundary>
  </StrictMode>,
);
