import { expect, test } from '@playwright/test';
import { modelProtocol } from '../src/core/protocol/seeds';
import { PeopleRegisterPage } from './pages/PeopleRegisterPage';
import { SchoolSettingsPage } from './pages/SchoolSettingsPage';
import { expectNoAxeViolations } from './support/axe';
import { makePng } from './support/images';
import { seedDatabase, waitForDatabase } from './support/seedDatabase';

const LOGO = { name: 'logo-liudger.png', mimeType: 'image/png', buffer: makePng(240, 60) };

/** A school as a previous session stored it, for the people tests. */
const VO_SCHOOL = {
  id: 'school-liudger',
  name: 'CSG Liudger',
  boardName: 'Stichting CSG Liudger',
  brin: '20AB',
  sector: 'VO',
  denomination: 'bijzonder',
  address: {
    street: 'Oude Ljouwerterdyk',
    houseNumber: '2',
    postcode: '9201 AB',
    city: 'Drachten',
  },
  phone: '',
  email: '',
  website: '',
  logo: null,
  protocolId: 'seed-004-csg-liudger',
  signers: [{ name: 'R. Hoekstra', functionTitle: 'rector', mandate: 'namens het CvB' }],
  holidays: [],
  envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
};

const isoDaysFromToday = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('schools in Instellingen', () => {
  test('a director sets up a VO school with a logo; bad input is explained in Dutch and nothing is lost', async ({
    page,
  }) => {
    const settings = new SchoolSettingsPage(page);
    await settings.openSettings();
    await expectNoAxeViolations(page);
    await settings.addSchool();
    await expect(settings.heading()).toHaveText('Nieuwe school');

    // Saving an empty school lists what is missing, per section, in Dutch.
    await settings.save();
    await expect(settings.errorSummary()).toBeVisible();
    await expect(settings.errorSummary()).toContainText('Vul de naam van de school in.');
    await expect(settings.errorSummary()).toContainText('Vul de naam van ondertekenaar 1 in.');
    await expect(settings.field('Naam van de school')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    // Each problem leads to its field, opening the section it is in.
    await settings
      .errorSummary()
      .getByRole('button', { name: 'Ondertekenaars: Vul de naam van ondertekenaar 1 in.' })
      .click();
    await expect(settings.field('Naam')).toBeFocused();
    await settings.section('Gegevens');

    await settings.field('Naam van de school').fill('CSG Liudger');
    await settings.field('Bevoegd gezag (bestuur)').fill('Stichting CSG Liudger');
    await settings.field('BRIN-nummer').fill('20A');
    await page.getByRole('radio', { name: 'Voortgezet onderwijs (VO)' }).check();
    await page.getByRole('radio', { name: 'Bijzonder' }).check();
    expect(await settings.errorOf('BRIN-nummer')).toBe(
      'Een BRIN-nummer bestaat uit twee cijfers en twee letters, bijvoorbeeld 12AB.',
    );
    await settings.field('BRIN-nummer').fill('20ab');

    await settings.section('Adres en contact');
    await settings.field('Straat').fill('Oude Ljouwerterdyk');
    await settings.field('Huisnummer').fill('2');
    await settings.field('Postcode').fill('92011');
    await settings.field('Plaats').fill('Drachten');
    await settings.save();
    expect(await settings.errorOf('Postcode')).toBe(
      'Vul een geldige postcode in: vier cijfers en twee letters, bijvoorbeeld 1234 AB.',
    );
    await settings.field('Postcode').fill('9201ab');

    await settings.section('Protocol');
    await settings
      .field('Geldend protocol')
      .selectOption({ label: 'Protocol Social Media CSG Liudger' });
    await expect(page.getByText('CSG Liudger (Drachten)')).toBeVisible();

    await settings.section('Ondertekenaars');
    await settings.field('Naam').fill('drs. R. Hoekstra');
    await settings.field('Functie').fill('rector');
    await settings.field('Mandaat').fill('namens het College van Bestuur');

    await settings.section('Schoolvakanties');
    await page.getByRole('button', { name: 'Vakantie toevoegen' }).click();
    await settings.field('Naam').fill('Herfstvakantie');
    await settings.field('Eerste dag').fill('2026-10-24');
    await settings.field('Laatste dag').fill('2026-10-17');
    await settings.save();
    expect(await settings.errorOf('Laatste dag')).toBe(
      'De laatste dag van vakantie 1 ligt vóór de eerste dag.',
    );
    await settings.field('Laatste dag').fill('2026-11-01');

    await settings.section('Briefhoofd');
    // A logo over 1 MB is refused with the sizes in Dutch.
    await settings.chooseLogo({
      name: 'groot.png',
      mimeType: 'image/png',
      buffer: makePng(620, 620, { noise: true }),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'het mag hoogstens 1 MB zijn' }),
    ).toBeVisible();
    await settings.chooseLogo(LOGO);
    await expect(page.getByRole('img', { name: 'Logo van CSG Liudger' })).toBeVisible();
    await expect(settings.field('Van links (mm)')).toHaveValue('20');
    await expect(settings.field('Van boven (mm)')).toHaveValue('45');
    await expectNoAxeViolations(page);

    // Nothing typed was lost on the way.
    await settings.section('Gegevens');
    await expect(settings.field('BRIN-nummer')).toHaveValue('20ab');
    await settings.save();
    await expect(page.getByText('CSG Liudger is opgeslagen.')).toBeVisible();
    const row = settings.schoolsPanel().getByRole('row', { name: /CSG Liudger/ });
    await expect(row).toContainText('20AB');
    await expect(row).toContainText('VO');
    await expect(row).toContainText('Protocol Social Media CSG Liudger');

    // Everything survives a reload.
    await page.reload();
    await settings.editSchool('CSG Liudger');
    await expect(settings.field('BRIN-nummer')).toHaveValue('20AB');
    await expect(page.getByRole('radio', { name: 'Voortgezet onderwijs (VO)' })).toBeChecked();
    await settings.section('Adres en contact');
    await expect(settings.field('Postcode')).toHaveValue('9201 AB');
    await settings.section('Schoolvakanties');
    await expect(settings.field('Laatste dag')).toHaveValue('2026-11-01');
    await settings.section('Briefhoofd');
    await expect(page.getByRole('img', { name: 'Logo van CSG Liudger' })).toBeVisible();
    await page.getByRole('button', { name: 'Logo verwijderen' }).click();
    await expect(page.getByText('Geen logo gekozen.')).toBeVisible();
  });

  test('a school’s own protocol: a faulty file is refused with its path in Dutch, a good one is chosen', async ({
    page,
  }) => {
    const settings = new SchoolSettingsPage(page);
    await settings.openSettings();
    await settings.addSchool();
    await settings.section('Protocol');

    const own = {
      ...modelProtocol,
      id: 'protocol-het-baken',
      name: 'Protocol sociale media Het Baken',
    };
    const broken = structuredClone(own) as unknown as {
      sections: { articles: Record<string, unknown>[] }[];
    };
    delete broken.sections[0]?.articles[0]?.summaryNl;
    await settings.importProtocol({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(page.getByRole('alert')).toHaveText(
      "Protocol niet ingelezen: fout bij 'sections[0].articles[0].summaryNl': dit veld ontbreekt. Er is niets opgeslagen.",
    );
    await expect(settings.field('Geldend protocol')).toHaveValue(modelProtocol.id);

    await settings.importProtocol({
      name: 'baken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'is ingelezen en gekozen' }),
    ).toBeVisible();
    await expect(settings.field('Geldend protocol')).toHaveValue('protocol-het-baken');
    await expect(page.getByRole('group', { name: 'Eigen protocollen (ingelezen)' })).toHaveCount(0);
    await expect(
      settings
        .field('Geldend protocol')
        .locator('optgroup[label="Eigen protocollen (ingelezen)"] option'),
    ).toHaveText(['Protocol sociale media Het Baken']);
    await expectNoAxeViolations(page);
  });
});

test.describe('the people register', () => {
  test.beforeEach(async ({ page }) => {
    const people = new PeopleRegisterPage(page);
    await people.openRegister();
    await waitForDatabase(page);
    await seedDatabase(page, { schools: [VO_SCHOOL] });
    await page.reload();
  });

  test('adds a student with two parents and a staff member; bad input is explained and nothing is lost', async ({
    page,
  }) => {
    const people = new PeopleRegisterPage(page);
    await expect(people.heading()).toHaveText('Personen');
    await people.addPerson();
    await expect(people.form().getByRole('radio', { name: 'Leerling' })).toBeChecked();

    await people.save();
    await expect(people.errorSummary()).toContainText('Vul de voornaam in.');
    expect(await people.errorOf('Geboortedatum')).toBe(
      'Vul de geboortedatum in: die is nodig om te bepalen wie de brieven ontvangt.',
    );
    await expectNoAxeViolations(page);

    await people.field('Voornaam').fill('José');
    await people.field('Tussenvoegsel').fill('de');
    await people.field('Achternaam').fill('Vries');
    await people.field('Geboortedatum').fill(isoDaysFromToday(3));
    await people.field('Klas').fill('3 havo B');
    await people.field('Straat').fill('Kerkstraat');
    await people.field('Huisnummer').fill('12a');
    await people.field('Postcode').fill('0201 XX');
    await people.field('Plaats').fill('Drachten');
    await people.save();
    expect(await people.errorOf('Geboortedatum')).toBe(
      'De geboortedatum ligt in de toekomst. Controleer de datum.',
    );
    expect(await people.errorOf('Postcode')).toBe(
      'Vul een geldige postcode in: vier cijfers en twee letters, bijvoorbeeld 1234 AB.',
    );
    // Every value is still there.
    await expect(people.field('Voornaam')).toHaveValue('José');
    await expect(people.field('Klas')).toHaveValue('3 havo B');
    await expect(people.field('Straat')).toHaveValue('Kerkstraat');

    await people.field('Geboortedatum').fill('2011-03-12');
    await people.field('Postcode').fill('9201cd');
    await people.save();
    await expect(page.getByText('José de Vries is opgeslagen.')).toBeVisible();
    await expect(people.detail()).toContainText(
      'Brieven gaan naar de leerling én de ouders/verzorgers.',
    );
    await expect(people.detail()).toContainText('WVO 2020 art. 8.14');
    await expect(people.detail()).toContainText('9201 CD  DRACHTEN');
    await expectNoAxeViolations(page);

    // A parent added from the student is linked to them and starts at their address.
    await people.detail().getByRole('button', { name: 'Ouder/verzorger toevoegen' }).click();
    await expect(people.form().getByRole('radio', { name: 'Ouder/verzorger' })).toBeChecked();
    await expect(people.field('Straat')).toHaveValue('Kerkstraat');
    await people.field('Aanhef').selectOption({ label: 'Mevrouw' });
    await people.field('Voornaam').fill('Maria');
    await people.field('Achternaam').fill('Jansen');
    await people.save();
    await expect(page.getByText('Maria Jansen is opgeslagen.')).toBeVisible();
    await expect(people.detail()).toContainText('José de Vries');

    // A second parent, linked by hand; without a child the form says so.
    await people.addPerson();
    await people.chooseRole('Ouder/verzorger');
    await people.field('Voornaam').fill('Kees');
    await people.field('Achternaam').fill('de Vries');
    await people.save();
    await expect(people.errorSummary()).toContainText(
      'Koppel minstens één leerling aan deze ouder/verzorger.',
    );
    await people.field('Leerling koppelen').selectOption({ label: 'José de Vries, 3 havo B' });
    await people.form().getByRole('button', { name: 'Koppelen' }).click();
    await people.save();
    await expect(page.getByText('Kees de Vries is opgeslagen.')).toBeVisible();

    // A staff member needs a function.
    await people.addPerson();
    await people.chooseRole('Medewerker');
    await people.field('Aanhef').selectOption({ label: 'De heer' });
    await people.field('Voornaam').fill('Pieter');
    await people.field('Achternaam').fill('Bakker');
    await people.save();
    expect(await people.errorOf('Functie')).toBe('Vul de functie in.');
    await people.field('Functie').fill('docent Nederlands');
    await people.save();
    await expect(page.getByText('Pieter Bakker is opgeslagen.')).toBeVisible();

    // All of it survives a reload, and the student lists both parents.
    await page.reload();
    await expect(people.list().getByRole('status')).toHaveText('4 personen');
    await people.entry('José de Vries').click();
    await expect(people.detail().getByRole('region', { name: 'Ouders/verzorgers' })).toContainText(
      'Kees de Vries',
    );
    await expect(people.detail().getByRole('region', { name: 'Ouders/verzorgers' })).toContainText(
      'Maria Jansen',
    );
    await people.list().getByLabel('Rol').selectOption({ label: 'Medewerkers' });
    await expect(people.list().getByRole('status')).toHaveText('1 persoon');
    await people.entry('Pieter Bakker').click();
    await expect(people.detail()).toContainText('docent Nederlands');
    await expectNoAxeViolations(page);
  });

  test('a student of 17 at a VO school: letters to student and parents; parents no longer act for privacy', async ({
    page,
  }) => {
    const people = new PeopleRegisterPage(page);
    await people.addPerson();
    await people.field('Voornaam').fill('Sanne');
    await people.field('Achternaam').fill('Visser');
    const seventeen = new Date();
    seventeen.setFullYear(seventeen.getFullYear() - 17);
    seventeen.setDate(seventeen.getDate() - 1);
    await people.field('Geboortedatum').fill(seventeen.toISOString().slice(0, 10));
    await people.save();
    await expect(people.detail()).toContainText('17 jaar');
    await expect(people.detail()).toContainText(
      'Brieven gaan naar de leerling én de ouders/verzorgers.',
    );
    await expect(people.detail()).toContainText(
      'Privacyrechten (inzage, correctie) oefent de leerling zelf uit.',
    );

    await people.detail().getByRole('button', { name: 'Bewerken' }).click();
    await people.field('Geboortedatum').fill('2024-01-01');
    await people.save();
    expect(await people.errorOf('Geboortedatum')).toContain('een leerling is tussen 3 en 30 jaar');
    await expect(people.field('Voornaam')).toHaveValue('Sanne');
  });
});
