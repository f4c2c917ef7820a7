import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { CaseBuilderPage, VO_SEED } from './pages/CaseBuilderPage';
import type { Seed } from './pages/CaseBuilderPage';
import { LettersPage } from './pages/LettersPage';
import { expectNoAxeViolations } from './support/axe';

/**
 * When SHOTS_DIR is set, the letters panel is saved as PNGs for a visual review: one window
 * per screenful, from the panel's top to its end.
 */
const shot = async (page: Page, name: string): Promise<void> => {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  const panel = page.locator('.letters-panel');
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const screens = await panel.evaluate((el) => Math.ceil(el.getBoundingClientRect().height / 700));
  for (let i = 0; i < Math.min(screens, 8); i += 1) {
    if (i > 0) await page.locator('#main').evaluate((main) => main.scrollBy({ top: 700 }));
    await page.screenshot({ path: `${dir}/${name}-${i + 1}.png` });
  }
};

/** Saves a browser download when SHOTS_DIR is set, and returns its bytes. */
const bytesOf = async (download: Download): Promise<Buffer> => {
  const path = await download.path();
  const dir = process.env.SHOTS_DIR;
  if (dir) await download.saveAs(`${dir}/${download.suggestedFilename()}`);
  return readFile(path);
};

const docxText = async (bytes: Buffer): Promise<{ text: string; warnings: number }> => {
  const result = await mammoth.extractRawText({ buffer: bytes });
  return { text: result.value, warnings: result.messages.length };
};

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * A VO pupil's schorsing built through the case builder (at an openbare school when the seed
 * says so), up to the Brieven step: Daan de Vries
 * (2 vwo A, 14), whose father is in the register.
 */
const buildSchorsingCase = async (page: Page, seed: Seed = VO_SEED): Promise<{ today: string }> => {
  const cb = new CaseBuilderPage(page);
  await cb.seed(seed);
  const today = await cb.isoDate();
  // The register's option label may change; the person's id does not.
  await page.goto('/index.html#/zaken/nieuw');
  await page.getByRole('radio', { name: /^Leerling/ }).check();
  await cb.personSelect('Leerling').selectOption('p-daan');
  await page.getByLabel('Titel van de zaak').fill('Meme over klasgenoot');
  await page.getByRole('button', { name: 'Zaak starten' }).click();
  await expect(cb.stepHeading()).toHaveText('Melding en feiten');
  await cb.fillFacts({
    incident: await cb.isoDate(-3),
    reported: await cb.isoDate(-2),
    reportedBy: 'de mentor',
    platform: 'Instagram',
    posted: 'een meme over een klasgenoot op Instagram',
    reach: 'Breed of openbaar',
    description:
      'Daan plaatste een bewerkte foto van een klasgenoot als meme in zijn openbare Instagram-verhaal.\nHet verhaal is door ten minste 140 accounts bekeken.',
  });
  await cb.saved();
  await cb.next();
  await cb.chooseArticle('A. Voor alle gebruikers', '7');
  await page.getByRole('checkbox', { name: 'pesten' }).check();
  await cb.saved();
  await cb.next();
  await cb.next();
  await cb.answer(/^Is er een herkenbaar slachtoffer\?/);
  await cb.answer(/^Is het gericht tegen een persoon/);
  await cb.saved();
  await cb.next();
  await cb.chooseMeasure(/^schorsing$/i);
  await page.getByLabel('Eerste dag').fill(today);
  await page.getByLabel('Aantal schooldagen').fill('2');
  await page
    .getByLabel('Hoe gaat het onderwijs door?')
    .fill('Daan krijgt dagelijks huiswerk via de mentor en heeft elke ochtend telefonisch contact');
  await page
    .getByLabel('Motivering van het besluit')
    .fill(
      'Daan heeft een klasgenoot publiekelijk belachelijk gemaakt. Een schorsing van twee dagen is passend.',
    );
  await page.getByLabel('Datum van het besluit').fill(today);
  await cb.saved();
  await cb.recordDecision();
  await cb.openStep('Brieven');
  return { today };
};

test.describe('letters', () => {
  test('issue a besluit schorsing, download it, correct it to version 2, and export a ZIP', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await buildSchorsingCase(page);
    const letters = new LettersPage(page);
    const cb = new CaseBuilderPage(page);
    // One list: what each document is and needs, merged with its state and actions.
    await expect(
      letters.panel().getByRole('heading', { level: 3, name: 'Procedure' }),
    ).toBeVisible();
    await expect(page.locator('.letters-row')).toHaveCount(8);
    await expect(letters.row('S4')).toContainText('Besluit schorsing');
    await expect(letters.row('S4')).toContainText(/Concept\s*nog \d+ punt/);
    await expect(letters.row('S4')).toContainText('WVO 2020 art. 8.14');
    await expect(letters.row('S4')).toContainText('Moet bevatten');
    await expect(letters.row('S4')).toContainText('Uitgeven rondt deze taak af bij Opvolging');
    await expect(
      letters.row('S4').getByRole('button', { name: 'Besluit schorsing openen' }),
    ).toBeVisible();
    await shot(page, 'letters-01-list');
    await expectNoAxeViolations(page);

    // Draft: what is missing, details, paragraph edits that survive a reload.
    await letters.open('Besluit schorsing');
    await expect(letters.missing()).toContainText('tijd terugkeergesprek');
    await shot(page, 'letters-02-draft');
    await expectNoAxeViolations(page);
    await letters.fillDetail('Tijd terugkeergesprek', '08:30');
    await letters.fillDetail('Plaats terugkeergesprek', 'kamer 1.12');
    await letters.editParagraph(
      'Na afloop van de schorsing',
      'Na afloop van de schorsing vindt een terugkeergesprek plaats op maandag om 08:30 uur in kamer 1.12. Wij verwachten u en Daan daarbij.',
    );
    await expect(letters.paper()).toContainText('op maandag om 08:30 uur in kamer 1.12');
    await expect(letters.panel().getByText('aangepast')).toBeVisible();
    await page.reload();
    await letters.open('Besluit schorsing');
    await expect(letters.paper()).toContainText('op maandag om 08:30 uur in kamer 1.12');
    await expect(letters.missing()).toHaveCount(0);
    await expect(letters.paper()).toContainText('D. de Vries');
    await shot(page, 'letters-03-ready');

    // Issue, then the frozen view with its hash and integrity.
    await letters.issue();
    await expect(letters.panel().getByText(/^Onveranderd/)).toBeVisible();
    const sha1 = await letters.panel().getByTestId('issued-sha256').innerText();
    expect(sha1).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      letters.panel().getByText(/De taak ‘Besluit schorsing’ staat nu als afgerond/),
    ).toBeVisible();
    await shot(page, 'letters-04-issued');
    await expectNoAxeViolations(page);

    // Issuing ticked off the duty the letter fulfils; the director can still reopen it by hand.
    await cb.openStep('Opvolging');
    const dutyS4 = cb.duty('Besluit schorsing');
    await expect(dutyS4).toContainText('Afgerond op');
    await dutyS4.getByRole('button', { name: /^Heropenen:/ }).click();
    await expect(dutyS4.getByRole('button', { name: /^Afronden:/ })).toBeVisible();
    await cb.saved();
    await cb.openStep('Brieven');
    await letters.open('Besluit schorsing');

    const first = await letters.download(
      letters.panel().getByRole('button', { name: 'Opslaan', exact: true }),
    );
    expect(first.suggestedFilename()).toMatch(
      /^\d{4}-\d{2}-\d{2} Besluit schorsing - D\. de Vries\.docx$/,
    );
    const v1 = await docxText(await bytesOf(first));
    expect(v1.warnings).toBe(0);
    expect(v1.text).toContain('Daan de Vries');
    expect(v1.text).toMatch(/20XY-\d{4}-\d{4}-\d{2}/);
    expect(v1.text).toContain('Wij schorsen Daan voor twee schooldagen');
    expect(v1.text).toContain('op maandag om 08:30 uur in kamer 1.12');

    // Correct: version 2 refers to version 1, which stays as it was.
    await letters.panel().getByRole('button', { name: 'Corrigeren' }).click();
    await letters
      .panel()
      .getByLabel('Reden van de correctie')
      .fill('Tijd terugkeergesprek gewijzigd');
    await letters.editParagraph(
      'Na afloop van de schorsing',
      'Na afloop van de schorsing vindt een terugkeergesprek plaats op maandag om 09:00 uur in kamer 1.12. Wij verwachten u en Daan daarbij.',
    );
    await letters.issue('Versie 2 uitgeven');
    await expect(letters.panel().getByText('versie 1', { exact: true })).toBeVisible();
    await expect(letters.panel().getByText('Tijd terugkeergesprek gewijzigd')).toBeVisible();
    const sha2 = await letters.panel().getByTestId('issued-sha256').innerText();
    expect(sha2).not.toBe(sha1);
    await expect(letters.panel().getByRole('row', { name: new RegExp(sha1) })).toBeVisible();
    await shot(page, 'letters-05-version2');
    await expectNoAxeViolations(page);
    // A correction does not tick the reopened duty again.
    await expect(letters.panel().getByText(/staat nu als afgerond/)).toHaveCount(0);
    const second = await letters.download(
      letters.panel().getByRole('button', { name: 'Opslaan', exact: true }),
    );
    expect(second.suggestedFilename()).toContain('Besluit schorsing (versie 2) - D. de Vries.docx');
    const v2 = await docxText(await bytesOf(second));
    expect(v2.text).toContain('op maandag om 09:00 uur in kamer 1.12');
    expect(v2.text).toContain('vervangt onze brief van');

    // The case dossier, then both documents together as one ZIP.
    await letters.back();
    await expect(
      letters.row('S4').getByRole('button', { name: 'Besluit schorsing openen' }),
    ).toBeFocused();
    await expect(letters.row('S4')).toContainText('Uitgegeven, versie 2');
    await letters.open('Zaakdossier');
    await letters.issue();
    await letters.back();
    await letters.row('S4').getByRole('checkbox').check();
    await letters.row('D2').getByRole('checkbox').check();
    await expect(letters.panel().getByText('2 documenten aangevinkt.')).toBeVisible();
    await shot(page, 'letters-06-zip');
    const zipDownload = await letters.download(
      letters.panel().getByRole('button', { name: 'Opslaan als ZIP' }),
    );
    expect(zipDownload.suggestedFilename()).toMatch(
      /Documenten 20XY-\d{4}-\d{4} - D\. de Vries\.zip$/,
    );
    const zip = await JSZip.loadAsync(await bytesOf(zipDownload));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/Besluit schorsing \(versie 2\) - D\. de Vries\.docx$/);
    expect(names[1]).toMatch(/Zaakdossier - D\. de Vries\.docx$/);
    const dossier = await docxText(await zip.file(names[1] ?? '')!.async('nodebuffer'));
    expect(dossier.text).toContain(sha1);
    expect(dossier.text).toContain('Besluit schorsing (versie 2)');

    // Bytes changed behind the app's back are reported loudly and never saved.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sanctiedossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const docs = await new Promise<{ id: string; docType: string }[]>((resolve) => {
        const request = db.transaction('issuedDocuments').objectStore('issuedDocuments').getAll();
        request.onsuccess = () => resolve(request.result as { id: string; docType: string }[]);
      });
      const target = docs.find((d) => d.docType === 'D2');
      await new Promise<void>((resolve) => {
        const tx = db.transaction('issuedDocumentFiles', 'readwrite');
        tx.objectStore('issuedDocumentFiles').put({
          id: target?.id,
          bytes: new Uint8Array([1, 2, 3]),
        });
        tx.oncomplete = () => resolve();
      });
      db.close();
    });
    await page.reload();
    await expect(letters.panel().getByRole('alert')).toContainText(
      'van 1 uitgegeven document komt de opgeslagen inhoud niet overeen',
    );
    await letters.open('Zaakdossier');
    await expect(letters.panel().getByRole('alert').last()).toContainText(
      'Gewijzigd of beschadigd: de opgeslagen inhoud komt NIET overeen',
    );
    await expect(
      letters.panel().getByRole('button', { name: 'Opslaan', exact: true }),
    ).toBeDisabled();
    await shot(page, 'letters-07-tampered');
    await expectNoAxeViolations(page);

    // The case file lists what was issued, with the same integrity check and Opslaan.
    await cb
      .stepNav()
      .getByRole('link', { name: /Dossier/ })
      .click();
    await expect(letters.issuedInCaseFile()).toBeVisible();
    await expect(letters.issuedRow('S4')).toContainText('versie 2');
    await expect(letters.issuedRow('S4')).toContainText('Onveranderd');
    await expect(letters.issuedRow('D2')).toContainText('Gewijzigd of beschadigd');
    await shot(page, 'letters-08-case-file');
    await expectNoAxeViolations(page);
    await expect(
      letters.issuedRow('D2').getByRole('button', { name: 'Zaakdossier opslaan' }),
    ).toBeDisabled();
    await expect(page.locator('.timeline')).toContainText('Taak afgerond: Besluit schorsing');
    await expect(page.locator('.timeline')).toContainText('Taak heropend: Besluit schorsing');
    const fromFile = await letters.download(
      letters.issuedRow('S4').getByRole('button', { name: 'Besluit schorsing opslaan' }),
    );
    expect(fromFile.suggestedFilename()).toContain('Besluit schorsing (versie 2)');
    await letters.issuedInCaseFile().getByRole('link', { name: 'Naar de stap Brieven' }).click();
    await expect(cb.stepHeading()).toHaveText('Brieven');
    await cb.openStep('Opvolging');
    await expect(
      cb.duty('Besluit schorsing').getByRole('button', { name: /^Afronden:/ }),
    ).toBeVisible();
  });

  test('S10: a bezwaar lodged in Opvolging is decided in Brieven with the outcome chosen from a list', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // At an openbare school a schorsing is open to bezwaar under the Awb.
    const { today } = await buildSchorsingCase(page, OPENBAAR_SEED);
    const letters = new LettersPage(page);
    const cb = new CaseBuilderPage(page);

    await cb.openStep('Opvolging');
    await page.getByLabel('Ingesteld op').fill(today);
    await page.getByLabel('Ingesteld door').fill('P. de Vries, vader van Daan');
    await cb.saved();
    await page.getByRole('button', { name: 'Bezwaar of beroep registreren' }).click();
    await addHearing(page, {
      kind: 'Hoorzitting',
      date: today,
      place: 'kamer 1.12',
      attendees: 'P. de Vries; M. de Boer',
      notes: 'De vader lichtte het bezwaar toe.',
    });
    await expect(cb.duty('Besluit op bezwaar')).toContainText(/uiterlijk/);

    await cb.openStep('Brieven');
    await expect(letters.row('S10')).toContainText('Besluit op bezwaar');
    await letters.open('Besluit op bezwaar');
    // The outcome is a list; until one is chosen, the message sits beside it and issuing waits.
    const outcome = letters.detail('Uitkomst');
    await expect(outcome).toHaveRole('combobox');
    await expect(outcome).toHaveAttribute('aria-invalid', 'true');
    await expect(outcome).toHaveAccessibleDescription(
      /Kies de uitkomst van het bezwaar \(gegrond, ongegrond of deels gegrond\)\./,
    );
    await expect(letters.issueButton()).toBeDisabled();
    await expect(
      letters.panel().getByText(/^Uitgeven kan pas als de aanvullende gegevens/),
    ).toBeVisible();
    await expect(letters.detailGroup('Beslissing op het bezwaar')).toBeVisible();
    // The list is reached from the field before it with the keyboard.
    await letters.detail('Oordeel Geschillencommissie').focus();
    await page.keyboard.press('Tab');
    await expect(outcome).toBeFocused();
    await shot(page, 'letters-s10-details');
    await expectNoAxeViolations(page);

    await letters.chooseDetail('Uitkomst', 'Ongegrond');
    await expect(outcome).not.toHaveAttribute('aria-invalid', 'true');
    await letters.fillDetail('Het bezwaar, samengevat', 'De vader vindt de schorsing te zwaar.');
    await letters.fillDetail('Hoorzitting geleid door', 'de rector');
    await letters.fillDetail(
      'Overwegingen',
      'De schorsing was passend gezien de ernst van het pesten.\nDe ouders zijn vooraf gehoord.',
    );
    await expect(letters.paper()).toContainText('De schorsing was passend');
    await expect(letters.missing()).toHaveCount(0);
    await shot(page, 'letters-s10-ready');
    await letters.issue();
    await expect(
      letters.panel().getByText(/De taak ‘Besluit op bezwaar’ staat nu als afgerond/),
    ).toBeVisible();

    await cb.openStep('Opvolging');
    await expect(cb.duty('Besluit op bezwaar')).toContainText('Afgerond op');
  });

  test('P3 and P9 for a staff member: statements and reaction term, a date-time and a number checked in Dutch', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const cb = new CaseBuilderPage(page);
    const letters = new LettersPage(page);
    await cb.seed();
    const today = await cb.isoDate();
    await cb.startCase({
      type: 'Medewerker',
      person: 'Smit, Eva (docent Nederlands)',
      title: 'Cijferlijst in een appgroep',
    });
    await cb.fillFacts({
      incident: await cb.isoDate(-3),
      reported: await cb.isoDate(-2),
      platform: 'WhatsApp',
      posted: 'een foto van een cijferlijst van klas 3 havo B',
      reach: 'Beperkt',
      description:
        'Eva Smit deelde een foto van een cijferlijst in een appgroep van collega’s en ouders.',
    });
    await cb.next();
    await cb.chooseArticle('D. Voor medewerkers tijdens privésituaties', '4');
    await cb.openStep('Beoordeling');
    await cb.answer(/^Is er een datalek waarvoor de school verantwoordelijk is\?/);
    await cb.saved();
    await cb.openStep('Besluit');
    await cb.chooseMeasure(/^Berisping/);
    await page.getByLabel('Datum van het voornemen').fill(today);
    await page
      .getByLabel('Motivering van het besluit')
      .fill('Leerlinggegevens horen niet in een appgroep.');
    await cb.saved();
    await cb.openStep('Opvolging');
    await addHearing(page, {
      kind: 'Hoorgesprek',
      date: today,
      place: 'kamer 2.04',
      attendees: 'E. Smit; M. de Boer',
      notes: 'Mevrouw Smit erkent de foto te hebben gedeeld.',
    });

    // P3: the statements, one per line, and the date the employee may comment until.
    await cb.openStep('Brieven');
    await letters.open('Verslag hoorgesprek');
    await letters.fillDetail(
      'Verklaringen',
      'Mevrouw Smit: Ik wilde de ouders snel informeren.\nDe rector: De lijst bevatte cijfers van alle leerlingen.',
    );
    await letters.fillDetail('Reactie op het verslag uiterlijk', await cb.isoDate(10));
    await expect(letters.paper()).toContainText('Ik wilde de ouders snel informeren.');
    await expect(letters.missing()).toHaveCount(0);
    await letters.issue();
    // The report has no duty of its own to tick off.
    await expect(letters.panel().getByText(/staat nu als afgerond/)).toHaveCount(0);
    await letters.back();
    await expect(letters.row('P3')).toContainText('Uitgegeven');

    // P9: the breach's moment as a date-time, the number of people as a number.
    await letters.open('Datalek melden aan de Autoriteit Persoonsgegevens');
    await expect(letters.detailGroup('Het datalek')).toBeVisible();
    await expect(letters.detailGroup('Melding bij de Autoriteit Persoonsgegevens')).toBeVisible();
    const discovered = letters.detail('Datalek ontdekt op');
    await expect(discovered).toHaveAttribute('type', 'datetime-local');
    await discovered.fill(`${await cb.isoDate(-2)}T09:15`);
    const count = letters.detail('Aantal betrokkenen');
    await expect(count).toHaveAttribute('type', 'number');
    await count.fill('-3');
    await count.blur();
    await expect(count).toHaveAttribute('aria-invalid', 'true');
    await expect(count).toHaveAccessibleDescription('Vul een heel getal in, bijvoorbeeld 12.');
    await expect(letters.issueButton()).toBeDisabled();
    await expect(
      letters
        .panel()
        .getByText('Uitgeven kan pas als de aanvullende gegevens kloppen: 1 punt is gemarkeerd.'),
    ).toBeVisible();
    await shot(page, 'letters-p9-details');
    await expectNoAxeViolations(page);
    await count.fill('28');
    await expect(count).not.toHaveAttribute('aria-invalid', 'true');
    await expect(letters.panel().getByText(/gemarkeerd/)).toHaveCount(0);
  });
});

/** The VO school of the seed as an openbare school, where a schorsing is open to bezwaar. */
const OPENBAAR_SEED: Seed = {
  ...VO_SEED,
  schools: VO_SEED.schools.map((school) => ({ ...school, denomination: 'openbaar' })),
};

/** Records a conversation or hearing in Opvolging. */
const addHearing = async (
  page: Page,
  h: { kind: string; date: string; place: string; attendees: string; notes: string },
): Promise<void> => {
  const form = page.locator('details.add-hearing');
  if (!(await form.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await form.getByText('Gesprek of hoorzitting vastleggen').click();
  }
  await form.getByLabel('Soort').selectOption({ label: h.kind });
  await form.getByLabel('Datum', { exact: true }).fill(h.date);
  await form.getByLabel('Plaats').fill(h.place);
  await form.getByLabel('Aanwezig').fill(h.attendees);
  await form.getByLabel('Aantekeningen').fill(h.notes);
  await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Gesprekken en hoorzittingen' })
      .getByRole('listitem')
      .filter({ hasText: h.kind })
      .filter({ hasText: h.place }),
  ).toBeVisible();
};
