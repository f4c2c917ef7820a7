import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type FixtureFile = { name: string; mimeType: string; buffer: Buffer };

/** The evidence locker of one case (`#/zaken/<id>/bewijs`), by its Dutch labels. */
export class EvidencePage {
  constructor(readonly page: Page) {}

  /** Sets the user name (recorded on every custody entry), then opens the case's locker. */
  async open(caseId: string, userName = 'A. de Directeur'): Promise<void> {
    await this.page.goto('/index.html#/instellingen');
    await this.page.getByLabel('Uw naam').fill(userName);
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText('Opgeslagen')).toBeVisible();
    await this.page.goto(`/index.html#/zaken/${caseId}/bewijs`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Bewijs' })).toBeVisible();
  }

  fileInput(): Locator {
    return this.page.getByLabel('Bestanden om als bewijs toe te voegen');
  }

  async addByPicker(files: FixtureFile[]): Promise<void> {
    await this.fileInput().setInputFiles(files);
  }

  /** Drops files on the drop zone the way a browser does: a drop event with a DataTransfer. */
  async addByDrop(files: FixtureFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.mimeType, data: [...f.buffer] }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(new File([new Uint8Array(f.data)], f.name, { type: f.type }));
      return dt;
    }, payload);
    const zone = this.page.locator('.dropzone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  importJob(name: string): Locator {
    return this.page.locator('.import-job').filter({ hasText: name });
  }

  async waitForImports(count: number): Promise<void> {
    await expect(this.page.getByText(`${count} van ${count} verwerkt`)).toBeVisible();
  }

  list(): Locator {
    return this.page.getByRole('table');
  }

  row(name: string): Locator {
    return this.list().getByRole('row').filter({ hasText: name });
  }

  async view(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `${name} bekijken` }).click();
    const detail = this.page.locator('.evidence-detail');
    await expect(detail.getByRole('heading', { name })).toBeVisible();
    return detail;
  }

  async exportBundle(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Bundel exporteren' }).click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    return readFileSync(path);
  }
}
