import type { Locator, Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form control by its visible Dutch label, with or without the "(optioneel)" marker. */
export const byLabel = (scope: Page | Locator, label: string): Locator =>
  scope.getByLabel(new RegExp(`^${escape(label)}( \\(optioneel\\))?$`));

/** The error message tied to a control by aria-describedby, or '' when there is none. */
export const errorOf = async (page: Page, control: Locator): Promise<string> => {
  const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  return errorId ? ((await page.locator(`[id="${errorId}"]`).textContent()) ?? '') : '';
};
