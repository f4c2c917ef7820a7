/**
 * Realistic cases for the letter tests and the benchmark: a VO school, a pupil with parents,
 * a teacher and a parent, with evidence, appeal clauses as the engine produces them, and one
 * case per document type.
 */
import { zlibSync } from 'fflate';
import type { MeasureKind } from '../../glossary';
import { asId } from '../../ids';
import type { PersonId, ProtocolId, SchoolId } from '../../ids';
import type { Person } from '../../model/person';
import type { School } from '../../model/school';
import type { DocTypeId } from '../model/docTypes';
import type { AppealClauseInput, EvidenceItem, LetterCase, MeasureInput } from '../model/types';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

const chunk = (type: string, data: Uint8Array): number[] => {
  const typed = new Uint8Array([
    ...Array.from({ length: type.length }, (_, i) => type.charCodeAt(i)),
    ...data,
  ]);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
};

/** A small RGB PNG school logo: an emblem with a sun and a word-mark of bars. */
export const makeLogoPng = (width = 360, height = 120): Uint8Array => {
  const raw = new Uint8Array((width * 3 + 1) * height);
  const navy = [31, 56, 100];
  const gold = [242, 181, 42];
  const teal = [0, 128, 128];
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      let colour = [255, 255, 255];
      const inEmblem = x < height;
      if (inEmblem) {
        const dx = x - height / 2;
        const dy = y - height / 2;
        colour = dx * dx + dy * dy < (height / 4) ** 2 ? gold : navy;
      } else if (x > height + 16 && x < width - 8) {
        if (y > 22 && y < 52) colour = navy;
        else if (y > 66 && y < 82 && x < width - 70) colour = teal;
        else if (y > 90 && y < 100 && x < width - 120) colour = teal;
      }
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const header = new Uint8Array([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibSync(raw, { level: 9 })),
    ...chunk('IEND', new Uint8Array()),
  ]);
};

/** A deterministic 64-hex-digit value shaped like a SHA-256 (xorshift from the seed). */
export const fakeSha256 = (seed: number): string => {
  let x = (seed * 2654435761) >>> 0 || 1;
  let hex = '';
  while (hex.length < 64) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    hex += x.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 64);
};

const LOGO = makeLogoPng();

const RECTOR = {
  name: 'drs. M.A. (Marieke) Hoekstra',
  functionTitle: 'rector',
  mandate: 'namens het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord',
};

const STUDENT_ADDRESS = {
  street: 'Kerkstraat',
  houseNumber: '12a',
  postcode: '9201 AB',
  city: 'Drachten',
};

/** A public VO school with a logo and the default window envelope. */
export const fixtureSchool: School = {
  id: asId<SchoolId>('school-1'),
  name: 'Het Noorderlicht College',
  boardName: 'Stichting Openbaar Voortgezet Onderwijs Noord',
  brin: '12AB',
  sector: 'VO',
  denomination: 'openbaar',
  address: { street: 'Schoolstraat', houseNumber: '1', postcode: '9203AB', city: 'Drachten' },
  phone: '0512 123 456',
  email: 'info@noorderlichtcollege.nl',
  website: 'www.noorderlichtcollege.nl',
  logo: { bytes: LOGO, mimeType: 'image/png' },
  protocolId: asId<ProtocolId>('protocol-1'),
  signers: [RECTOR],
  holidays: [],
  envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
};

/** A public primary school (PO) of the same board. */
export const fixturePoSchool: School = {
  ...fixtureSchool,
  id: asId<SchoolId>('school-2'),
  name: 'Openbare Basisschool De Vlinder',
  boardName: 'Stichting Openbaar Primair Onderwijs Noord',
  brin: '34CD',
  sector: 'PO',
  address: { street: 'Lindelaan', houseNumber: '22', postcode: '9204 BC', city: 'Drachten' },
  website: 'www.obsdevlinder.nl',
  email: 'info@obsdevlinder.nl',
};

const person = (
  p: Partial<Person> & Pick<Person, 'id' | 'role' | 'firstName' | 'lastName'>,
): Person => ({
  schoolId: fixtureSchool.id,
  infix: '',
  salutation: 'neutraal',
  dateOfBirth: null,
  className: null,
  functionTitle: null,
  address: null,
  email: null,
  childIds: [],
  ...p,
});

/** Jan de Vries, 15, 3 havo B. */
export const fixtureStudent: Person = person({
  id: asId<PersonId>('p-student'),
  role: 'leerling',
  firstName: 'Jan',
  infix: 'de',
  lastName: 'Vries',
  salutation: 'heer',
  dateOfBirth: '2011-03-14',
  className: '3 havo B',
  address: STUDENT_ADDRESS,
});

/** Pieter Jansen, docent Nederlands. */
export const fixtureTeacher: Person = person({
  id: asId<PersonId>('p-teacher'),
  role: 'medewerker',
  firstName: 'Pieter',
  infix: '',
  lastName: 'Jansen',
  salutation: 'heer',
  functionTitle: 'docent Nederlands',
  address: { street: 'Beukenlaan', houseNumber: '7', postcode: '9202 CD', city: 'Drachten' },
});

/** Sandra van der Meer, mother of Noor. */
export const fixtureParent: Person = person({
  id: asId<PersonId>('p-parent'),
  role: 'ouder',
  firstName: 'Sandra',
  infix: 'van der',
  lastName: 'Meer',
  salutation: 'mevrouw',
  address: { street: 'Molenweg', houseNumber: '3', postcode: '9203 EF', city: 'Drachten' },
  childIds: [asId<PersonId>('p-child')],
});

/** Noor van der Meer, 2 vwo A. */
export const fixtureChild: Person = person({
  id: asId<PersonId>('p-child'),
  role: 'leerling',
  firstName: 'Noor',
  infix: 'van der',
  lastName: 'Meer',
  dateOfBirth: '2012-09-01',
  className: '2 vwo A',
});

/** Evidence items as the case builder records them. */
export const makeEvidence = (count: number): EvidenceItem[] =>
  Array.from({ length: count }, (_, i) => ({
    label:
      i % 3 === 0
        ? `Schermafbeelding Instagram-verhaal ${i + 1}`
        : i % 3 === 1
          ? `Export WhatsApp-bericht ${i + 1}`
          : `Verklaring getuige ${i + 1}`,
    sha256: fakeSha256(i + 1),
    importedAt: `2026-11-${String(12 + (i % 5)).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00`,
  }));

/** A measure with every optional field empty, plus the given ones. */
export const measure = (
  kind: MeasureKind,
  labelNl: string,
  extra: Partial<MeasureInput> = {},
): MeasureInput => ({
  kind,
  labelNl,
  labelEn: null,
  startDate: null,
  endDate: null,
  days: null,
  schorsingType: null,
  legalBasis: null,
  scope: null,
  reviewDate: null,
  contactPerson: null,
  conditions: [],
  ...extra,
});

const BOARD_ADDRESS = [
  'Het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord',
  'Postbus 123',
  '9200 AC  DRACHTEN',
];

/** Awb bezwaar for a pupil of an openbare school (domain.md §2.5). */
export const bezwaarClause: AppealClauseInput = {
  routeNl: 'bezwaar maken bij het bestuur van Stichting Openbaar Voortgezet Onderwijs Noord',
  termNl: 'zes weken',
  termStartNl: 'na de dag waarop dit besluit aan u is bekendgemaakt',
  routeEn: null,
  termEn: null,
  termStartEn: null,
  address: BOARD_ADDRESS,
  extraNl: [
    'Vermeld in uw bezwaarschrift in ieder geval uw naam en adres, de datum, het kenmerk van dit besluit en de reden waarom u het er niet mee eens bent, en onderteken het.',
  ],
  extraEn: [],
  legalBasis: 'artikel 6:7 van de Algemene wet bestuursrecht',
};

/** Staff: Commissie van beroep funderend onderwijs, six weeks. */
export const commissieVanBeroepClause: AppealClauseInput = {
  routeNl: 'beroep instellen bij de Commissie van beroep funderend onderwijs',
  termNl: 'zes weken',
  termStartNl: 'na de dag waarop dit besluit aan u is verzonden of uitgereikt',
  routeEn: null,
  termEn: null,
  termStartEn: null,
  address: ['Commissie van beroep funderend onderwijs', 'Postbus 85191', '3508 AD  UTRECHT'],
  extraNl: [],
  extraEn: [],
  legalBasis: null,
};

/** OSV: kantonrechter, two months (BW 7:686a lid 4). */
export const kantonrechterClause: AppealClauseInput = {
  routeNl: 'de kantonrechter verzoeken de opzegging te vernietigen',
  termNl: 'twee maanden',
  termStartNl: 'na de dag waarop de arbeidsovereenkomst is geëindigd',
  routeEn: null,
  termEn: null,
  termStartEn: null,
  address: [],
  extraNl: ['Wij raden u aan daarvoor juridisch advies in te winnen, bijvoorbeeld bij uw vakbond.'],
  extraEn: [],
  legalBasis: 'artikel 7:686a, vierde lid, van het Burgerlijk Wetboek',
};

/** Parents: complaint route. */
export const klachtClause: AppealClauseInput = {
  routeNl: 'een klacht indienen bij de Landelijke Klachtencommissie Onderwijs',
  termNl: 'zes weken',
  termStartNl: 'na de dag waarop dit besluit aan u is verzonden',
  routeEn:
    'file a complaint with the Landelijke Klachtencommissie Onderwijs (national education complaints committee)',
  termEn: 'six weeks',
  termStartEn: 'of the day this decision was sent to you',
  address: ['Landelijke Klachtencommissie Onderwijs', 'Postbus 85191', '3508 AD  UTRECHT'],
  extraNl: [],
  extraEn: [],
  legalBasis: null,
};

/** The common case: pupil Jan de Vries posted a meme about a classmate. */
export const baseStudentCase = (): LetterCase => ({
  language: 'nl',
  school: fixtureSchool,
  caseYear: 2026,
  caseNumber: 42,
  docNumber: 1,
  issueDate: '2026-11-23',
  subject: fixtureStudent,
  student: null,
  recipient: {
    kind: 'studentAndParents',
    student: fixtureStudent,
    address: STUDENT_ADDRESS,
  },
  copyTo: [],
  yourReference: null,
  incident: { date: '2026-11-12', summary: 'een meme over een klasgenoot op Instagram' },
  facts: [
    'Op donderdag 12 november 2026 om 21:40 uur plaatste Jan een bewerkte foto van een klasgenoot als meme in zijn openbare Instagram-verhaal',
    'De foto was in de gymles gemaakt zonder toestemming van de klasgenoot',
    'Het verhaal is door ten minste 140 accounts bekeken, onder wie veel leerlingen van de school',
    'Jan heeft het verhaal op 13 november 2026 om 08:15 uur verwijderd nadat zijn mentor hem daarop had aangesproken',
  ],
  breaches: [
    {
      ref: 'Protocol sociale media, regel A.5',
      title: 'Beeld en geluid',
      summary:
        'Het is niet toegestaan zonder uitdrukkelijke toestemming foto’s, film of geluid van schoolsituaties te maken of te delen',
    },
    {
      ref: 'Protocol sociale media, regel A.7',
      title: 'Fatsoen',
      summary:
        'Pesten, kwetsen, stalken, bedreigen en zwartmaken via sociale media leiden tot maatregelen',
    },
  ],
  measure: measure('schorsing', 'een schorsing van drie schooldagen', {
    startDate: '2026-11-24',
    endDate: '2026-11-26',
    days: 3,
  }),
  motivation: [
    'Het verspreiden van een bewerkte foto van een klasgenoot is een ernstige vorm van pesten. De klasgenoot is daardoor in zijn persoonlijke levenssfeer geraakt en voelde zich de dagen daarna niet veilig op school.',
    'Wij hebben meegewogen dat Jan het bericht snel heeft verwijderd, dat hij spijt heeft betuigd en dat hij niet eerder een maatregel kreeg. Gelet op het grote bereik en de gevolgen voor de klasgenoot achten wij een schorsing van drie dagen passend en evenredig.',
  ],
  assessment: [
    'Ernst: S3 (gericht pesten met een meme over een persoon, groot bereik). Voorgeschiedenis: H0.',
    'Verzwarend: een herkenbaar slachtoffer dat leerling is; bereik van ten minste 140 accounts. Verzachtend: snelle verwijdering, spijt betuigd, geen eerdere maatregelen.',
  ],
  meeting: {
    date: '2026-11-18',
    time: '15:30',
    place: 'kamer 1.12 van het Noorderlicht College',
    conductedBy: 'mevrouw A. Bakker, teamleider havo',
  },
  zienswijzeDeadline: null,
  appealClause: bezwaarClause,
  evidence: makeEvidence(3),
  duties: [
    {
      label: 'Melding schorsing aan de inspectie (ISD)',
      due: '2026-11-24',
      status: 'gedaan',
      doneOn: '2026-11-23',
    },
    { label: 'Terugkeergesprek', due: '2026-11-27', status: 'open', doneOn: null },
  ],
  timeline: [
    { date: '2026-11-12T21:40:00', label: 'Meme geplaatst op Instagram' },
    { date: '2026-11-13T08:15:00', label: 'Melding door mentor; bericht verwijderd' },
    { date: '2026-11-18T15:30:00', label: 'Gesprek met Jan en ouders' },
    { date: '2026-11-23', label: 'Besluit schorsing verzonden' },
  ],
  lettersIssued: [
    {
      date: '2026-11-16',
      kenmerk: '12AB-2026-0042-01',
      title: 'Uitnodiging gesprek',
      sha256: fakeSha256(901),
      version: 1,
    },
    {
      date: '2026-11-23',
      kenmerk: '12AB-2026-0042-03',
      title: 'Besluit schorsing',
      sha256: fakeSha256(902),
      version: 1,
    },
  ],
  signer: RECTOR,
  enclosures: [],
  conversation: null,
  zienswijze: null,
  schorsing: {
    educationArrangement:
      'Jan krijgt via Magister dagelijks huiswerk van zijn docenten en heeft elke ochtend om 9.00 uur een telefonisch contactmoment met zijn mentor, de heer K. Postma',
    returnMeeting: { date: '2026-11-27', time: '08:30', place: 'kamer 1.12', conductedBy: null },
    inspectieNotifiedOn: '2026-11-23',
  },
  verwijdering: null,
  registration: null,
  dismissal: null,
  vertrouwensinspecteur: null,
  schoolSearch: null,
  objection: null,
  datalek: null,
  supersedes: null,
  paragraphOverrides: {},
});

const staffCase = (): LetterCase => ({
  ...baseStudentCase(),
  subject: fixtureTeacher,
  recipient: { kind: 'person', person: fixtureTeacher },
  caseNumber: 57,
  incident: {
    date: '2026-11-09',
    summary: 'berichten over leerlingen in een openbare Facebookgroep',
  },
  facts: [
    'Op maandag 9 november 2026 plaatste de heer Jansen in de openbare Facebookgroep "Drachten Praat" een bericht over de cijfers van een met naam genoemde leerling van klas 4 havo',
    'Onder dat bericht reageerde hij op 10 november 2026 met een denigrerende opmerking over de ouders van die leerling',
    'De heer Jansen maakte zich in het bericht kenbaar als docent van de school',
  ],
  breaches: [
    {
      ref: 'Protocol sociale media, regel D.1',
      title: 'Privé-gebruik door medewerkers',
      summary:
        'Medewerkers publiceren niet over vertrouwelijke informatie en schaden de goede naam van de school niet',
    },
    {
      ref: 'CAO VO 2020, artikel 18.2, tweede lid',
      title: 'Aanwijzingen werkgever',
      summary: 'De werknemer is verplicht de aanwijzingen van de werkgever op te volgen',
    },
  ],
  measure: measure('schriftelijkeBerisping', 'een schriftelijke berisping'),
  motivation: [
    'Als docent heeft de heer Jansen een voorbeeldfunctie. Door vertrouwelijke gegevens van een leerling openbaar te maken, heeft hij de privacy van de leerling geschonden en de goede naam van de school geschaad.',
  ],
  assessment: ['Ernst: S2 (vertrouwelijke informatie, beperkt bereik). Voorgeschiedenis: H0.'],
  meeting: {
    date: '2026-11-17',
    time: '16:00',
    place: 'de kamer van de rector',
    conductedBy: 'de rector, drs. M.A. Hoekstra',
  },
  evidence: makeEvidence(4),
  schorsing: null,
});

const parentCase = (): LetterCase => ({
  ...baseStudentCase(),
  subject: fixtureParent,
  student: fixtureChild,
  recipient: { kind: 'person', person: fixtureParent },
  caseNumber: 61,
  incident: {
    date: '2026-11-05',
    summary: 'berichten over een leerkracht in de klassenapp en op Facebook',
  },
  facts: [
    'Op 5 november 2026 plaatste mevrouw Van der Meer in de WhatsApp-groep van de ouders van klas 2 vwo A een bericht waarin zij de mentor van haar dochter uitmaakte voor "incompetent en gevaarlijk"',
    'Op 6 november 2026 deelde zij hetzelfde bericht met een foto van de mentor op haar openbare Facebookpagina',
    'Op 9 november 2026 sprak zij de mentor op het schoolplein luid en dreigend aan in het bijzijn van leerlingen',
  ],
  breaches: [
    {
      ref: 'Protocol sociale media, regel A.7',
      title: 'Fatsoen',
      summary:
        'Pesten, kwetsen, stalken, bedreigen en zwartmaken via sociale media leiden tot maatregelen',
    },
  ],
  motivation: [
    'De mentor is publiekelijk en met foto zwartgemaakt en daarna op het schoolplein geïntimideerd. De school moet een veilige omgeving bieden voor leerlingen en medewerkers.',
  ],
  evidence: makeEvidence(2),
  schorsing: null,
});

/** The facts behind the ontslag op staande voet and the overleg with the vertrouwensinspecteur. */
const osvFacts: Pick<LetterCase, 'incident' | 'facts' | 'breaches' | 'motivation'> = {
  incident: {
    date: '2026-11-18',
    summary: 'privéberichten van een docent aan een leerling via Instagram',
  },
  facts: [
    'Op 18 november 2026 ontving de rector van de ouders van een 15-jarige leerling schermafbeeldingen van Instagram-privéberichten die de heer Jansen aan de leerling had gestuurd',
    'De berichten zijn seksueel getint en zijn verstuurd tussen 21:00 en 23:30 uur, ook nadat de leerling had gevraagd te stoppen',
    'De heer Jansen heeft in het gesprek van 20 november 2026 erkend dat hij de berichten heeft gestuurd',
  ],
  breaches: [
    {
      ref: 'Protocol sociale media, regel A.6',
      title: 'Contact met leerlingen',
      summary: 'Medewerkers onderhouden geen privécontact met leerlingen via sociale media',
    },
    {
      ref: 'Burgerlijk Wetboek, artikel 7:678, tweede lid, onder j',
      title: 'Grove plichtsverzaking',
      summary:
        'Een dringende reden is onder meer aanwezig als de werknemer grovelijk de plichten veronachtzaamt die de arbeidsovereenkomst hem oplegt',
    },
  ],
  motivation: [
    'Van een docent mag worden verwacht dat hij leerlingen beschermt en de grenzen van zijn rol bewaakt. Seksueel getinte berichten aan een minderjarige leerling zijn daarmee volstrekt onverenigbaar.',
  ],
};

/** One realistic case per document type. */
export const fixtureCases = (): Record<DocTypeId, LetterCase> => {
  const student = baseStudentCase();
  const staff = staffCase();
  const parent = parentCase();
  return {
    S1: {
      ...student,
      recipient: null,
      measure: measure(
        'berichtLatenVerwijderen',
        'het laten verwijderen van het Instagram-verhaal en een gesprek met de mentor',
        {
          startDate: '2026-11-13',
        },
      ),
      motivation: [],
    },
    S2: {
      ...student,
      issueDate: '2026-11-16',
      recipient: { kind: 'parentsOf', student: fixtureStudent, address: STUDENT_ADDRESS },
    },
    S3: {
      ...student,
      recipient: null,
      issueDate: '2026-11-19',
      conversation: {
        date: '2026-11-18',
        place: 'kamer 1.12 van het Noorderlicht College',
        attendees: [
          'Jan de Vries',
          'mevrouw E. de Vries-Smit (moeder)',
          'mevrouw A. Bakker (teamleider)',
          'de heer K. Postma (mentor)',
        ],
        statements: [
          {
            speaker: 'Mevrouw Bakker',
            text: 'De school heeft de schermafbeelding van het verhaal van 12 november besproken en uitgelegd waarom dit als pesten wordt gezien',
          },
          {
            speaker: 'De heer Postma',
            text: 'De klasgenoot is sinds 13 november twee dagen niet op school geweest',
          },
          {
            speaker: 'Mevrouw De Vries-Smit',
            text: 'Zij vindt het gedrag van Jan onacceptabel en steunt een passende maatregel',
          },
        ],
        subjectVersion:
          'Jan verklaart dat hij de meme grappig bedoelde en niet had verwacht dat zoveel mensen hem zouden zien. Hij heeft er spijt van en wil zijn excuses aanbieden aan zijn klasgenoot',
        agreements: [
          'Jan biedt in aanwezigheid van de mentor zijn excuses aan',
          'De school neemt binnen een week een besluit over een maatregel',
        ],
        commentDeadline: '2026-11-30',
      },
    },
    S4: { ...student, docNumber: 3 },
    S5: {
      ...student,
      recipient: null,
      docNumber: 4,
      registration: { bsn: null, onderwijsnummer: '123456789' },
    },
    S6: {
      ...student,
      school: fixturePoSchool,
      subject: { ...fixtureStudent, className: 'groep 7', dateOfBirth: '2015-05-02' },
      recipient: { kind: 'parentsOf', student: fixtureStudent, address: STUDENT_ADDRESS },
      docNumber: 5,
      motivation: [
        'Jan heeft op 30 november 2026, direct na zijn schorsing en ondanks de gemaakte afspraken, opnieuw een bewerkte foto van dezelfde klasgenoot verspreid.',
        'De klasgenoot durft sindsdien niet meer naar school. Wij kunnen zijn veiligheid niet langer waarborgen zolang beide leerlingen in dezelfde groep zitten, en andere maatregelen hebben niet geholpen.',
      ],
      meeting: {
        date: '2026-12-03',
        time: '14:00',
        place: 'de directiekamer van OBS De Vlinder',
        conductedBy: 'de directeur, de heer R. Dijkstra',
      },
      zienswijzeDeadline: '2026-12-03',
      verwijdering: {
        groepsleraar: 'juf L. Visser',
        fileAccess:
          'U kunt het dossier na afspraak op school inzien; op verzoek ontvangt u een afschrift',
        otherSchool: null,
        effectiveDate: null,
        inspectieConsultedOn: null,
        decisionDate: null,
        municipality: 'Smallingerland',
      },
    },
    S7: {
      ...student,
      recipient: null,
      docNumber: 6,
      issueDate: '2026-12-17',
      measure: measure('verwijdering', 'verwijdering van school'),
      schoolSearch: {
        searchStartedOn: '2026-11-26',
        contacts: [
          {
            date: '2026-11-27',
            school: 'CSG Liudger in Drachten',
            outcome: 'Afgewezen: geen plaats in 3 havo dit schooljaar',
          },
          {
            date: '2026-12-02',
            school: 'Drachtster Lyceum',
            outcome: 'Afgewezen: de klasgenoot heeft een broer op die school',
          },
          {
            date: '2026-12-08',
            school: 'Scholengemeenschap De Wâlden in Burgum',
            outcome: 'Kennismakingsgesprek gehouden op 14 december 2026',
          },
          {
            date: '2026-12-17',
            school: 'Scholengemeenschap De Wâlden in Burgum',
            outcome: 'Toegezegd: Jan kan per 18 januari 2027 instromen in 3 havo',
          },
        ],
        inspectieOverleg: [
          {
            date: '2026-12-10',
            withWhom: 'mevrouw R. Smit, inspecteur (telefonisch)',
            outcome:
              'De inspecteur heeft de zoektocht besproken en geen bezwaar tegen plaatsing in Burgum',
          },
        ],
        admittedBy: { name: 'Scholengemeenschap De Wâlden in Burgum', acceptedOn: '2026-12-17' },
      },
    },
    S8: {
      ...student,
      docNumber: 7,
      issueDate: '2027-01-11',
      meeting: { date: '2026-12-03', time: '14:00', place: 'kamer 1.12', conductedBy: null },
      measure: measure('verwijdering', 'verwijdering van school'),
      zienswijze: {
        intentionDate: '2026-11-25',
        intentionKenmerk: '12AB-2026-0042-05',
        receivedOn: '2026-12-03',
        summary:
          'De ouders vinden verwijdering te zwaar, omdat Jan spijt heeft en eerder nooit een maatregel kreeg',
        weighing:
          'Wij erkennen dat Jan spijt heeft. Na het eerdere voorval heeft Jan echter op 30 november 2026 opnieuw een meme over dezelfde klasgenoot verspreid, ondanks de schorsing en de gemaakte afspraken. Daarmee is het vertrouwen dat een veilige terugkeer mogelijk is, niet meer aanwezig',
      },
      verwijdering: {
        groepsleraar: null,
        fileAccess: 'U kunt het dossier op school inzien',
        otherSchool: { name: 'Scholengemeenschap De Wâlden in Burgum', acceptedOn: '2026-12-18' },
        effectiveDate: '2027-01-18',
        inspectieConsultedOn: '2026-12-10',
        decisionDate: '2027-01-11',
        municipality: 'Smallingerland',
      },
      appealClause: {
        ...bezwaarClause,
        extraNl: [
          ...bezwaarClause.extraNl,
          'U kunt het geschil ook voorleggen aan de Geschillencommissie passend onderwijs, Postbus 85191, 3508 AD Utrecht. Wij beslissen dan pas op uw bezwaar nadat de commissie haar oordeel heeft gegeven.',
        ],
      },
    },
    S9: {
      ...student,
      docNumber: 8,
      issueDate: '2027-01-11',
      recipient: {
        kind: 'organisation',
        name: 'Gemeente Smallingerland',
        department: 'Afdeling Leerplicht',
        attention: 'de leerplichtambtenaar',
        address: { street: 'Postbus', houseNumber: '10000', postcode: '9200HA', city: 'Drachten' },
      },
      registration: { bsn: '123456782', onderwijsnummer: null },
      verwijdering: {
        groepsleraar: null,
        fileAccess: '',
        otherSchool: { name: 'Scholengemeenschap De Wâlden in Burgum', acceptedOn: '2026-12-18' },
        effectiveDate: '2027-01-18',
        inspectieConsultedOn: '2026-12-10',
        decisionDate: '2027-01-11',
        municipality: 'Smallingerland',
      },
    },
    S10: {
      ...student,
      docNumber: 9,
      issueDate: '2027-03-15',
      measure: measure('verwijdering', 'verwijdering van school'),
      objection: {
        decisionLabel: 'ons besluit tot verwijdering van Jan',
        decisionDate: '2027-01-11',
        decisionKenmerk: '12AB-2026-0042-07',
        receivedOn: '2027-02-15',
        summary:
          'De ouders vinden de verwijdering onevenredig, omdat Jan spijt heeft betuigd, zijn excuses heeft aangeboden en eerder nooit een maatregel kreeg',
        hearing: {
          date: '2027-03-01',
          place: 'kamer 1.12 van het Noorderlicht College',
          attendees: [
            'mevrouw E. de Vries-Smit (moeder)',
            'de heer P. de Vries (vader)',
            'Jan de Vries',
          ],
          heardBy: 'de bezwaaradviescommissie van het bestuur',
          account:
            'De ouders benadrukten dat Jan op De Wâlden goed is gestart, maar dat de reistijd zwaar voor hem is',
        },
        committeeOpinion: null,
        reasoning: [
          'Wij hebben opnieuw bezien of een lichtere maatregel had volstaan. Jan heeft ondanks een eerdere schorsing en duidelijke afspraken opnieuw een bewerkte foto van dezelfde klasgenoot verspreid. De klasgenoot durfde daarna niet meer naar school.',
          'De spijt van Jan en zijn excuses hebben wij meegewogen. Zij wegen niet op tegen het belang van de klasgenoot bij een veilige school. Jan is inmiddels geplaatst op een andere school, zodat zijn onderwijs is gewaarborgd.',
        ],
        outcome: 'ongegrond',
        consequence: '',
        decisionDue: '2027-03-15',
        decisionTermNl: 'vier weken na ontvangst van het bezwaarschrift',
        decisionTermBasis: 'artikel 8.15, achtste lid, van de Wet voortgezet onderwijs 2020',
      },
      appealClause: {
        routeNl: 'beroep instellen bij de rechtbank (bestuursrechter)',
        termNl: 'zes weken',
        termStartNl: 'na de dag waarop dit besluit op bezwaar is verzonden',
        routeEn: null,
        termEn: null,
        termStartEn: null,
        address: [],
        extraNl: [
          'U dient het beroepschrift in bij de rechtbank in het arrondissement waar het bestuur van de school is gevestigd. U kunt de voorzieningenrechter ook om een voorlopige voorziening vragen.',
        ],
        extraEn: [],
        legalBasis: 'artikel 6:7 en 8:1 van de Algemene wet bestuursrecht',
      },
    },
    P1: { ...staff, recipient: null },
    P2: {
      ...staff,
      issueDate: '2026-11-12',
      measure: measure('schriftelijkeBerisping', 'een schriftelijke berisping'),
    },
    P3: {
      ...staff,
      docNumber: 3,
      issueDate: '2026-11-18',
      conversation: {
        date: '2026-11-17',
        place: 'de kamer van de rector',
        attendees: [
          'de heer P. Jansen',
          'mevrouw L. Bos (AOb, raadsvrouw)',
          'drs. M.A. Hoekstra (rector)',
          'de heer T. Wierda (afdelingsleider, verslag)',
        ],
        statements: [
          {
            speaker: 'De rector',
            text: 'De school heeft de schermafbeeldingen van de berichten in "Drachten Praat" van 9 en 10 november 2026 voorgelegd',
          },
          {
            speaker: 'Mevrouw Bos',
            text: 'De heer Jansen werkt twaalf jaar op de school zonder eerdere maatregelen en was die week overbelast',
          },
        ],
        subjectVersion:
          'De heer Jansen erkent dat hij de berichten heeft geplaatst. Hij was gefrustreerd over opmerkingen van ouders en heeft de naam van de leerling niet bewust genoemd. Hij heeft de berichten op 11 november 2026 verwijderd en biedt zijn excuses aan',
        agreements: [
          'De heer Jansen plaatst niets meer over leerlingen of ouders op sociale media',
          'De school neemt na ontvangst van zijn reactie op dit verslag een besluit',
        ],
        commentDeadline: '2026-12-02',
      },
    },
    P4: {
      ...staff,
      measure: measure('schorsingOrdemaatregel', 'een schorsing als ordemaatregel', {
        startDate: '2026-11-24',
        endDate: '2026-12-21',
        days: 28,
        schorsingType: 'ordemaatregel',
        contactPerson: 'de heer T. Wierda, afdelingsleider',
        conditions: [
          'U betreedt het schoolgebouw en het schoolterrein niet zonder toestemming van de rector',
          'U neemt over deze zaak geen contact op met leerlingen, ouders of collega’s',
          'U blijft bereikbaar voor het onderzoek',
        ],
      }),
      motivation: [
        'De berichten hebben onder ouders en leerlingen veel onrust veroorzaakt. Om die onrust te beperken en het onderzoek ongestoord te laten verlopen, is het nodig dat u tijdelijk niet op school aanwezig bent.',
      ],
      appealClause: commissieVanBeroepClause,
    },
    P5: { ...staff, docNumber: 3, zienswijzeDeadline: '2026-12-07' },
    P6: {
      ...staff,
      docNumber: 4,
      issueDate: '2026-12-14',
      zienswijze: {
        intentionDate: '2026-11-23',
        intentionKenmerk: '12AB-2026-0057-03',
        receivedOn: '2026-12-04',
        summary:
          'De heer Jansen erkent de berichten, maar stelt dat hij uit frustratie handelde en de naam van de leerling niet bewust noemde',
        weighing:
          'Wij nemen aan dat de heer Jansen uit frustratie handelde. Dat neemt niet weg dat hij als docent vertrouwelijke gegevens van een leerling openbaar heeft gemaakt. Zijn erkenning is reden om het bij een berisping te laten',
      },
      appealClause: commissieVanBeroepClause,
    },
    P7: {
      ...staff,
      ...osvFacts,
      docNumber: 5,
      issueDate: '2026-11-20',
      dismissal: {
        dringendeReden:
          'U heeft op 18 november 2026 via Instagram seksueel getinte privéberichten gestuurd aan een 15-jarige leerling van de school, ook nadat de leerling had gevraagd daarmee te stoppen. Dit is grove plichtsverzaking en maakt het voor de school onmogelijk de arbeidsovereenkomst te laten voortduren',
        communicatedOn: '2026-11-20',
        communicatedHow:
          'mondeling, in een gesprek op school in aanwezigheid van de afdelingsleider,',
        circumstancesWeighed:
          'Wij hebben uw persoonlijke omstandigheden meegewogen, waaronder uw dienstverband van twaalf jaar en de gevolgen van het ontslag voor uw inkomen. Gelet op de ernst van de gedragingen en de bescherming van leerlingen wegen die omstandigheden niet op tegen het belang van de school',
      },
      appealClause: kantonrechterClause,
    },
    P8: {
      ...staff,
      ...osvFacts,
      recipient: null,
      docNumber: 6,
      issueDate: '2026-11-19',
      vertrouwensinspecteur: {
        consultedOn: '2026-11-19',
        time: '10:15',
        inspector: 'mevrouw drs. H. Kramer, vertrouwensinspecteur',
        redelijkVermoeden: true,
        conclusion:
          'Het bevoegd gezag heeft de vertrouwensinspecteur geïnformeerd over de berichten van 18 november 2026. De vertrouwensinspecteur heeft geadviseerd aangifte te doen en de ouders en de betrokken medewerker vooraf in te lichten',
        aangifteOn: '2026-11-19',
        aangifteNumber: '2026-NN-004512',
        parentsInformedOn: '2026-11-19',
        accusedInformedOn: '2026-11-19',
        inspectorInformedOfAangifteOn: '2026-11-20',
      },
    },
    P9: {
      ...staff,
      recipient: null,
      docNumber: 7,
      issueDate: '2026-11-12',
      datalek: {
        discoveredAt: '2026-11-10T08:30',
        description:
          'Een docent heeft in een openbare Facebookgroep de naam en de cijfers van een leerling gepubliceerd. Het bericht was ruim een dag zichtbaar',
        personalData: ['naam', 'klas', 'cijfers voor twee vakken'],
        dataSubjects: 'een leerling van 4 havo',
        affectedCount: 1,
        consequences:
          'De leerling is in de groep herkenbaar besproken; de cijfers zijn door ouders en oud-leerlingen gelezen en gedeeld',
        highRisk: true,
        measures: [
          'De docent heeft het bericht op 11 november 2026 op verzoek van de school verwijderd',
          'De beheerder van de Facebookgroep is gevraagd kopieën en reacties te verwijderen',
          'Alle docenten hebben de instructie over het delen van leerlinggegevens opnieuw ontvangen',
        ],
        apReport: { reportedAt: '2026-11-12T16:45', reference: 'M-2026-118412' },
        apReason: '',
        subjectsInformed: {
          on: '2026-11-11',
          how: 'De rector heeft de leerling en de ouders in een gesprek op school geïnformeerd en een brief meegegeven',
        },
        subjectsReason: '',
      },
    },
    O1: {
      ...parent,
      measure: measure('waarschuwing', 'een waarschuwing', { labelEn: 'a warning' }),
      conversation: {
        date: '2026-11-10',
        place: 'kamer 1.12',
        attendees: [
          'mevrouw S. van der Meer',
          'drs. M.A. Hoekstra (rector)',
          'de heer T. Wierda (afdelingsleider)',
        ],
        statements: [],
        subjectVersion:
          'U was boos omdat uw dochter volgens u onterecht een onvoldoende kreeg, en u erkent dat de berichten te ver gingen',
        agreements: [
          'U verwijdert de berichten vandaag',
          'Zorgen over de begeleiding van Noor bespreekt u voortaan met de afdelingsleider',
        ],
        commentDeadline: null,
      },
    },
    O2: {
      ...parent,
      measure: measure('toegangsverbod', 'een toegangsverbod', {
        startDate: '2026-11-30',
        endDate: '2027-02-26',
        scope:
          'u betreedt het schoolgebouw, het schoolplein en schoolactiviteiten niet zonder afspraak',
        reviewDate: '2027-01-29',
        contactPerson: 'de heer T. Wierda, afdelingsleider',
      }),
      zienswijzeDeadline: '2026-11-27',
    },
    O3: {
      ...parent,
      docNumber: 3,
      issueDate: '2026-11-30',
      measure: measure('toegangsverbod', 'een toegangsverbod', {
        startDate: '2026-12-01',
        endDate: '2027-02-26',
        scope:
          'u betreedt het schoolgebouw, het schoolplein en schoolactiviteiten niet zonder afspraak',
        reviewDate: '2027-01-29',
        contactPerson: 'de heer T. Wierda, afdelingsleider',
        conditions: ['Voor een afspraak op school neemt u eerst contact op met de heer Wierda'],
      }),
      zienswijze: {
        intentionDate: '2026-11-16',
        intentionKenmerk: '12AB-2026-0061-02',
        receivedOn: '2026-11-25',
        summary:
          'U vindt een toegangsverbod overdreven, omdat u uw excuses aan de mentor heeft aangeboden',
        weighing:
          'Wij waarderen uw excuses. Omdat de mentor zich na het voorval op het schoolplein nog steeds onveilig voelt, houden wij het verbod aan, maar beperken wij het tot drie maanden met een tussentijdse evaluatie',
      },
      appealClause: klachtClause,
    },
    O4: {
      ...student,
      recipient: { kind: 'parentsOf', student: fixtureStudent, address: STUDENT_ADDRESS },
      measure: measure(
        'apparaatInBewaring',
        'het in bewaring nemen van de telefoon van Jan tot het einde van de schooldag',
        {
          labelEn: 'keeping Jan’s phone until the end of the school day',
        },
      ),
      motivation: [],
    },
    D1: { ...staff, recipient: null, docNumber: 9 },
    D2: { ...student, recipient: null, docNumber: 10, evidence: makeEvidence(12) },
  };
};
