import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { SchoolSettingsPage } from './SchoolSettingsPage';

/** A school and people written straight into the app's IndexedDB, as the register would. */
export type Seed = {
  schools: Record<string, unknown>[];
  people: Record<string, unknown>[];
};

const address = (street: string, houseNumber: string) => ({
  street,
  houseNumber,
  postcode: '9989 AB',
  city: 'Warffum',
});

/** A VO school on the Het Hogeland College protocol, with a student, a staff member and a parent. */
export const VO_SEED: Seed = {
  schools: [
    {
      id: 'school-hogeland',
      name: 'Het Hogeland College',
      boardName: 'Stichting Openbaar Onderwijs Het Hogeland',
      brin: '20XY',
      sector: 'VO',
      denomination: 'bijzonder',
      address: address('Schoolstraat', '1'),
      phone: '0595-000000',
      email: 'info@example.nl',
      website: 'https://example.nl',
      logo: null,
      protocolId: 'seed-000-hogeland-college',
      signers: [{ name: 'M. de Boer', functionTitle: 'rector', mandate: 'namens het bestuur' }],
      holidays: [],
      envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
    },
  ],
  people: [
    {
      id: 'p-noor',
      schoolId: 'school-hogeland',
      role: 'leerling',
      firstName: 'Noor',
      infix: '',
      lastName: 'Bakker',
      salutation: 'mevrouw',
      dateOfBirth: '2011-05-04',
      className: '3 havo B',
      functionTitle: null,
      address: address('Dorpsstraat', '12'),
      email: null,
      childIds: [],
    },
    {
      id: 'p-eva',
      schoolId: 'school-hogeland',
      role: 'medewerker',
      firstName: 'Eva',
      infix: '',
      lastName: 'Smit',
      salutation: 'mevrouw',
      dateOfBirth: null,
      className: null,
      functionTitle: 'docent Nederlands',
      address: address('Molenweg', '3'),
      email: null,
      childIds: [],
    },
    {
      id: 'p-daan',
      schoolId: 'school-hogeland',
      role: 'leerling',
      firstName: 'Daan',
      infix: 'de',
      lastName: 'Vries',
      salutation: 'heer',
      dateOfBirth: '2012-09-15',
      className: '2 vwo A',
      functionTitle: null,
      address: address('Kerkpad', '7'),
      email: null,
      childIds: [],
    },
    {
      id: 'p-peter',
      schoolId: 'school-hogeland',
      role: 'ouder',
      firstName: 'Peter',
      infix: 'de',
      lastName: 'Vries',
      salutation: 'heer',
      dateOfBirth: null,
      className: null,
      functionTitle: null,
      address: address('Kerkpad', '7'),
      email: null,
      childIds: ['p-daan'],
    },
  ],
};

/** The case builder and the case file, by their Dutch labels. */
export class CaseBuilderPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the app once so it creates its database, writes the seed into it and reloads, then
   * sets the user name recorded on the timeline.
   */
  async seed(seed: Seed = VO_SEED, userName = 'M. de Boer'): Promise<void> {
    await this.page.goto('/index.html#/instellingen');
    await this.page.getByLabel('Uw naam').fill(userName);
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText('Opgeslagen')).toBeVisible();
    await this.page.evaluate(async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sanctiedossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['schools', 'people'], 'readwrite');
        for (const s of data.schools) tx.objectStore('schools').put(s);
        for (const p of data.people) tx.objectStore('people').put(p);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    }, seed);
    await this.page.reload();
  }

  /**
   * Sets up the VO school the way a director does, in Instellingen → Scholen: details, address,
   * the Het Hogeland College protocol and a signer. Sets the user name first.
   */
  async setUpSchoolInSettings(userName = 'M. de Boer'): Promise<void> {
    const settings = new SchoolSettingsPage(this.page);
    await settings.openSettings();
    await this.page.getByLabel('Uw naam').fill(userName);
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
    await settings.addSchool();
    await settings.field('Naam van de school').fill('Het Hogeland College');
    await settings.field('Bevoegd gezag (bestuur)').fill('Stichting Het Hogeland');
    await settings.field('BRIN-nummer').fill('20XY');
    await this.page.getByRole('radio', { name: 'Voortgezet onderwijs (VO)' }).check();
    await this.page.getByRole('radio', { name: 'Bijzonder' }).check();
    await settings.section('Adres en contact');
    await settings.field('Straat').fill('Schoolstraat');
    await settings.field('Huisnummer').fill('1');
    await settings.field('Postcode').fill('9989 AB');
    await settings.field('Plaats').fill('Warffum');
    await settings.section('Protocol');
    await settings
      .field('Geldend protocol')
      .selectOption({ label: 'Protocol Sociale Media op Het Hogeland College' });
    await settings.section('Ondertekenaars');
    await settings.field('Naam').fill('M. de Boer');
    await settings.field('Functie').fill('rector');
    await settings.field('Mandaat').fill('namens het bestuur');
    await settings.save();
    await expect(this.page.getByText('Het Hogeland College is opgeslagen.')).toBeVisible();
  }

  /** Today's date in the browser's time zone, shifted by whole days, as 'YYYY-MM-DD'. */
  async isoDate(offsetDays = 0): Promise<string> {
    return this.page.evaluate((offset) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }, offsetDays);
  }

  async startCase(options: {
    type: 'Leerling' | 'Medewerker' | 'Ouder of verzorger';
    person: string;
    title: string;
    child?: string;
  }): Promise<void> {
    await this.page.goto('/index.html#/zaken/nieuw');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nieuwe zaak' })).toBeVisible();
    await this.page.getByRole('radio', { name: new RegExp(`^${options.type}`) }).check();
    await this.personSelect(options.type).selectOption({ label: options.person });
    if (options.child) {
      await this.page.getByLabel('Kind om wie het gaat').selectOption({ label: options.child });
    }
    await this.page.getByLabel('Titel van de zaak').fill(options.title);
    await this.page.getByRole('button', { name: 'Zaak starten' }).click();
    await expect(this.stepHeading()).toHaveText('Melding en feiten');
  }

  personSelect(type: string): Locator {
    return this.page.getByRole('combobox', { name: type, exact: true });
  }

  stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  stepNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Stappen van de zaak' });
  }

  async openStep(name: string): Promise<void> {
    await this.stepNav()
      .getByRole('link', { name: new RegExp(`^\\d*\\s*${name}`) })
      .click();
    await expect(this.stepHeading()).toHaveText(name);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^Volgende/ }).click();
  }

  /** Waits until the page says every change is stored. */
  async saved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'opgeslagen' })).toBeVisible();
    await expect(this.page.getByText('Opslaan…')).toHaveCount(0);
  }

  /** Reloads after the last save and waits for the same step to be back. */
  async reloadKeeps(stepName: string): Promise<void> {
    await this.saved();
    await this.page.reload();
    await expect(this.stepHeading()).toHaveText(stepName);
  }

  errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Controleer' });
  }

  async fillFacts(f: {
    incident: string;
    reported: string;
    platform: string;
    posted: string;
    reach: 'Besloten' | 'Beperkt' | 'Breed of openbaar';
    description: string;
    reportedBy?: string;
  }): Promise<void> {
    await this.page.getByLabel('Datum van het voorval').fill(f.incident);
    await this.page.getByLabel('Datum van de melding').fill(f.reported);
    if (f.reportedBy) await this.page.getByLabel('Gemeld door').fill(f.reportedBy);
    await this.page
      .getByRole('combobox', { name: 'Platform', exact: true })
      .selectOption({ label: f.platform });
    await this.page.getByLabel('Wat is er geplaatst of gedeeld?').fill(f.posted);
    await this.page.getByRole('radio', { name: new RegExp(`^${f.reach}`) }).check();
    await this.page.getByRole('textbox', { name: 'Feiten', exact: true }).fill(f.description);
  }

  /** Ticks an article by its number, e.g. "art. 7", within a section title. */
  async chooseArticle(section: string, number: string): Promise<void> {
    const group = this.page
      .locator('.article-section')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${section}`) }) });
    await group.getByRole('checkbox', { name: new RegExp(`^art\\. ${number} `) }).check();
  }

  async answer(question: string | RegExp): Promise<void> {
    await this.page.getByRole('checkbox', { name: question }).check();
  }

  advice(): Locator {
    return this.page.locator('.recommendation');
  }

  async chooseMeasure(label: RegExp): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Maatregel' })
      .getByRole('radio', { name: label })
      .check();
  }

  async recordDecision(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Besluit|Notitie) vastleggen$/ }).click();
    await expect(this.page.getByText(/^(Besluit|Notitie) vastgelegd met datum/)).toBeVisible();
  }

  duty(label: string | RegExp): Locator {
    return this.page.locator('.duty').filter({ hasText: label });
  }
}
