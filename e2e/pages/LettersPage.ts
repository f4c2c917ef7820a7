import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

/** The letters panel of the Brieven step, and the issued documents in the case file. */
export class LettersPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.locator('.letters-panel');
  }

  row(code: string): Locator {
    return this.panel().getByTestId(`document-${code}`);
  }

  async open(title: string): Promise<void> {
    await this.panel()
      .getByRole('button', { name: `${title} openen` })
      .click();
    await expect(this.panel().getByRole('heading', { level: 3, name: title })).toBeFocused();
  }

  /** The case file's list of issued documents. */
  issuedInCaseFile(): Locator {
    return this.page.getByRole('region', { name: 'Uitgegeven documenten' });
  }

  issuedRow(code: string): Locator {
    return this.issuedInCaseFile().getByTestId(`issued-${code}`);
  }

  async back(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Terug naar de documenten' }).click();
  }

  missing(): Locator {
    return this.panel().locator('.letters-missing');
  }

  /** Fills an extra detail of the document (saved at once). */
  async fillDetail(label: string, value: string): Promise<void> {
    await this.panel().getByLabel(label, { exact: true }).fill(value);
  }

  /** An extra detail of the document by its label. */
  detail(label: string): Locator {
    return this.panel().getByLabel(label, { exact: true });
  }

  /** Chooses an option of an extra detail that is a list (a select), by its visible text. */
  async chooseDetail(label: string, option: string): Promise<void> {
    await this.detail(label).selectOption({ label: option });
  }

  /** The heading of a group of details, e.g. "Het datalek". */
  detailGroup(name: string): Locator {
    return this.panel().getByRole('group', { name });
  }

  /** The main issue button of the open draft. */
  issueButton(name: string | RegExp = 'Uitgeven'): Locator {
    return this.panel().getByRole('button', { name, exact: true });
  }

  /** Opens the editor of the paragraph that starts with `start`, types the text and closes it. */
  async editParagraph(start: string, text: string): Promise<void> {
    await this.panel()
      .getByRole('button', { name: new RegExp(`^Alinea bewerken: ${escape(start)}`) })
      .click();
    const editor = this.panel().getByRole('textbox', { name: 'Tekst van de alinea' });
    await expect(editor).toBeFocused();
    await editor.fill(text);
    await this.panel().getByRole('button', { name: 'Klaar' }).click();
  }

  paper(): Locator {
    return this.panel().getByRole('article');
  }

  /** Issues the open document through the confirmation step. */
  async issue(buttonName: string | RegExp = 'Uitgeven'): Promise<void> {
    await this.panel().getByRole('button', { name: buttonName, exact: true }).click();
    await this.panel().getByRole('button', { name: 'Definitief uitgeven' }).click();
    await expect(this.panel().getByText(/is uitgegeven als versie \d+/)).toBeVisible();
  }

  /** Clicks a button that saves a file and returns the browser download. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
