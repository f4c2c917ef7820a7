import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CaseBuilderPage } from './pages/CaseBuilderPage';
import { expectNoAxeViolations } from './support/axe';

/** When SHOTS_DIR is set, each step is also saved as a PNG for a visual review. */
const shot = async (page: Page, name: string): Promise<void> => {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await page.locator('#main').evaluate((main) => main.scrollTo({ top: 0 }));
  await page.screenshot({ path: `${dir}/${name}.png` });
  // The whole step as well, for reviewing content below the fold.
  const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height + 10, 6000) });
  await page.screenshot({ path: `${dir}/${name}-full.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
};

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('case builder', () => {
  test('a student case at a VO school ends in a two-day schorsing with the ISD duty', async ({
    page,
  }) => {
    // Eight steps, each checked with axe: longer than the default on a busy machine.
    test.setTimeout(120_000);
    const cb = new CaseBuilderPage(page);
    // The school is set up in Instellingen; the student is added while starting the case.
    await cb.setUpSchoolInSettings();
    const today = await cb.isoDate();
    const incident = await cb.isoDate(-3);
    const reported = await cb.isoDate(-2);

    await page.goto('/index.html#/zaken/nieuw');
    await page.getByRole('button', { name: 'Nieuwe leerling toevoegen' }).click();
    await page.getByLabel('Aanhef in brieven').selectOption('mevrouw');
    await page.getByLabel('Voornaam').fill('Noor');
    await page.getByLabel('Achternaam').fill('Bakker');
    await page.getByLabel('Geboortedatum').fill('2011-05-04');
    await page.getByLabel('Klas').fill('3 havo B');
    await shot(page, '00-nieuwe-zaak');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(cb.personSelect('Leerling')).toHaveValue(/.+/);
    await page.getByLabel('Titel van de zaak').fill('TikTok-video over klasgenoot');
    await page.getByRole('button', { name: 'Zaak starten' }).click();
    await expect(cb.stepHeading()).toHaveText('Melding en feiten');
    await expectNoAxeViolations(page);
    await cb.openStep('Betrokkene');
    await expect(
      page.getByText('De leerling is minderjarig: brieven gaan naar de leerling én de ouders.'),
    ).toBeVisible();
    await shot(page, '01-betrokkene');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Betrokkene');
    await expect(page.getByLabel('Titel van de zaak')).toHaveValue('TikTok-video over klasgenoot');
    await cb.openStep('Melding en feiten');

    // Melding en feiten
    await cb.fillFacts({
      incident,
      reported,
      reportedBy: 'de mentor',
      platform: 'TikTok',
      posted: 'een video waarin een klasgenoot wordt belachelijk gemaakt',
      reach: 'Beperkt',
      description: 'Noor plaatste een video van een klasgenoot met spottend commentaar.',
    });
    await shot(page, '02-melding');
    await cb.reloadKeeps('Melding en feiten');
    await expect(page.getByLabel('Wat is er geplaatst of gedeeld?')).toHaveValue(
      'een video waarin een klasgenoot wordt belachelijk gemaakt',
    );
    await expect(page.getByLabel('Datum van het voorval')).toHaveValue(incident);
    await cb.next();

    // Protocolartikelen
    await expect(cb.stepHeading()).toHaveText('Protocolartikelen');
    await cb.chooseArticle('A. Voor alle gebruikers', '7');
    await page.getByRole('checkbox', { name: 'pesten' }).check();
    await shot(page, '03-artikelen');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Protocolartikelen');
    await expect(page.getByRole('checkbox', { name: /^art\. 7 / })).toBeChecked();
    await cb.next();

    // Bewijs
    await expect(cb.stepHeading()).toHaveText('Bewijs');
    await shot(page, '04-bewijs');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Bewijs');
    await cb.next();

    // Beoordeling
    await expect(cb.stepHeading()).toHaveText('Beoordeling');
    await cb.answer(/^Is er een herkenbaar slachtoffer\?/);
    await cb.answer(/^Is het gericht tegen een persoon/);
    await expect(page.locator('.level-badge')).toHaveText('S3 ernstig');
    await expect(page.getByText('H0, geen eerdere maatregel')).toBeVisible();
    await shot(page, '05-beoordeling');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Beoordeling');
    await expect(page.locator('.level-badge')).toHaveText('S3 ernstig');
    await cb.next();

    // Besluit
    await expect(cb.stepHeading()).toHaveText('Besluit');
    await expect(cb.advice()).toContainText('Schorsing');
    await expect(cb.advice()).toContainText('WVO 2020 art. 8.14');
    await cb.chooseMeasure(/^Schorsing/);
    await page.getByLabel('Eerste dag').fill(today);
    await page.getByLabel('Aantal schooldagen').fill('2');
    await page
      .getByLabel('Hoe gaat het onderwijs door?')
      .fill('Huiswerk via de mentor, dagelijks contact per telefoon.');
    await page
      .getByLabel('Motivering van het besluit')
      .fill('Noor heeft een klasgenoot publiekelijk belachelijk gemaakt.');
    await page.getByLabel('Datum van het besluit').fill(today);
    await expect(page.getByText('Laatste schooldag van de schorsing')).toBeVisible();
    await expect(page.locator('.duty-preview')).toContainText('Schorsing melden aan de inspectie');
    await shot(page, '06-besluit');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Besluit');
    await expect(page.getByLabel('Aantal schooldagen')).toHaveValue('2');
    await cb.recordDecision();
    await expect(page.locator('.case-header .status-badge')).toContainText('Besluit genomen');
    await cb.next();

    // Brieven
    await expect(cb.stepHeading()).toHaveText('Brieven');
    await expect(page.locator('.letters-row')).toContainText([
      'Dossiernotitie',
      'Uitnodiging gesprek',
      'Verslag gesprek',
      'Besluit schorsing',
    ]);
    // Each document once, with what it needs and its state in the same row.
    await expect(page.locator('[data-testid="document-S4"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="document-S4"]')).toContainText('Concept');
    await shot(page, '07-brieven');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Brieven');
    await cb.next();

    // Opvolging
    await expect(cb.stepHeading()).toHaveText('Opvolging');
    const isd = cb.duty('Schorsing melden aan de inspectie');
    await expect(isd).toBeVisible();
    await expect(isd).toContainText('Internet Schooldossier');
    await isd.getByRole('button', { name: /^Afronden:/ }).click();
    await expect(isd).toContainText('Afgerond op');
    await shot(page, '08-opvolging');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Opvolging');
    await expect(cb.duty('Schorsing melden aan de inspectie')).toContainText('Afgerond op');

    // Leaving the case and opening it again resumes at the step the director was on.
    const caseUrl = new URL(page.url()).hash.replace(/\/opvolging$/, '');
    await page.goto('/index.html#/zaken');
    await page.goto(`/index.html${caseUrl}`);
    await expect(cb.stepHeading()).toHaveText('Opvolging');
    await expect(page).toHaveURL(/\/opvolging$/);

    // Dossier
    await cb
      .stepNav()
      .getByRole('link', { name: /Dossier/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeVisible();
    await expect(page.locator('.timeline')).toContainText(
      'Zaak aangemaakt: TikTok-video over klasgenoot',
    );
    await expect(page.locator('.timeline')).toContainText('Besluit vastgelegd: schorsing');
    await expect(page.locator('.timeline')).toContainText(
      'Taak afgerond: Schorsing melden aan de inspectie',
    );
    await shot(page, '09-dossier');
    await expectNoAxeViolations(page);
  });

  test('a staff waarschuwing, then a second case for the same person escalates the advice', async ({
    page,
  }) => {
    const cb = new CaseBuilderPage(page);
    await cb.seed();
    const today = await cb.isoDate();

    // First case: a formal breach without harm → waarschuwing, recorded as a note.
    await cb.startCase({
      type: 'Medewerker',
      person: 'Smit, Eva (docent Nederlands)',
      title: 'Facebook-bericht zonder disclaimer',
    });
    await cb.fillFacts({
      incident: await cb.isoDate(-40),
      reported: await cb.isoDate(-39),
      platform: 'Facebook',
      posted: 'een bericht over een schoolbesluit zonder vermelding dat het haar mening is',
      reach: 'Besloten',
      description: 'Eva Smit plaatste een bericht over de nieuwe roosterregels.',
    });
    await cb.next();
    await cb.chooseArticle('D. Voor medewerkers tijdens privésituaties', '4');
    await cb.openStep('Beoordeling');
    await expect(page.locator('.level-badge')).toHaveText('S1 licht');
    await cb.openStep('Besluit');
    await expect(cb.advice()).toContainText('Waarschuwing');
    await cb.chooseMeasure(/^Waarschuwing/);
    await expect(
      page.getByText('Dit is geen besluit maar een notitie in het dossier'),
    ).toBeVisible();
    await expect(page.getByText('Een waarschuwing of gesprek is geen besluit')).toBeVisible();
    await page.getByLabel('Datum van de notitie').fill(await cb.isoDate(-38));
    await shot(page, '10-medewerker-waarschuwing');
    await expectNoAxeViolations(page);
    await cb.recordDecision();
    await cb.reloadKeeps('Besluit');
    await expect(page.locator('.case-header .status-badge')).toContainText('Besluit genomen');

    // Second case for the same person: the earlier waarschuwing makes it H1 → berisping.
    await cb.startCase({
      type: 'Medewerker',
      person: 'Smit, Eva (docent Nederlands)',
      title: 'Opnieuw bericht zonder disclaimer',
    });
    await cb.fillFacts({
      incident: await cb.isoDate(-3),
      reported: await cb.isoDate(-2),
      platform: 'Facebook',
      posted: 'opnieuw een bericht zonder persoonlijke disclaimer',
      reach: 'Besloten',
      description: 'Eva Smit plaatste opnieuw een bericht over een schoolbesluit.',
    });
    await cb.next();
    await cb.chooseArticle('D. Voor medewerkers tijdens privésituaties', '4');
    await cb.openStep('Beoordeling');
    await expect(page.getByText('H1, eerdere waarschuwing')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Facebook-bericht zonder disclaimer' }),
    ).toBeVisible();
    await cb.openStep('Besluit');
    await expect(cb.advice()).toContainText('voorgeschiedenis H1, eerdere waarschuwing');
    await expect(cb.advice()).toContainText('Berisping (schriftelijke berisping)');
    await cb.chooseMeasure(/^Berisping/);
    await expect(page.getByText('De zienswijze kan tot en met')).toHaveCount(0);
    await page.getByLabel('Datum van het voornemen').fill(today);
    await expect(page.getByText('De zienswijze kan tot en met')).toBeVisible();
    await page
      .getByLabel('Motivering van het besluit')
      .fill('Herhaald plichtsverzuim na een eerdere waarschuwing.');
    await expect(page.locator('.duty-preview')).toContainText('Termijn zienswijze');
    await shot(page, '11-medewerker-berisping');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Besluit');
    await expect(page.getByLabel('Datum van het voornemen')).toHaveValue(today);

    await cb
      .stepNav()
      .getByRole('link', { name: /Dossier/ })
      .click();
    const earlier = page.getByRole('region', { name: 'Andere zaken van Eva Smit' });
    await expect(
      earlier.getByRole('link', { name: 'Facebook-bericht zonder disclaimer' }),
    ).toBeVisible();
    await expect(earlier).toContainText('waarschuwing');
    await expectNoAxeViolations(page);
  });

  test('a parent case ends in a contactverbod with contact person, review date and complaint route', async ({
    page,
  }) => {
    const cb = new CaseBuilderPage(page);
    await cb.seed();
    const today = await cb.isoDate();

    await page.goto('/index.html#/zaken/nieuw');
    await page.getByRole('radio', { name: /^Ouder of verzorger/ }).check();
    await cb.personSelect('Ouder of verzorger').selectOption({ label: 'Vries, Peter de' });
    // The one linked child is chosen for the director.
    await expect(page.getByLabel('Kind om wie het gaat')).toHaveValue('p-daan');
    await page.getByLabel('Titel van de zaak').fill('Facebook-berichten over de mentor');
    await shot(page, '12-ouder-nieuw');
    await page.getByRole('button', { name: 'Zaak starten' }).click();
    await expect(cb.stepHeading()).toHaveText('Melding en feiten');

    await cb.fillFacts({
      incident: await cb.isoDate(-25),
      reported: await cb.isoDate(-24),
      platform: 'Facebook',
      posted: 'berichten waarin de mentor van zijn zoon wordt zwartgemaakt',
      reach: 'Breed of openbaar',
      description: 'Peter de Vries plaatste drie berichten over de mentor in een openbare groep.',
    });
    await cb.next();
    await cb.chooseArticle('A. Voor alle gebruikers', '7');
    await cb.openStep('Beoordeling');
    await cb.answer(/^Is er een herkenbaar slachtoffer\?/);
    await cb.answer(/^Is het gericht tegen een persoon/);
    await cb.openStep('Besluit');
    await expect(cb.advice()).toContainText('Afspraken over omgangsvormen');
    await cb.chooseMeasure(/^Contactverbod/);
    await page
      .getByLabel('Waarom wijkt u af van het advies?')
      .fill('Eerdere afspraken zijn niet nagekomen; de mentor voelt zich bedreigd.');
    await page
      .getByLabel('Motivering van het besluit')
      .fill('Om de mentor te beschermen verloopt contact via één contactpersoon.');
    await page.getByLabel('Datum van het voornemen').fill(await cb.isoDate(-20));
    await page.getByLabel('Datum van het besluit (na de zienswijze)').fill(today);
    await page.getByLabel('Vaste contactpersoon op school').fill('mevrouw A. Jansen, teamleider');
    await page.getByLabel('Klachtroute').fill('de klachtencommissie van de school');
    // A review date in the past is refused with a Dutch message; nothing else is lost.
    await page.getByLabel('Evaluatiedatum').fill(await cb.isoDate(-1));
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(cb.errorSummary()).toContainText('De evaluatiedatum ligt in het verleden.');
    await page.getByLabel('Evaluatiedatum').fill(await cb.isoDate(60));
    await shot(page, '13-ouder-besluit');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Besluit');
    await expect(page.getByLabel('Vaste contactpersoon op school')).toHaveValue(
      'mevrouw A. Jansen, teamleider',
    );
    await cb.recordDecision();

    await cb.openStep('Opvolging');
    await expect(cb.duty('Termijn zienswijze')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Zienswijze' })).toBeVisible();
    await page.getByLabel('Zienswijze ontvangen op').fill(await cb.isoDate(-10));
    await page
      .getByLabel('Samenvatting van de zienswijze')
      .fill('Meneer De Vries erkent de berichten en verwijdert ze.');
    await shot(page, '14-ouder-opvolging');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Opvolging');
    await expect(page.getByLabel('Samenvatting van de zienswijze')).toHaveValue(
      'Meneer De Vries erkent de berichten en verwijdert ze.',
    );
  });

  test('keyboard alone completes a student case', async ({ page }) => {
    const cb = new CaseBuilderPage(page);
    await cb.seed();
    const today = await cb.isoDate();
    const kb = page.keyboard;

    /** Tabs forward until the element has focus (no mouse, no programmatic focus). */
    const tabTo = async (target: ReturnType<Page['locator']>, max = 80) => {
      for (let i = 0; i < max; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await kb.press('Tab');
      }
      throw new Error('Could not reach the element with Tab');
    };
    /** Types a date into a focused date input in whatever field order it shows. */
    const typeDate = async (target: ReturnType<Page['locator']>, iso: string) => {
      await tabTo(target);
      const [y, m, d] = iso.split('-');
      for (const order of [
        [m, d, y],
        [d, m, y],
        [y, m, d],
      ]) {
        await kb.type(order.join(''));
        if ((await target.inputValue()) === iso) return;
        for (let i = 0; i < 3; i += 1) await kb.press('Backspace');
        await kb.press('Shift+Tab');
        await kb.press('Shift+Tab');
        await tabTo(target);
      }
      throw new Error(`Could not type ${iso}`);
    };

    await page.goto('/index.html#/zaken/nieuw');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe zaak' })).toBeVisible();
    await tabTo(cb.personSelect('Leerling'));
    await kb.type('Bakker');
    await expect(cb.personSelect('Leerling')).toHaveValue('p-noor');
    await tabTo(page.getByLabel('Titel van de zaak'));
    await kb.type('Snapchat-foto van toets');
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Melding en feiten');

    await typeDate(page.getByLabel('Datum van het voorval'), await cb.isoDate(-2));
    await typeDate(page.getByLabel('Datum van de melding'), await cb.isoDate(-1));
    await tabTo(page.getByRole('combobox', { name: 'Platform', exact: true }));
    await kb.type('Snapchat');
    await tabTo(page.getByLabel('Wat is er geplaatst of gedeeld?'));
    await kb.type('een foto van een toets met antwoorden');
    await tabTo(page.getByRole('radio', { name: /^Besloten/ }));
    await kb.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Beperkt/ })).toBeChecked();
    await tabTo(page.getByRole('textbox', { name: 'Feiten', exact: true }));
    await kb.type('Noor deelde een foto van een toets in een klassengroep.');
    await tabTo(page.getByRole('button', { name: /^Volgende/ }));
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Protocolartikelen');

    await tabTo(page.getByRole('checkbox', { name: /^art\. 2 Informatie over school/ }));
    await kb.press('Space');
    await tabTo(page.getByRole('button', { name: /^Volgende/ }));
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Bewijs');
    await tabTo(page.getByRole('button', { name: /^Volgende/ }), 200);
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Beoordeling');
    await tabTo(page.getByRole('checkbox', { name: /^Zijn persoonsgegevens of vertrouwelijke/ }));
    await kb.press('Space');
    await tabTo(page.getByRole('checkbox', { name: /^Is een eerdere aanwijzing genegeerd/ }));
    await kb.press('Space');
    await tabTo(page.getByRole('button', { name: /^Volgende/ }));
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Besluit');
    // S2 raised by the ignored instruction → S3 → schorsing.
    await expect(cb.advice()).toContainText('Schorsing');
    // Tab enters the radio group; the arrow keys choose within it.
    await tabTo(page.getByRole('radio', { name: /^Waarschuwing/ }));
    const schorsing = page.getByRole('radio', { name: /^Schorsing/ });
    for (let i = 0; i < 6 && !(await schorsing.isChecked()); i += 1) await kb.press('ArrowDown');
    await expect(schorsing).toBeChecked();
    await typeDate(page.getByLabel('Eerste dag'), today);
    await tabTo(page.getByLabel('Aantal schooldagen'));
    await kb.type('2');
    await tabTo(page.getByLabel('Hoe gaat het onderwijs door?'));
    await kb.type('Opdrachten via de studiewijzer; de mentor belt dagelijks.');
    await tabTo(page.getByLabel('Motivering van het besluit'));
    await kb.type('Delen van een toets schaadt andere leerlingen en de school.');
    await typeDate(page.getByLabel('Datum van het besluit'), today);
    await tabTo(page.getByRole('button', { name: 'Besluit vastleggen' }));
    await kb.press('Enter');
    await expect(page.getByText(/^Besluit vastgelegd met datum/)).toBeVisible();
    await tabTo(page.getByRole('button', { name: /^Volgende/ }));
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Brieven');
    await tabTo(page.getByRole('button', { name: /^Volgende/ }), 200);
    await kb.press('Enter');
    await expect(cb.stepHeading()).toHaveText('Opvolging');
    const isd = cb.duty('Schorsing melden aan de inspectie');
    await tabTo(isd.getByRole('button', { name: /^Afronden:/ }));
    await kb.press('Enter');
    await expect(isd).toContainText('Afgerond op');
  });

  test('bad input gets a clear Dutch message and nothing typed is lost', async ({ page }) => {
    const cb = new CaseBuilderPage(page);
    await cb.seed();

    // A date of birth in the future, in the inline new-person form.
    await page.goto('/index.html#/zaken/nieuw');
    await page.getByRole('button', { name: 'Nieuwe leerling toevoegen' }).click();
    await page.getByLabel('Voornaam').fill('Sem');
    await page.getByLabel('Achternaam').fill('Visser');
    await page.getByLabel('Geboortedatum').fill(await cb.isoDate(30));
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.getByText('De geboortedatum ligt in de toekomst.')).toBeVisible();
    await expect(page.getByLabel('Voornaam')).toHaveValue('Sem');
    await shot(page, '15-geboortedatum-toekomst');
    await expectNoAxeViolations(page);
    await page.getByLabel('Geboortedatum').fill('2012-03-01');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(cb.personSelect('Leerling')).toHaveValue(/.+/);

    // Empty required fields: Volgende stays and lists what is missing.
    await page.getByLabel('Titel van de zaak').fill('Instagram-story over docent');
    await page.getByRole('button', { name: 'Zaak starten' }).click();
    await expect(cb.stepHeading()).toHaveText('Melding en feiten');
    await page.getByLabel('Wat is er geplaatst of gedeeld?').fill('een story over een docent');
    await cb.next();
    await expect(cb.errorSummary()).toBeFocused();
    await expect(cb.errorSummary()).toContainText('Controleer 5 punten');
    await expect(cb.errorSummary()).toContainText('Vul de datum van het voorval in.');
    await expect(page.getByText('Vul de datum van het voorval in.')).toHaveCount(2);
    await expect(cb.stepHeading()).toHaveText('Melding en feiten');
    await page.getByLabel('Datum van het voorval').fill(await cb.isoDate(2));
    await expect(
      page.getByText('De datum van het voorval ligt in de toekomst.').first(),
    ).toBeVisible();
    await shot(page, '16-verplichte-velden');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Melding en feiten');
    await expect(page.getByLabel('Wat is er geplaatst of gedeeld?')).toHaveValue(
      'een story over een docent',
    );
    await expect(cb.stepNav().getByRole('link', { name: /Melding en feiten/ })).toBeVisible();

    // A schorsing past the statutory maximum is blocked with the reason.
    await cb.fillFacts({
      incident: await cb.isoDate(-2),
      reported: await cb.isoDate(-1),
      platform: 'Instagram',
      posted: 'een story over een docent',
      reach: 'Breed of openbaar',
      description: 'Sem plaatste een story met een foto van een docent en een spottende tekst.',
    });
    await cb.next();
    await cb.chooseArticle('A. Voor alle gebruikers', '7');
    await cb.openStep('Beoordeling');
    await cb.answer(/^Is het gericht tegen een persoon/);
    await cb.openStep('Besluit');
    await cb.chooseMeasure(/^Schorsing/);
    await page.getByLabel('Eerste dag').fill(await cb.isoDate());
    await page.getByLabel('Aantal schooldagen').fill('8');
    await page.getByLabel('Hoe gaat het onderwijs door?').fill('Huiswerk via de mentor.');
    await page
      .getByLabel('Motivering van het besluit')
      .fill('Een docent werd publiek belachelijk gemaakt.');
    await page.getByLabel('Datum van het besluit').fill(await cb.isoDate());
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(cb.errorSummary()).toContainText(
      'Een schorsing duurt in het VO ten hoogste één week (5 schooldagen); deze schorsing duurt 8 schooldagen.',
    );
    await expect(page.locator('.case-header .status-badge')).toContainText('In behandeling');
    await shot(page, '17-schorsing-te-lang');
    await expectNoAxeViolations(page);
    await cb.reloadKeeps('Besluit');
    await expect(page.getByLabel('Aantal schooldagen')).toHaveValue('8');
    await expect(page.getByLabel('Motivering van het besluit')).toHaveValue(
      'Een docent werd publiek belachelijk gemaakt.',
    );

    // Half-typed entries in the add-forms survive a reload, until they are added.
    await cb.openStep('Opvolging');
    await page.getByLabel('Taak', { exact: true }).fill('Terugkeergesprek pla');
    await page.getByText('Gesprek of hoorzitting vastleggen').click();
    await page.getByLabel('Plaats', { exact: true }).fill('kamer 2.04');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Hoorgesprek' });
    await cb.reloadKeeps('Opvolging');
    await expect(page.getByLabel('Taak', { exact: true })).toHaveValue('Terugkeergesprek pla');
    await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('kamer 2.04');
    await expect(page.getByLabel('Soort', { exact: true })).toHaveValue('hoorgesprek');
    await page.getByLabel('Datum', { exact: true }).fill(await cb.isoDate(-1));
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect(page.locator('.hearing-list')).toContainText('Hoorgesprek');
    await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('');

    // A deadline in the past for a task of one's own.
    await page.getByLabel('Taak', { exact: true }).fill('Terugkeergesprek plannen');
    await page.getByLabel('Termijn', { exact: true }).fill(await cb.isoDate(-1));
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await expect(
      page.getByText('De termijn ligt in het verleden. Kies vandaag of een latere datum.'),
    ).toBeVisible();
    await expect(page.getByLabel('Taak', { exact: true })).toHaveValue('Terugkeergesprek plannen');
    await shot(page, '18-termijn-verleden');
    await expectNoAxeViolations(page);
    await page.getByLabel('Termijn', { exact: true }).fill(await cb.isoDate(3));
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await expect(cb.duty('Terugkeergesprek plannen')).toBeVisible();
    await expect(page.getByLabel('Taak', { exact: true })).toHaveValue('');
    await cb.reloadKeeps('Opvolging');
    await expect(cb.duty('Terugkeergesprek plannen')).toBeVisible();
    // Once added, the draft is gone: the form comes back empty.
    await expect(page.getByLabel('Taak', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('');
  });
});
