/**
 * Real-reader checks: every document type is rendered, converted to PDF by LibreOffice in one
 * run, and read back with pdftotext, pdfinfo and pdfimages; mammoth reads each .docx.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../generateDocument';
import type { DocTypeId } from '../model/docTypes';
import { DOC_TYPE_IDS } from '../model/docTypes';
import type { LetterCase, LetterModel } from '../model/types';
import { fixtureCases, fixtureSchool } from '../testing/letterFixtures';

const hasTool = (name: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
const SOFFICE = hasTool('soffice');
if (!SOFFICE) {
  console.warn('Skipping the LibreOffice letter checks: soffice is not installed on this machine.');
}

type Check = {
  key: string;
  docType: DocTypeId;
  letterCase: LetterCase;
  pages: number;
  mustContain: string[];
  mustNotContain?: string[];
};

const cases = fixtureCases();
const SUPERSEDES = { kenmerk: '12AB-2026-0042-03', date: '2026-11-20' };
const RIGHT_WINDOW = { xMm: 110, yMm: 50, widthMm: 90, heightMm: 45 };
const hash = (c: LetterCase, i: number): string => c.evidence[i]?.sha256 ?? 'missing';

/** The mandatory elements of domain.md §6 per document, as the reader must find them. */
const CHECKS: Check[] = [
  {
    key: 'S1',
    docType: 'S1',
    letterCase: cases.S1,
    pages: 2,
    mustContain: [
      'Dossiernotitie',
      'Jan de Vries',
      'bewerkte foto van een klasgenoot',
      'Schermafbeelding Instagram-verhaal 1',
      hash(cases.S1, 0),
      'Protocol sociale media, regel A.5 (Beeld en geluid)',
      'Als ordemaatregel is genomen: het laten verwijderen van het Instagram-verhaal',
    ],
  },
  {
    key: 'S2',
    docType: 'S2',
    letterCase: cases.S2,
    pages: 2,
    mustContain: [
      'Geachte ouder(s)/verzorger(s) van Jan de Vries,',
      'Uitnodiging voor een gesprek over Jan de Vries',
      'bewerkte foto van een klasgenoot',
      'woensdag 18 november 2026 om 15:30 uur in kamer 1.12',
      'laten bijstaan door iemand die u vertrouwt',
      'Export WhatsApp-bericht 2 (vastgelegd op 13 november 2026)',
    ],
  },
  {
    key: 'S3',
    docType: 'S3',
    letterCase: cases.S3,
    pages: 2,
    mustContain: [
      'Verslag gesprek',
      'mevrouw A. Bakker (teamleider)',
      'De klasgenoot is sinds 13 november twee dagen niet op school geweest',
      'Lezing van Jan',
      'Jan verklaart dat hij de meme grappig bedoelde',
      'Kopie aan:',
    ],
  },
  {
    key: 'S4',
    docType: 'S4',
    letterCase: cases.S4,
    pages: 2,
    mustContain: [
      'Geachte ouder(s)/verzorger(s), beste Jan,',
      'Besluit schorsing Jan de Vries',
      'Motivering',
      'Het verspreiden van een bewerkte foto van een klasgenoot is een ernstige vorm van pesten',
      'van dinsdag 24 november 2026 tot en met donderdag 26 november 2026',
      'artikel 8.14 van de Wet voortgezet onderwijs 2020',
      'dagelijks huiswerk',
      'terugkeergesprek plaats op vrijdag 27 november 2026 om 08:30 uur',
      'inspectie van het onderwijs op 23 november 2026',
      'Protocol sociale media, regel A.7 (Fatsoen)',
      'bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord',
      'binnen zes weken',
      'Postbus 123',
      'Met vriendelijke groet,',
      'drs. M.A. (Marieke) Hoekstra',
      'rector',
    ],
  },
  {
    // A right-hand window envelope: the address follows the school's envelope setting.
    key: 'S4-right-window',
    docType: 'S4',
    letterCase: { ...cases.S4, school: { ...cases.S4.school, envelopeWindow: RIGHT_WINDOW } },
    pages: 2,
    mustContain: ['Besluit schorsing Jan de Vries', 'binnen zes weken'],
  },
  {
    key: 'S5',
    docType: 'S5',
    letterCase: cases.S5,
    pages: 2,
    mustContain: [
      'Internet Schooldossier',
      'Jan de Vries',
      '123456789',
      'dinsdag 24 november 2026',
      'donderdag 26 november 2026',
      'Reden van de schorsing',
      'Een meme over een klasgenoot op Instagram op 12 november 2026',
    ],
  },
  {
    key: 'S6-PO',
    docType: 'S6',
    letterCase: cases.S6,
    pages: 2,
    mustContain: [
      'Openbare Basisschool De Vlinder',
      '34CD-2026-0042-05',
      'van plan zijn Jan definitief van school te verwijderen',
      'Gronden voor het voornemen',
      'Wij kunnen zijn veiligheid niet langer waarborgen',
      'hoorzitting op donderdag 3 december 2026 om 14:00 uur',
      'juf L. Visser',
      'Inzage in het dossier',
      'U kunt het dossier na afspraak op school inzien',
      'Dit voornemen is nog geen besluit',
    ],
    mustNotContain: ['Niet eens met dit besluit?'],
  },
  {
    key: 'S7',
    docType: 'S7',
    letterCase: cases.S7,
    pages: 1,
    mustContain: [
      'Zoeklog andere school',
      'Jan de Vries',
      'Zoeken gestart op',
      '26 november 2026',
      'Benaderde scholen',
      '27 november 2026',
      'CSG Liudger in Drachten',
      'Afgewezen: geen plaats in 3 havo dit schooljaar',
      'Toegezegd: Jan kan per 18 januari 2027 instromen in 3 havo',
      'Overleg met de inspectie',
      '10 december 2026',
      'mevrouw R. Smit, inspecteur',
      'artikel 8.15, vierde lid, van de Wet voortgezet onderwijs 2020',
    ],
    mustNotContain: ['Acht weken zoeken', 'Met vriendelijke groet'],
  },
  {
    // MBO, no school found yet: the search relies on WEB art. 8.1.7d lid 2.
    key: 'S7-MBO',
    docType: 'S7',
    letterCase: {
      ...cases.S7,
      issueDate: '2027-01-25',
      school: { ...cases.S7.school, sector: 'MBO' },
      schoolSearch: {
        ...cases.S7.schoolSearch!,
        contacts: cases.S7.schoolSearch!.contacts.slice(0, 2),
        admittedBy: null,
      },
    },
    pages: 1,
    mustContain: [
      'Acht weken zoeken',
      'Op 21 januari 2027 was acht weken zonder succes gezocht',
      'artikel 8.1.7d, tweede lid, van de Wet educatie en beroepsonderwijs',
      'Nog geen school gevonden',
    ],
    mustNotContain: ['Overleg met de inspectie'],
  },
  {
    key: 'S8',
    docType: 'S8',
    letterCase: cases.S8,
    pages: 3,
    mustContain: [
      'Besluit tot verwijdering van Jan de Vries',
      'De ouders vinden verwijdering te zwaar',
      'opnieuw een meme over dezelfde klasgenoot',
      'Scholengemeenschap De Wâlden in Burgum',
      'gaat daarom in op maandag 18 januari 2027',
      'op 10 december 2026 overleg gevoerd met de inspectie',
      'Leerplichtwet 1969',
      'bezwaar maken bij het bestuur',
      'binnen zes weken',
      'Postbus 123',
      'Geschillencommissie passend onderwijs',
    ],
  },
  {
    key: 'S9',
    docType: 'S9',
    letterCase: cases.S9,
    pages: 2,
    mustContain: [
      'Gemeente Smallingerland',
      't.a.v. de leerplichtambtenaar',
      'Geachte heer, mevrouw,',
      'artikel 18, eerste lid, van de Leerplichtwet 1969',
      '123456782',
      '11 januari 2027',
      '18 januari 2027',
      'Inspectie van het onderwijs',
    ],
  },
  {
    key: 'S10',
    docType: 'S10',
    letterCase: cases.S10,
    pages: 2,
    mustContain: [
      'Geachte ouder(s)/verzorger(s), beste Jan,',
      'Besluit op bezwaar Jan de Vries',
      'Op 15 februari 2027 hebben wij uw bezwaarschrift ontvangen tegen ons besluit tot verwijdering van Jan van 11 januari 2027 (kenmerk 12AB-2026-0042-07)',
      'De ouders vinden de verwijdering onevenredig',
      'Hoorzitting',
      'maandag 1 maart 2027',
      'de bezwaaradviescommissie van het bestuur',
      'de heer P. de Vries (vader)',
      'Overwegingen',
      'Wij verklaren uw bezwaar ongegrond',
      'blijft in stand',
      'binnen de termijn van vier weken na ontvangst van het bezwaarschrift',
      'beroep instellen bij de rechtbank (bestuursrechter)',
      'binnen zes weken',
      'Met vriendelijke groet,',
    ],
  },
  {
    key: 'P1',
    docType: 'P1',
    letterCase: cases.P1,
    pages: 2,
    mustContain: [
      'Feitenrelaas',
      'Pieter Jansen',
      'Drachten Praat',
      hash(cases.P1, 3),
      'Protocol sociale media, regel D.1',
      'CAO VO 2020, artikel 18.2, tweede lid',
    ],
  },
  {
    key: 'P2',
    docType: 'P2',
    letterCase: cases.P2,
    pages: 2,
    mustContain: [
      'Geachte heer Jansen,',
      'Uitnodiging hoorgesprek',
      'Wij houden u het volgende voor:',
      'dinsdag 17 november 2026 om 16:00 uur',
      'raadsman, een vertegenwoordiger van uw vakbond',
      'Bijlagen:',
      'Verklaring getuige 3 (vastgelegd op 14 november 2026)',
      'Wij overwegen op dit moment een schriftelijke berisping',
    ],
  },
  {
    key: 'P3',
    docType: 'P3',
    letterCase: cases.P3,
    pages: 2,
    mustContain: [
      'Geachte heer Jansen,',
      'Verslag hoorgesprek van 17 november 2026',
      'mevrouw L. Bos (AOb, raadsvrouw)',
      'De heer Jansen werkt twaalf jaar op de school',
      'Uw zienswijze in het gesprek',
      'De heer Jansen erkent dat hij de berichten heeft geplaatst',
      'tot en met woensdag 2 december 2026',
      'Kopie aan:',
      'Personeelsdossier',
    ],
    mustNotContain: ['Niet eens met dit besluit?'],
  },
  {
    key: 'P4',
    docType: 'P4',
    letterCase: cases.P4,
    pages: 2,
    mustContain: [
      'Schorsing als ordemaatregel',
      'dringend noodzakelijk in het belang van de school',
      'dinsdag 24 november 2026',
      'maandag 21 december 2026',
      'volledig doorbetaald',
      'U neemt over deze zaak geen contact op met leerlingen',
      'de heer T. Wierda, afdelingsleider',
      'beroep instellen bij de Commissie van beroep funderend onderwijs',
      'binnen zes weken',
      'Postbus 85191',
    ],
  },
  {
    key: 'P5',
    docType: 'P5',
    letterCase: cases.P5,
    pages: 2,
    mustContain: [
      'AANGETEKEND',
      'plichtsverzuim',
      'Drachten Praat',
      'CAO VO 2020, artikel 18.2, tweede lid',
      'Wij zijn voornemens u een schriftelijke berisping op te leggen',
      'tot en met maandag 7 december 2026',
    ],
    mustNotContain: ['Niet eens met dit besluit?'],
  },
  {
    key: 'P6',
    docType: 'P6',
    letterCase: cases.P6,
    pages: 2,
    mustContain: [
      'Bij brief van 23 november 2026 (kenmerk 12AB-2026-0057-03)',
      'uit frustratie handelde',
      'Zijn erkenning is reden om het bij een berisping te laten',
      'als disciplinaire maatregel een schriftelijke berisping op te leggen',
      'personeelsdossier',
      'Commissie van beroep funderend onderwijs',
      'binnen zes weken',
      'Postbus 85191',
      'namens het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord',
    ],
  },
  {
    key: 'P7',
    docType: 'P7',
    letterCase: cases.P7,
    pages: 2,
    mustContain: [
      'Ontslag op staande voet',
      'seksueel getinte privéberichten',
      'met onmiddellijke ingang, op 20 november 2026',
      'artikel 7:677, eerste lid',
      'binnen twee maanden',
      'de kantonrechter verzoeken de opzegging te vernietigen',
    ],
  },
  {
    key: 'P8',
    docType: 'P8',
    letterCase: cases.P8,
    pages: 2,
    mustContain: [
      'Notitie overleg vertrouwensinspecteur',
      'donderdag 19 november 2026',
      '10:15 uur',
      'mevrouw drs. H. Kramer',
      'redelijk vermoeden',
      '2026-NN-004512',
      'de ouders van de betrokken leerling (op 19 november 2026)',
      'de betrokken medewerker (op 19 november 2026)',
      'artikel 3.39 van de Wet voortgezet onderwijs 2020',
    ],
  },
  {
    key: 'P9',
    docType: 'P9',
    letterCase: cases.P9,
    pages: 2,
    mustContain: [
      'Datalekregistratie en melding AP',
      'Ontdekt op',
      '10 november 2026 om 08:30 uur',
      '13 november 2026 om 08:30 uur (72 uur na ontdekking)',
      'naam, klas en cijfers voor twee vakken',
      'Aantal betrokkenen: 1.',
      'herkenbaar besproken',
      'De docent heeft het bericht op 11 november 2026',
      'gemeld bij de Autoriteit Persoonsgegevens, onder meldnummer M-2026-118412',
      'Dat is binnen 72 uur na de ontdekking.',
      'De betrokkenen zijn op 11 november 2026 geïnformeerd',
    ],
    mustNotContain: ['Met vriendelijke groet'],
  },
  {
    key: 'O1',
    docType: 'O1',
    letterCase: cases.O1,
    pages: 2,
    mustContain: [
      'Geachte mevrouw Van der Meer,',
      'Verslag van ons gesprek van 10 november 2026 en waarschuwing',
      'geven wij u een waarschuwing',
      'geen besluit',
      'U verwijdert de berichten vandaag',
    ],
    mustNotContain: ['Niet eens met dit besluit?', 'bezwaar'],
  },
  {
    key: 'O1-en',
    docType: 'O1',
    letterCase: { ...cases.O1, language: 'en' },
    pages: 2,
    mustContain: [
      'Dear Ms Van der Meer,',
      'Our reference',
      'Record of our conversation of 10 November 2026 and warning',
      'give you a warning',
      'not a decision',
      'Kind regards,',
      'page 1 of 2',
    ],
    mustNotContain: ['Disagree with this decision?'],
  },
  {
    key: 'O2',
    docType: 'O2',
    letterCase: cases.O2,
    pages: 2,
    mustContain: [
      'Voornemen tot het opleggen van een toegangsverbod',
      'u betreedt het schoolgebouw, het schoolplein en schoolactiviteiten niet zonder afspraak',
      'tot en met vrijdag 27 november 2026',
      'zienswijze',
      'het belang van Noor',
    ],
  },
  {
    key: 'O2-en',
    docType: 'O2',
    letterCase: { ...cases.O2, language: 'en' },
    pages: 2,
    mustContain: [
      'Intention to impose a ban on entering the school',
      'Friday 27 November 2026',
      'Your views',
    ],
  },
  {
    key: 'O3',
    docType: 'O3',
    letterCase: cases.O3,
    pages: 2,
    mustContain: [
      'Besluit tot het opleggen van een toegangsverbod',
      'Het verbod houdt in: u betreedt het schoolgebouw',
      'van dinsdag 1 december 2026 tot en met vrijdag 26 februari 2027',
      'Op 29 januari 2027 beoordelen wij',
      'Uw contactpersoon is de heer T. Wierda',
      'een klacht indienen bij de Landelijke Klachtencommissie Onderwijs',
      'binnen zes weken',
    ],
  },
  {
    key: 'O3-en',
    docType: 'O3',
    letterCase: { ...cases.O3, language: 'en' },
    pages: 2,
    mustContain: [
      'Decision to impose a ban on entering the school',
      'Disagree with this decision?',
      'within six weeks of the day this decision was sent to you',
      'Your contact person is de heer T. Wierda',
    ],
  },
  {
    key: 'O4',
    docType: 'O4',
    letterCase: cases.O4,
    pages: 2,
    mustContain: [
      'Geachte ouder(s)/verzorger(s) van Jan de Vries,',
      'het in bewaring nemen van de telefoon van Jan',
      'ook thuis met Jan te bespreken',
    ],
  },
  {
    key: 'O4-en',
    docType: 'O4',
    letterCase: { ...cases.O4, language: 'en' },
    pages: 2,
    mustContain: [
      'Dear parent(s)/guardian(s) of Jan de Vries,',
      'keeping Jan’s phone until the end of the school day',
    ],
  },
  {
    // A correction: the replaced version on its own row, Betreft unchanged.
    key: 'S8-correction',
    docType: 'S8',
    letterCase: { ...cases.S8, supersedes: { ...SUPERSEDES, kenmerk: '12AB-2026-0042-07' } },
    pages: 3,
    mustContain: [
      'Vervangt',
      'brief van 20 november 2026, kenmerk 12AB-2026-0042-07',
      'Deze brief vervangt onze brief van 20 november 2026 (kenmerk 12AB-2026-0042-07); alleen deze versie is geldig.',
    ],
    mustNotContain: ['gecorrigeerde versie'],
  },
  {
    key: 'O3-en-correction',
    docType: 'O3',
    letterCase: { ...cases.O3, language: 'en', supersedes: SUPERSEDES },
    pages: 2,
    mustContain: [
      'Replaces',
      'letter of 20 November 2026, reference 12AB-2026-0042-03',
      'This letter replaces our letter of 20 November 2026',
      'Decision to impose a ban on entering the school',
    ],
  },
  {
    key: 'D1',
    docType: 'D1',
    letterCase: cases.D1,
    pages: 2,
    mustContain: [
      'Aantekening personeelsdossier',
      'Pieter Jansen',
      'CAO VO 2020, artikel 18.2',
      'Een schriftelijke berisping.',
      'voorbeeldfunctie',
      '12AB-2026-0042-01',
      cases.D1.lettersIssued[0]?.sha256 ?? 'missing',
      hash(cases.D1, 2),
    ],
  },
  {
    key: 'D2',
    docType: 'D2',
    letterCase: cases.D2,
    pages: 3,
    mustContain: [
      'Zaakdossier',
      '1. Tijdlijn',
      'Meme geplaatst op Instagram',
      '2. Feiten',
      'Ernst: S3',
      '4. Besluit en motivering',
      'Een schorsing van drie schooldagen',
      '5. Verplichtingen',
      'gedaan op 23 november 2026',
      '6. Uitgegeven documenten',
      hash(cases.D2, 11),
      'pagina 3 van 3',
    ],
  },
];

const normalise = (text: string): string => text.replace(/-\n/g, '-').replace(/\s+/g, ' ');

type Rendered = {
  model: LetterModel;
  bytes: Uint8Array;
  text: string;
  pages: number;
  pdf: string;
};

describe.skipIf(!SOFFICE)('letters read back by LibreOffice, poppler and mammoth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  const rendered = new Map<string, Rendered>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const check of CHECKS) {
      const result = await generateDocument(check.docType, check.letterCase);
      if (!result.ok) throw new Error(`${check.key}: ${JSON.stringify(result.error)}`);
      const file = join(dir, `${check.key}.docx`);
      writeFileSync(file, result.value.bytes);
      files.push(file);
      rendered.set(check.key, {
        model: result.value.model,
        bytes: result.value.bytes,
        text: '',
        pages: 0,
        pdf: join(dir, 'pdf', `${check.key}.pdf`),
      });
    }
    mkdirSync(join(dir, 'pdf'));
    // One soffice run for all files: its start-up dominates the time.
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'pdf'),
        ...files,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          XDG_CONFIG_HOME: join(dir, 'xdg-config'),
          XDG_CACHE_HOME: join(dir, 'xdg-cache'),
        },
      },
    );
    if (convert.status !== 0) throw new Error(`soffice failed: ${convert.stderr}`);
    for (const [key, r] of rendered) {
      r.text = normalise(spawnSync('pdftotext', [r.pdf, '-'], { encoding: 'utf8' }).stdout);
      const info = spawnSync('pdfinfo', [r.pdf], { encoding: 'utf8' }).stdout;
      r.pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      rendered.set(key, r);
    }
  }, 150_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (key: string): Rendered => {
    const r = rendered.get(key);
    if (!r) throw new Error(`not rendered: ${key}`);
    return r;
  };

  it('covers every document type', () => {
    expect(new Set(CHECKS.map((c) => c.docType))).toEqual(new Set(DOC_TYPE_IDS));
  });

  it.each(CHECKS.map((c) => [c.key, c] as const))('%s shows its mandatory elements', (_, check) => {
    const { text } = get(check.key);
    const kenmerk = /\b(?:12AB|34CD)-\d{4}-\d{4}-\d{2}\b/.exec(text)?.[0];
    expect(kenmerk).toBeDefined();
    for (const expected of check.mustContain) expect(text).toContain(normalise(expected));
    for (const absent of check.mustNotContain ?? []) expect(text).not.toContain(absent);
  });

  it.each(CHECKS.map((c) => [c.key, c] as const))(
    '%s has the expected number of pages with "X van Y" footers',
    (_, check) => {
      const r = get(check.key);
      expect(r.pages).toBe(check.pages);
      const [page, of] = check.letterCase.language === 'en' ? ['page', 'of'] : ['pagina', 'van'];
      for (let p = 1; p <= check.pages; p += 1)
        expect(r.text).toContain(`${page} ${p} ${of} ${check.pages}`);
    },
  );

  it.each(CHECKS.map((c) => [c.key, c] as const))(
    '%s is read by mammoth without warnings',
    async (_, check) => {
      const r = get(check.key);
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(r.bytes) });
      expect(result.messages).toEqual([]);
      // Bulleted lists come through as lists wherever the document has one.
      const hasList = [...r.model.body, ...(r.model.appealClause ?? [])].some(
        (b) => b.type === 'list',
      );
      if (hasList || r.model.enclosures.length + r.model.copyTo.length > 0) {
        expect(result.value).toContain('<ul>');
      }
    },
  );

  it.each([
    ['S4', fixtureSchool.envelopeWindow],
    ['S4-right-window', RIGHT_WINDOW],
  ] as const)(
    '%s places the address in the envelope window and the reference block below it',
    (key, w) => {
      const bbox = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', get(key).pdf, '-'], {
        encoding: 'utf8',
      }).stdout;
      const words = [
        ...bbox.matchAll(
          /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        word: m[5] ?? '',
      }));
      const pt = (mm: number): number => (mm * 72) / 25.4;
      const window = {
        x0: pt(w.xMm),
        y0: pt(w.yMm),
        x1: pt(w.xMm + w.widthMm),
        y1: pt(w.yMm + w.heightMm),
      };
      const find = (word: string) => {
        const found = words.find((x) => x.word === word);
        if (!found) throw new Error(`word not on page 1: ${word}`);
        return found;
      };
      for (const word of ['PERSOONLIJK', 'J.', 'Kerkstraat', 'DRACHTEN']) {
        const box = find(word);
        expect(box.x0).toBeGreaterThanOrEqual(window.x0 - 0.5);
        expect(box.x1).toBeLessThanOrEqual(window.x1);
        expect(box.y0).toBeGreaterThanOrEqual(window.y0 - 0.5);
        expect(box.y1).toBeLessThanOrEqual(window.y1);
      }
      expect(find('PERSOONLIJK').x0).toBeCloseTo(window.x0, 0);
      expect(find('Datum').y0).toBeGreaterThan(window.y1);
      // The letterhead sits above the window.
      expect(find('www.noorderlichtcollege.nl').y1).toBeLessThan(window.y0);
    },
  );

  // D2 opens with a cover page instead of a reference block.
  it.each(CHECKS.filter((c) => c.docType !== 'D2').map((c) => [c.key, c] as const))(
    '%s keeps the Betreft line on one line',
    (_, check) => {
      const r = get(check.key);
      const label = check.letterCase.language === 'en' ? 'Subject' : 'Betreft';
      const layout = spawnSync('pdftotext', ['-layout', r.pdf, '-'], {
        encoding: 'utf8',
      }).stdout.split('\n');
      const at = layout.findIndex((line) => line.trim().startsWith(`${label} `));
      const line = (layout[at] ?? '').trim().replace(/\s+/g, ' ');
      expect(line).toBe(`${label} ${r.model.subject}`);
      // The row below is the next label or a blank line, not a continuation of the subject.
      const next = (layout[at + 1] ?? '').trim();
      expect(next === '' || /^(Bijlage|Enclosure)/.test(next)).toBe(true);
    },
  );

  it('shows the logo on page 1 only and a continuation header on later pages', () => {
    const list = spawnSync('pdfimages', ['-list', get('S4').pdf], { encoding: 'utf8' }).stdout;
    const imagePages = list
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(imagePages).toEqual([1]);
    const page2 = normalise(
      spawnSync('pdftotext', ['-f', '2', '-l', '2', get('S4').pdf, '-'], { encoding: 'utf8' })
        .stdout,
    );
    expect(page2).toContain('Ons kenmerk 12AB-2026-0042-03 · 23 november 2026');
    expect(page2).not.toContain('www.noorderlichtcollege.nl');
  });

  it('keeps every SHA-256 on one unbroken line so it can be compared', () => {
    const { text } = get('D2');
    for (const item of cases.D2.evidence) expect(text).toContain(item.sha256);
    expect(readFileSync(get('D2').pdf).length).toBeGreaterThan(0);
  });
});
