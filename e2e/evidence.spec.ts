import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { EvidencePage } from './pages/EvidencePage';
import type { FixtureFile } from './pages/EvidencePage';
import { expectNoAxeViolations } from './support/axe';
import { makePdf, makePng, makeWav } from './support/evidenceFixtures';

type Manifest = {
  items: {
    path: string;
    originalName: string;
    sha256: string;
    size: number;
    integrity: string;
    custody: { action: string }[];
  }[];
};

const png: FixtureFile = {
  name: 'Instagram story 😡.png',
  mimeType: 'image/png',
  buffer: makePng(480, 300),
};
const pdf: FixtureFile = {
  name: 'Verslag gesprek.pdf',
  mimeType: 'application/pdf',
  buffer: makePdf('Verslag gesprek'),
};
const wav: FixtureFile = { name: 'Spraakbericht.wav', mimeType: 'audio/wav', buffer: makeWav(1) };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test.describe('evidence locker', () => {
  test('imports by file input and by drag-and-drop, and previews image, PDF and audio', async ({
    page,
  }) => {
    const ev = new EvidencePage(page);
    await ev.open('zaak-1');
    await expectNoAxeViolations(page);

    await ev.addByPicker([png, pdf]);
    await ev.waitForImports(2);
    await ev.addByDrop([wav]);
    await ev.waitForImports(3);

    for (const file of [png, pdf, wav]) {
      await expect(ev.row(file.name)).toContainText(sha256(file.buffer).slice(0, 6));
    }
    await expect(page.getByText('3 stukken, samen')).toBeVisible();

    const imageDetail = await ev.view(png.name);
    const image = imageDetail.getByRole('img', { name: `Voorbeeld van ${png.name}` });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await expect(imageDetail.getByRole('listitem').filter({ hasText: 'Bekeken' })).toBeVisible();
    await expect(imageDetail).toContainText(sha256(png.buffer));

    const pdfDetail = await ev.view(pdf.name);
    await expect(
      pdfDetail.locator('iframe[title="Voorbeeld van Verslag gesprek.pdf"]'),
    ).toHaveAttribute('src', /^blob:/);

    const audioDetail = await ev.view(wav.name);
    const audio = audioDetail.locator('audio');
    await expect(audio).toHaveAttribute('src', /^blob:/);
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState))
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test('exports a bundle whose manifest hashes match sha256sum of the extracted files', async ({
    page,
  }) => {
    const ev = new EvidencePage(page);
    await ev.open('zaak-2');
    const odd: FixtureFile[] = [
      {
        name: '../../etc/passwd',
        mimeType: 'text/plain',
        buffer: Buffer.from('geen wachtwoorden\n'),
      },
      { name: 'CON', mimeType: 'text/plain', buffer: Buffer.from('apparaatnaam\n') },
      { name: 'con.txt', mimeType: 'text/plain', buffer: Buffer.from('nog een\n') },
      { name: 'notulen. . .', mimeType: 'text/plain', buffer: Buffer.from('punten\n') },
    ];
    await ev.addByPicker([png, pdf]);
    await ev.waitForImports(2);
    await ev.addByDrop(odd);
    await ev.waitForImports(6);
    await expect(ev.row('../../etc/passwd')).toBeVisible();

    const zip = await ev.exportBundle();
    await expect(page.getByText(/^Bundel opgeslagen: Bewijsbundel/)).toBeVisible();

    const entries = unzipSync(new Uint8Array(zip));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'README.txt',
        'MANIFEST.txt',
        'SHA256SUMS.txt',
        'manifest.json',
        'bestanden/Instagram story 😡.png',
        'bestanden/Verslag gesprek.pdf',
        'bestanden/_.._etc_passwd',
        'bestanden/_CON',
        'bestanden/_con.txt',
        'bestanden/notulen',
      ].sort(),
    );
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    expect(manifest.items).toHaveLength(6);

    // Write the bundle's files out and let the standard tool hash them.
    const dir = mkdtempSync(join(tmpdir(), 'bundle-e2e-'));
    try {
      for (const [path, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
      }
      for (const item of manifest.items) {
        const out = execFileSync('sha256sum', ['-b', item.path], { cwd: dir, encoding: 'utf8' });
        expect(out.split(' ')[0], item.path).toBe(item.sha256);
        expect(item.integrity).toBe('intact');
        expect(item.custody.map((e) => e.action)).toEqual(['imported', 'verified']);
      }
      const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS.txt'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(checked.match(/: OK$/gm)).toHaveLength(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(manifest.items.find((i) => i.path === 'bestanden/_.._etc_passwd')?.originalName).toBe(
      '../../etc/passwd',
    );
    expect(manifest.items.find((i) => i.originalName === png.name)?.sha256).toBe(
      sha256(png.buffer),
    );

    // The export is on every item's custody log.
    const detail = await ev.view('CON');
    await expect(
      detail.getByRole('listitem').filter({ hasText: 'Geëxporteerd in Bewijsbundel' }),
    ).toBeVisible();
  });

  test('refuses bad input with Dutch messages and stores nothing for it', async ({ page }) => {
    const ev = new EvidencePage(page);
    await ev.open('zaak-3');
    await ev.addByPicker([
      { name: 'leeg.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
      png,
    ]);
    await ev.waitForImports(2);
    await expect(ev.importJob('leeg.jpg')).toContainText(
      'leeg.jpg is leeg (0 bytes) en is niet toegevoegd.',
    );

    await ev.addByDrop([{ ...png, name: 'kopie.png' }]);
    await ev.waitForImports(3);
    const duplicate = ev.importJob('kopie.png');
    await expect(duplicate).toContainText(
      `kopie.png staat al in deze zaak als ${png.name} en is niet nog eens opgeslagen.`,
    );
    await duplicate.getByRole('button', { name: `Toon ${png.name}` }).click();
    await expect(ev.row(png.name)).toHaveClass(/is-selected/);

    await expect(page.getByText('1 stuk, samen')).toBeVisible();
    await expect(ev.list().getByRole('row')).toHaveCount(2);

    // The form says in Dutch what is missing, next to each field.
    await page.getByRole('button', { name: 'URL vastleggen' }).click();
    await page.getByLabel('URL', { exact: true }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect(
      page.getByText('Alleen webadressen die beginnen met http:// of https://.'),
    ).toBeVisible();
    await expect(page.getByLabel('Platform')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Vul dit veld in.')).toHaveCount(3);
  });

  test('records a URL and a witness statement as hashed evidence, and pastes a screenshot', async ({
    page,
  }) => {
    const ev = new EvidencePage(page);
    await ev.open('zaak-4');

    await page.getByRole('button', { name: 'URL vastleggen' }).click();
    await page
      .getByLabel('URL', { exact: true })
      .fill('https://www.tiktok.com/@voorbeeld/video/123');
    await page.getByLabel('Platform').fill('TikTok');
    await page.getByLabel('Account of naam').fill('@voorbeeld');
    await page.getByLabel('Gezien op').fill('2025-03-12T14:05');
    await page.getByLabel('Gezien door').fill('M. Jansen');
    await page.getByLabel('Beschrijving').fill('Filmpje waarin een docent wordt nagedaan.');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    const urlDetail = page.locator('.evidence-detail');
    await expect(
      urlDetail.getByRole('heading', { name: 'URL TikTok 2025-03-12 1405.txt' }),
    ).toBeVisible();
    await expect(urlDetail.locator('pre')).toContainText(
      'Gezien op:    12 maart 2025 om 14:05 (lokale tijd)',
    );

    await page.getByRole('button', { name: 'Getuigenverklaring' }).click();
    await page.getByRole('textbox', { name: 'Getuige' }).fill('Leerling B (3 havo)');
    await page.getByLabel('Datum en tijd van de verklaring').fill('2025-03-13T09:30');
    await page
      .getByLabel('Verklaring', { exact: true })
      .fill('Ik zag het filmpje in de groepsapp.');
    await page.getByLabel('De getuige heeft de verklaring ondertekend').check();
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect(page.locator('.evidence-detail pre')).toContainText('Ondertekend:  ja');

    await page.evaluate(
      async (bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
        document.body.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }),
        );
      },
      [...makePng(200, 120, 5)],
    );
    await ev.waitForImports(1);
    await expect(ev.list()).toContainText('Schermafbeelding');
    await expect(page.getByText('3 stukken, samen')).toBeVisible();
  });

  test('shows a changed stored file loudly and records the failed check', async ({ page }) => {
    const ev = new EvidencePage(page);
    await ev.open('zaak-5');
    await ev.addByPicker([png, pdf]);
    await ev.waitForImports(2);

    await page.getByRole('button', { name: 'Alles controleren' }).click();
    await expect(
      page.getByText('Alle 2 stukken zijn ongewijzigd sinds het importeren.'),
    ).toBeVisible();

    // Someone changes the stored bytes behind the app's back.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sanctiedossier');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction(['evidence', 'evidenceBlobs'], 'readwrite');
            const all = tx.objectStore('evidence').getAll();
            all.onsuccess = () => {
              const items = all.result as { id: string; originalName: string }[];
              const target = items.find((i) => i.originalName === 'Verslag gesprek.pdf');
              if (target)
                tx.objectStore('evidenceBlobs').put({
                  id: target.id,
                  blob: new Blob(['vervalst']),
                });
            };
            tx.oncomplete = () => resolve();
          };
        }),
    );

    await page.getByRole('button', { name: 'Verslag gesprek.pdf controleren' }).click();
    await expect(ev.row(pdf.name).getByText('AFWIJKING')).toBeVisible();
    await page.getByRole('button', { name: 'Alles controleren' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Afwijking gevonden' });
    await expect(alert).toContainText('Verslag gesprek.pdf');
    await expect(alert).not.toContainText(png.name);
    const detail = await ev.view(pdf.name);
    await expect(
      detail.getByRole('listitem').filter({ hasText: 'Gecontroleerd: AFWIJKING' }),
    ).toHaveCount(2);
  });
});
