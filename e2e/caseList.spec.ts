import { expect, test } from '@playwright/test';
import { CaseListPage } from './pages/CaseListPage';
import { expectNoAxeViolations } from './support/axe';
import { seedDatabase, waitForDatabase } from './support/seedDatabase';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const THIS_YEAR = new Date().getFullYear();

const school = (id: string, name: string, brin: string) => ({
  id,
  name,
  boardName: `Stichting ${name}`,
  brin,
  sector: 'VO',
  denomination: 'openbaar',
  address: { street: 'Schoolweg', houseNumber: '1', postcode: '9201 AB', city: 'Drachten' },
  phone: '',
  email: '',
  website: '',
  logo: null,
  protocolId: 'seed-004-csg-liudger',
  signers: [{ name: 'R. Hoekstra', functionTitle: 'rector', mandate: 'namens het CvB' }],
  holidays: [],
  envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
});

const person = (id: string, role: string, firstName: string, infix: string, lastName: string) => ({
  id,
  schoolId: 'school-liudger',
  role,
  firstName,
  infix,
  lastName,
  salutation: 'neutraal',
  dateOfBirth: role === 'leerling' ? '2011-03-12' : null,
  className: null,
  functionTitle: role === 'medewerker' ? 'docent' : null,
  address: null,
  email: null,
  childIds: [],
});

const duty = (id: string, labelNl: string, dueAt: string, doneAt: string | null = null) => ({
  id,
  key: 'eigen',
  labelNl,
  labelEn: labelNl,
  dueAt: `${dueAt}T23:59`,
  doneAt,
  legalBasis: null,
  needsCheck: false,
  noteNl: '',
  noteEn: '',
  source: 'procedure',
  documentId: null,
});

type CaseSeed = {
  id: string;
  subjectId: string;
  subjectType: string;
  sequence: number;
  title: string;
  status: string;
  createdAt?: string;
  schoolId?: string;
  year?: number;
  nextDeadline?: string | null;
  measure?: string | null;
  description?: string;
  duties?: ReturnType<typeof duty>[];
};

const caseRecord = (c: CaseSeed) => ({
  id: c.id,
  schoolId: c.schoolId ?? 'school-liudger',
  subjectId: c.subjectId,
  subjectType: c.subjectType,
  year: c.year ?? THIS_YEAR,
  sequence: c.sequence,
  title: c.title,
  status: c.status,
  createdAt: c.createdAt ?? `${day(-10)}T09:00:00.000Z`,
  updatedAt: c.createdAt ?? `${day(-10)}T09:00:00.000Z`,
  nextDeadline: c.nextDeadline ?? null,
  facts: { description: c.description ?? '', platform: null },
  decision: { measure: c.measure ?? null },
  duties: c.duties ?? [],
});

const kenmerk = (brin: string, sequence: number, year = THIS_YEAR) =>
  `${brin}-${year}-${String(sequence).padStart(4, '0')}`;

const SEED = {
  schools: [
    school('school-liudger', 'CSG Liudger', '20AB'),
    school('school-hogeland', 'Het Hogeland College', '12CD'),
  ],
  people: [
    person('p-jose', 'leerling', 'José', 'de', 'Vries'),
    person('p-fatima', 'leerling', 'Fatima', 'el', 'Amrani'),
    person('p-pieter', 'medewerker', 'Pieter', '', 'Bakker'),
    person('p-anna', 'ouder', 'Anna', '', 'Smit'),
    person('p-filler', 'leerling', 'Daan', '', 'Visser'),
  ],
  cases: [
    caseRecord({
      id: 'case-jose',
      subjectId: 'p-jose',
      subjectType: 'leerling',
      sequence: 1,
      title: 'Instagram-bericht over docent',
      status: 'inBehandeling',
      nextDeadline: `${day(-3)}T23:59`,
      description: 'Een meme over meneer Jansen werd in de klassenapp gedeeld.',
      duties: [
        duty('d-isd', 'ISD-melding schorsing', day(-3)),
        duty('d-return', 'Terugkeergesprek', day(4)),
        duty('d-done', 'Uitnodiging gesprek', day(-6), day(-6)),
      ],
    }),
    caseRecord({
      id: 'case-fatima',
      subjectId: 'p-fatima',
      subjectType: 'leerling',
      sequence: 2,
      title: 'TikTok-filmpje in de gymzaal',
      status: 'concept',
      nextDeadline: `${day(2)}T23:59`,
      duties: [duty('d-hear', 'Hoorgesprek met ouders', day(2))],
    }),
    caseRecord({
      id: 'case-pieter',
      subjectId: 'p-pieter',
      subjectType: 'medewerker',
      sequence: 3,
      title: 'Facebook-post over collega',
      status: 'besluitGenomen',
      measure: 'schriftelijkeBerisping',
    }),
    caseRecord({
      id: 'case-anna',
      subjectId: 'p-anna',
      subjectType: 'ouder',
      sequence: 1,
      schoolId: 'school-hogeland',
      title: 'WhatsApp-bericht aan mentor',
      status: 'afgesloten',
      measure: 'toegangsverbod',
      year: THIS_YEAR - 2,
      createdAt: `${THIS_YEAR - 2}-09-15T09:00:00.000Z`,
      duties: [duty('d-old', 'Evaluatie toegangsverbod', `${THIS_YEAR - 2}-12-01`)],
    }),
    // Enough further cases to need more than one page.
    ...Array.from({ length: 110 }, (_, i) =>
      caseRecord({
        id: `case-filler-${i}`,
        subjectId: 'p-filler',
        subjectType: 'leerling',
        sequence: 10 + i,
        title: `Bericht in groepsapp ${i + 1}`,
        status: 'afgesloten',
        createdAt: `${day(-40)}T09:00:00.000Z`,
      }),
    ),
  ],
};

test.describe('the case list', () => {
  test.beforeEach(async ({ page }) => {
    const list = new CaseListPage(page);
    await list.open('#/zaken');
    await waitForDatabase(page);
    await seedDatabase(page, SEED);
    await page.reload();
    await list.openList();
  });

  test('lists cases by next deadline, overdue marked, a page at a time', async ({ page }) => {
    const list = new CaseListPage(page);
    await expect(list.count()).toHaveText('114 zaken');
    const first = await list.kenmerken();
    expect(first.slice(0, 2)).toEqual([kenmerk('20AB', 1), kenmerk('20AB', 2)]);
    // Only one page of rows is ever in the DOM.
    expect(first).toHaveLength(50);
    await expect(list.rows().first()).toContainText('verlopen');
    await expect(list.rows().first()).toContainText('José de Vries');
    await expect(page.getByText('Pagina 1 van 3')).toBeVisible();
    await page
      .getByRole('navigation', { name: "Pagina's" })
      .getByRole('button', { name: 'Volgende' })
      .click();
    await expect(page.getByText('Pagina 2 van 3')).toBeVisible();
    await expect(list.rows()).toHaveCount(50);
    await expectNoAxeViolations(page);
  });

  test('finds cases by name with or without accents, by kenmerk and by text', async ({ page }) => {
    const list = new CaseListPage(page);
    await list.search().fill('Jose');
    await expect(list.count()).toHaveText('1 zaak');
    await expect(list.rows()).toContainText(['Instagram-bericht over docent']);
    await list.search().fill('josé de vr');
    await expect(list.count()).toHaveText('1 zaak');
    await list.search().fill(kenmerk('20AB', 2));
    await expect(list.kenmerken()).resolves.toEqual([kenmerk('20AB', 2)]);
    await list.search().fill('meneer jansen');
    await expect(list.rows()).toContainText(['Instagram-bericht over docent']);
    await list.search().fill('gymzaal');
    await expect(list.rows()).toContainText(['TikTok-filmpje in de gymzaal']);
    await list.search().fill('nergens-te-vinden');
    await expect(page.getByRole('heading', { name: 'Geen zaken gevonden' })).toBeVisible();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(list.count()).toHaveText('114 zaken');
  });

  test('filters by status, subject, school, school year and measure', async ({ page }) => {
    const list = new CaseListPage(page);
    await list.filter('Status').selectOption({ label: 'Besluit genomen' });
    await expect(list.kenmerken()).resolves.toEqual([kenmerk('20AB', 3)]);
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    await list.filter('Betrokkene').selectOption({ label: 'Ouder/verzorger' });
    await expect(list.rows()).toContainText(['WhatsApp-bericht aan mentor']);
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    await list.filter('School').selectOption({ label: 'Het Hogeland College' });
    await expect(list.kenmerken()).resolves.toEqual([kenmerk('12CD', 1, THIS_YEAR - 2)]);
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    // Created on 15 September two years ago: in the school year that started then.
    const oldYear = `${THIS_YEAR - 2}–${THIS_YEAR - 1}`;
    await list.filter('Schooljaar').selectOption({ label: oldYear });
    await expect(list.count()).toHaveText('1 zaak');
    await page.getByRole('button', { name: 'Filters wissen' }).click();

    await list.filter('Maatregel').selectOption({ label: 'schriftelijke berisping' });
    await expect(list.rows()).toContainText(['Facebook-post over collega']);
    // Filters combine with the search.
    await list.search().fill('jose');
    await expect(page.getByRole('heading', { name: 'Geen zaken gevonden' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('"Te doen" lists open duties with deadlines, overdue first, not those of closed cases', async ({
    page,
  }) => {
    const list = new CaseListPage(page);
    await expect(list.todo()).toContainText('1 verlopen');
    const items = await list.todoItems().allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Verlopen');
    expect(items[0]).toContain('ISD-melding schorsing');
    expect(items[1]).toContain('Hoorgesprek met ouders');
    expect(items[2]).toContain('Terugkeergesprek');
    expect(items.join(' ')).not.toContain('Evaluatie toegangsverbod');
    expect(items.join(' ')).not.toContain('Uitnodiging gesprek');
    await list.todoItems().first().getByRole('link').click();
    await expect(page).toHaveURL(/#\/zaken\/case-jose(\/|$)/);
  });

  test('survives a reload and works from the keyboard', async ({ page }) => {
    const list = new CaseListPage(page);
    await page.reload();
    await list.openList();
    await expect(list.count()).toHaveText('114 zaken');
    await list.search().focus();
    await page.keyboard.type('fatima');
    await expect(list.count()).toHaveText('1 zaak');
    await page.keyboard.press('Tab');
    await expect(list.filter('Status')).toBeFocused();
    const link = list.rows().first().getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/zaken\/case-fatima(\/|$)/);
  });
});
