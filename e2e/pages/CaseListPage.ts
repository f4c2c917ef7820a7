import type { Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** Zaken: search, filters, the case table and the "Te doen" panel. */
export class CaseListPage extends AppPage {
  async openList(): Promise<void> {
    await this.open('#/zaken');
    await this.page.locator('[aria-label="Lijst van zaken"][aria-busy="false"]').waitFor();
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Zoeken' });
  }

  filter(label: 'Status' | 'Betrokkene' | 'School' | 'Schooljaar' | 'Maatregel'): Locator {
    return this.page.getByRole('group', { name: 'Filters' }).getByLabel(label, { exact: true });
  }

  rows(): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  /** The kenmerken of the rows shown, top to bottom. */
  async kenmerken(): Promise<string[]> {
    return this.rows().locator('[role="cell"]:first-child').allTextContents();
  }

  count(): Locator {
    return this.page.getByRole('region', { name: 'Lijst van zaken' }).getByRole('status');
  }

  todo(): Locator {
    return this.page.getByRole('region', { name: /Te doen/ });
  }

  todoItems(): Locator {
    return this.todo().getByRole('listitem');
  }
}
