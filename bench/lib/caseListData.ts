/**
 * Generated, realistic-looking data for the case-list benchmark: schools, people and cases
 * shaped as the app stores them (~1 KB per case), deterministic from a seed so every run
 * measures the same data.
 */

const FIRST = [
  'Jan',
  'Sanne',
  'Mohamed',
  'Emma',
  'Daan',
  'Fatima',
  'Lucas',
  'Julia',
  'Sem',
  'Noor',
  'Milan',
  'Yara',
  'Levi',
  'Zoë',
  'Thijs',
  'Aylin',
  'Bram',
  'Lotte',
  'José',
  'Chloë',
  'Ömer',
  'Anouk',
  'Ruben',
  'Iris',
  'Finn',
  'Sara',
  'Jesse',
  'Lieke',
  'Youssef',
  'Femke',
];
const INFIX = ['', '', '', '', 'de', 'van', 'van der', 'van den', 'ter', 'el'];
const LAST = [
  'Jansen',
  'de Vries',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Dijkstra',
  'Kok',
  'Yılmaz',
  'Amrani',
  'Boukhari',
  'Hoekstra',
  'Postma',
  'Veenstra',
  'Kramer',
  'Wijnands',
  'Schouten',
  'Groen',
  'Koster',
];
const PLATFORMS = ['Instagram', 'TikTok', 'Snapchat', 'WhatsApp', 'Facebook', 'YouTube', 'X'];
const INCIDENTS = [
  'bericht over docent',
  'filmpje in de gymzaal',
  'foto zonder toestemming',
  'meme over klasgenoot',
  'groepsapp met bedreiging',
  'nepaccount van leerling',
  'reactie op schoolpost',
  'livestream in de les',
  'screenshot van cijferlijst',
  'story over mentor',
];
const SENTENCES = [
  'Op maandagochtend meldde een mentor dat er een bericht rondging waarin een docent belachelijk werd gemaakt.',
  'Het bericht is door ongeveer dertig leerlingen gezien voordat het werd verwijderd.',
  'De leerling heeft in een eerste gesprek erkend het filmpje te hebben gemaakt en gedeeld.',
  'Er zijn schermafbeeldingen veiliggesteld met datum, tijdstip en de URL van het account.',
  'De betrokken docent voelt zich ernstig aangetast in zijn goede naam en heeft dit schriftelijk laten weten.',
  'Volgens de ouders was het als grap bedoeld en had de leerling de gevolgen niet overzien.',
  'In de groepsapp werden persoonsgegevens van een klasgenoot gedeeld zonder diens toestemming.',
  'De schoolleiding heeft het account laten verwijderen en de leerling gevraagd excuses aan te bieden.',
  'Het protocol verbiedt opnames in de les zonder voorafgaande toestemming van de docent.',
  'Eerder dit schooljaar is de leerling al gewaarschuwd voor vergelijkbaar gedrag op sociale media.',
  'De vertrouwenspersoon is ingelicht en heeft met de betrokken leerling gesproken.',
  'De reikwijdte bleef beperkt tot de eigen klas; het bericht is binnen een uur offline gehaald.',
];
const STATUSES = [
  'concept',
  'inBehandeling',
  'inBehandeling',
  'besluitGenomen',
  'besluitGenomen',
  'bezwaarBeroep',
  'afgesloten',
  'afgesloten',
] as const;
const MEASURES = [
  'waarschuwing',
  'schorsing',
  'berichtLatenVerwijderen',
  'schriftelijkeBerisping',
  'toegangsverbod',
  'verwijdering',
] as const;
const DUTIES = [
  'ISD-melding schorsing',
  'Uitnodiging gesprek versturen',
  'Terugkeergesprek',
  'Zienswijzetermijn loopt af',
  'Besluit op bezwaar',
  'Melding leerplichtambtenaar',
  'Verslag gesprek naar ouders',
];

/** A small deterministic PRNG (mulberry32). */
export const createRandom = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    pick,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (base: Date, offsetDays: number) => {
  const d = new Date(base.getTime() + offsetDays * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export type GeneratedData = {
  schools: Record<string, unknown>[];
  people: Record<string, unknown>[];
  cases: Record<string, unknown>[];
};

/**
 * Schools, people and `caseCount` cases, the latter averaging about 1 KB as JSON. Dates lie
 * in the two school years before `today`; open cases are recent, so their duties fall both
 * before and after today, as in a school's real list.
 */
export const generateCaseListData = (
  caseCount: number,
  { seed = 20261123, today = new Date() }: { seed?: number; today?: Date } = {},
): GeneratedData => {
  const r = createRandom(seed);
  const schools = [
    { id: 'school-hogeland', name: 'Het Hogeland College', brin: '12AB', sector: 'VO' },
    { id: 'school-liudger', name: 'CSG Liudger', brin: '20CD', sector: 'VO' },
    { id: 'school-opoa', name: 'OBS De Regenboog', brin: '07EF', sector: 'PO' },
    { id: 'school-aeres', name: 'Aeres MBO Almere', brin: '25GH', sector: 'MBO' },
  ].map((s) => ({
    ...s,
    boardName: `Stichting ${s.name}`,
    denomination: 'bijzonder',
    address: { street: 'Schoolstraat', houseNumber: '1', postcode: '1234 AB', city: 'Zwolle' },
    phone: '',
    email: '',
    website: '',
    logo: null,
    protocolId: 'seed-005-model',
    signers: [{ name: 'A. Directeur', functionTitle: 'directeur', mandate: 'namens het bestuur' }],
    holidays: [],
    envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
  }));
  const people: Record<string, unknown>[] = [];
  const personCount = Math.ceil(caseCount * 0.7);
  for (let i = 0; i < personCount; i += 1) {
    const school = r.pick(schools);
    const role = r.next() < 0.8 ? 'leerling' : r.next() < 0.5 ? 'medewerker' : 'ouder';
    people.push({
      id: `person-${i}`,
      schoolId: school.id,
      role,
      firstName: r.pick(FIRST),
      infix: r.pick(INFIX),
      lastName: r.pick(LAST),
      salutation: 'neutraal',
      dateOfBirth:
        role === 'leerling'
          ? `${r.int(2006, 2014)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
          : null,
      className:
        role === 'leerling'
          ? `${r.int(1, 6)} ${r.pick(['havo', 'vwo', 'vmbo'])} ${r.pick(['A', 'B', 'C'])}`
          : null,
      functionTitle: role === 'medewerker' ? 'docent' : null,
      address: null,
      email: null,
      childIds: [],
    });
  }
  const DAYS = 700;
  const start = new Date(
    Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - DAYS * 86_400_000,
  );
  const sequence = new Map<string, number>();
  const cases: Record<string, unknown>[] = [];
  for (let i = 0; i < caseCount; i += 1) {
    const person = r.pick(people);
    const schoolId = person.schoolId as string;
    const status = r.pick(STATUSES);
    const recent = status === 'concept' || status === 'inBehandeling' || status === 'bezwaarBeroep';
    const createdDay = recent ? r.int(DAYS - 60, DAYS) : r.int(0, DAYS);
    const created = `${isoDay(start, createdDay)}T${pad(r.int(7, 17))}:${pad(r.int(0, 59))}:00.000Z`;
    const year = Number(created.slice(0, 4));
    const key = `${schoolId}-${year}`;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    const duties = recent
      ? Array.from({ length: r.int(0, 3) }, (_, d) => ({
          id: `duty-${i}-${d}`,
          key: 'eigen',
          labelNl: r.pick(DUTIES),
          labelEn: 'Duty',
          dueAt: `${isoDay(start, createdDay + r.int(1, 40))}T23:59`,
          doneAt: r.next() < 0.3 ? isoDay(start, createdDay + 2) : null,
          legalBasis: null,
          needsCheck: false,
          noteNl: '',
          noteEn: '',
          source: 'procedure',
          documentId: null,
        }))
      : [];
    const openDue = duties
      .filter((d) => d.doneAt === null)
      .map((d) => d.dueAt)
      .sort();
    let description = '';
    while (description.length < 300) description += `${r.pick(SENTENCES)} `;
    const platform = r.pick(PLATFORMS);
    cases.push({
      id: `case-${String(i).padStart(5, '0')}`,
      schoolId,
      subjectId: person.id,
      subjectType: person.role,
      year,
      sequence: seq,
      title: `${platform}-${r.pick(INCIDENTS)}`,
      status,
      createdAt: created,
      updatedAt: created,
      nextDeadline: openDue[0] ?? null,
      facts: {
        incidentDate: created.slice(0, 10),
        platform: platform.toLowerCase(),
        whatWasPosted: `een ${r.pick(INCIDENTS)}`,
        description: description.trim(),
      },
      decision:
        status === 'besluitGenomen' || status === 'bezwaarBeroep' || status === 'afgesloten'
          ? { measure: r.pick(MEASURES) }
          : { measure: null },
      duties,
    });
  }
  return { schools, people, cases };
};
