import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../routing/routes';
import type { Route } from '../routing/routes';
import { Icon } from './icons';
import type { IconName } from './icons';

type NavItem = {
  route: Route;
  icon: IconName;
  labelKey: 'nav.cases' | 'nav.newCase' | 'nav.people' | 'nav.settings';
};

const NAV_ITEMS: readonly NavItem[] = [
  { route: { name: 'cases' }, icon: 'cases', labelKey: 'nav.cases' },
  { route: { name: 'newCase' }, icon: 'newCase', labelKey: 'nav.newCase' },
  { route: { name: 'people' }, icon: 'people', labelKey: 'nav.people' },
  { route: { name: 'settings' }, icon: 'settings', labelKey: 'nav.settings' },
];

/** Which top-level section a route belongs to, for highlighting the navigation. */
const sectionOf = (route: Route): Route['name'] => (route.name === 'case' ? 'cases' : route.name);

/** The window frame: skip link, sidebar navigation and the main area. */
export const AppShell = ({ route, children }: { route: Route; children: ReactNode }) => {
  const { t } = useTranslation();
  const current = sectionOf(route);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.route.name}>
                <a
                  className="nav-link"
                  href={routeHref(item.route)}
                  aria-current={current === item.route.name ? 'page' : undefined}
                >
                  <Icon name={item.icon} />
                  {t(item.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" className="main" tabIndex={-1} aria-labelledby="page-title">
        {children}
      </main>
    </div>
  );
};
