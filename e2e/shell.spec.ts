import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { expectNoAxeViolations } from './support/axe';

const SCREENS = [
  { label: 'Zaken', heading: 'Zaken', hash: '#/zaken' },
  { label: 'Nieuwe zaak', heading: 'Nieuwe zaak', hash: '#/zaken/nieuw' },
  { label: 'Personen', heading: 'Personen', hash: '#/personen' },
  { label: 'Instellingen', heading: 'Instellingen', hash: '#/instellingen' },
] as const;

test.describe('app shell', () => {
  test('opens in Dutch on the case list with a way to start', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page).toHaveTitle('Sanctiedossier');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(app.heading()).toHaveText('Zaken');
    await expect(page.getByRole('heading', { name: 'Nog geen zaken' })).toBeVisible();
    await page.getByRole('link', { name: 'Nieuwe zaak starten' }).click();
    await expect(app.heading()).toHaveText('Nieuwe zaak');
  });

  for (const screen of SCREENS) {
    test(`"${screen.label}" is reachable from the navigation and has no accessibility violations`, async ({
      page,
    }) => {
      const app = new AppPage(page);
      await app.open('#/zaken');
      await app.goTo(screen.label);
      await expect(page).toHaveURL(new RegExp(`${screen.hash}$`));
      await expect(app.heading()).toHaveText(screen.heading);
      await expect(
        app.nav().getByRole('link', { name: screen.label, exact: true }),
      ).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
    });
  }

  test('has no accessibility violations in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new AppPage(page);
    for (const screen of SCREENS) {
      await app.open(screen.hash);
      await expectNoAxeViolations(page);
    }
  });

  test('switches to English and back, and remembers the choice after a reload', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open('#/instellingen');
    await page.getByLabel('Taal van de app').selectOption('en');
    await expect(app.heading()).toHaveText('Settings');
    await expect(
      page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Cases', exact: true }),
    ).toBeVisible();
    await page.reload();
    await expect(app.heading()).toHaveText('Settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('App language').selectOption('nl');
    await expect(app.heading()).toHaveText('Instellingen');
  });

  test('shows a Dutch page for an unknown address instead of a blank window', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/bestaat-niet');
    await expect(
      page.getByRole('heading', { name: 'Pagina niet gevonden', level: 2 }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Naar Zaken' }).click();
    await expect(app.heading()).toHaveText('Zaken');
  });

  test('keeps the user name after a reload', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/instellingen');
    await page.getByLabel('Uw naam').fill('M. de Boer');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Opgeslagen')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Uw naam')).toHaveValue('M. de Boer');
  });

  test('can be used with the keyboard alone: skip link and navigation', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/zaken');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(app.nav().getByRole('link', { name: 'Personen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText('Personen');
  });

  test('reports no CSP violations or console errors while navigating', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    const app = new AppPage(page);
    for (const screen of SCREENS) await app.open(screen.hash);
    expect(problems).toEqual([]);
  });
});
