import type { Locator } from '@playwright/test';
import { byLabel, errorOf } from '../support/fields';
import { AppPage } from './AppPage';

/** Personen: the register's list, a person's details and the person form. */
export class PeopleRegisterPage extends AppPage {
  async openRegister(): Promise<void> {
    await this.open('#/personen');
  }

  list(): Locator {
    return this.page.getByRole('region', { name: 'Personenregister' });
  }

  /** The list entry of a person, by (the start of) their name. */
  entry(name: string): Locator {
    return this.list().getByRole('button', { name: new RegExp(`^${name}`) });
  }

  detail(): Locator {
    return this.page.getByRole('article');
  }

  form(): Locator {
    return this.page.getByRole('form');
  }

  async addPerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Persoon toevoegen' }).click();
  }

  async chooseRole(role: 'Leerling' | 'Medewerker' | 'Ouder/verzorger'): Promise<void> {
    await this.form().getByRole('radio', { name: role }).check();
  }

  field(label: string): Locator {
    return byLabel(this.form(), label);
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Opslaan' }).click();
  }

  errorSummary(): Locator {
    return this.form().getByRole('alert');
  }

  /** A field's Dutch error message, tied to it by aria-describedby. */
  errorOf(label: string): Promise<string> {
    return errorOf(this.page, this.field(label));
  }
}
