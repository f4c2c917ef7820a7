import type { Locator, Page } from '@playwright/test';

/** The app frame: navigation by its Dutch labels, and the current screen's heading. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '#/zaken'): Promise<void> {
    await this.page.goto(`/index.html${hash}`);
    await this.heading().waitFor();
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  }

  async goTo(label: string): Promise<void> {
    await this.nav().getByRole('link', { name: label, exact: true }).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
