import type { Locator } from '@playwright/test';
import { byLabel, errorOf } from '../support/fields';
import { AppPage } from './AppPage';

/** Instellingen → Scholen: the schools overview and a school's editor, by their Dutch labels. */
export class SchoolSettingsPage extends AppPage {
  async openSettings(): Promise<void> {
    await this.open('#/instellingen');
  }

  schoolsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Scholen' });
  }

  async addSchool(): Promise<void> {
    await this.page.getByRole('button', { name: 'School toevoegen' }).click();
  }

  async editSchool(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `${name} bewerken` }).click();
  }

  sectionNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Onderdelen van de school' });
  }

  /** Opens a section of the editor by its label, e.g. "Adres en contact". */
  async section(label: string): Promise<void> {
    await this.sectionNav()
      .getByRole('button', { name: new RegExp(`^${label}`) })
      .click();
    await this.page.getByRole('heading', { level: 2, name: label }).waitFor();
  }

  field(label: string): Locator {
    return byLabel(this.page, label);
  }

  /** A field's Dutch error message, tied to it by aria-describedby. */
  errorOf(label: string): Promise<string> {
    return errorOf(this.page, this.field(label));
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  }

  errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'om aan te vullen' });
  }

  /** Picks a logo through the file chooser the app opens. */
  async chooseLogo(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /logo kiezen/i }).click();
    await (await chooser).setFiles(file);
  }

  /** Picks a protocol JSON file through the file chooser. */
  async importProtocol(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Protocol inlezen…' }).click();
    await (await chooser).setFiles(file);
  }
}
