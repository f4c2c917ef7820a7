import { addWeeks, isIsoDate } from '../../calendar/calendar';
import type { Sector } from '../../glossary';
import {
  appealClauseBlocks,
  assembleModel,
  dateOf,
  evidenceTable,
  fail,
  formatBreach,
  formatEvidenceLabel,
  formatPeriod,
  missing,
  motivationBlocks,
  studentVoice,
  zienswijzeBlocks,
} from './common';
import { DOC_TYPES } from './docTypes';
import {
  asSentence,
  capitalise,
  formatAddressLines,
  formatCount,
  formatFullName,
  joinList,
} from './format';
import type {
  Block,
  LetterCase,
  LetterError,
  LetterModel,
  ObjectionOutcome,
  Result,
} from './types';

type Built = Result<LetterModel, LetterError>;

/** Statutory basis of a student schorsing per sector (domain.md §1.2). */
const SCHORSING_BASIS: Record<Sector, string> = {
  PO: 'artikel 40c van de Wet op het primair onderwijs', // WPO 40c [V]
  VO: 'artikel 8.14 van de Wet voortgezet onderwijs 2020', // WVO 2020 8.14 [V]
  MBO: 'artikel 8.1.7c van de Wet educatie en beroepsonderwijs', // WEB 8.1.7c [V]
};

/** Statutory basis of a verwijdering per sector (domain.md §1.3). */
const VERWIJDERING_BASIS: Record<Sector, string> = {
  PO: 'artikel 40 van de Wet op het primair onderwijs', // WPO 40(1) [V]
  VO: 'artikel 8.15 van de Wet voortgezet onderwijs 2020', // WVO 2020 8.15(1) [V]
  MBO: 'artikel 8.1.7d van de Wet educatie en beroepsonderwijs', // WEB 8.1.7d(1) [V]
};

/** The inspectie notice of a schorsing longer than one day (PO/VO only; none found for MBO). */
const INSPECTIE_SCHORSING_BASIS: Partial<Record<Sector, string>> = {
  PO: 'artikel 40c van de Wet op het primair onderwijs',
  VO: 'artikel 8.14, derde lid, van de Wet voortgezet onderwijs 2020',
};

const p = (id: string, text: string): Block => ({ type: 'paragraph', id, text });
const h = (id: string, text: string): Block => ({ type: 'heading', id, text });
const list = (id: string, items: string[]): Block => ({ type: 'list', id, items });

/** Facts introduced by one sentence, as a list. */
const factBlocks = (c: LetterCase, intro: string): Block[] => [
  p('feiten-inleiding', intro),
  list('feiten', c.facts.map(asSentence)),
];

const breachBlocks = (c: LetterCase, intro: string): Block[] =>
  c.breaches.length === 0
    ? []
    : [p('artikelen-inleiding', intro), list('artikelen', c.breaches.map(formatBreach))];

const questionsParagraph = (c: LetterCase): Block =>
  p(
    'vragen',
    `Heeft u vragen over deze brief? Neem dan contact op met ${c.signer.name} via ${c.school.phone}.`,
  );

/** "u" or "u en Jan": who is spoken with when the letter goes to the parents. */
const youAndStudent = (c: LetterCase): string =>
  studentVoice(c).direct ? 'u' : `u en ${c.subject.firstName}`;

const studentFields = (c: LetterCase): { label: string; value: string }[] => {
  const s = c.subject;
  return [
    { label: 'Leerling', value: formatFullName(s) },
    ...(s.dateOfBirth ? [{ label: 'Geboortedatum', value: dateOf(c, s.dateOfBirth) }] : []),
    ...(s.className ? [{ label: 'Klas', value: s.className }] : []),
  ];
};

const meetingSentence = (c: LetterCase, meeting: NonNullable<LetterCase['meeting']>): string =>
  `op ${dateOf(c, meeting.date, true)} om ${meeting.time} uur in ${meeting.place}`;

/** S1: dossiernotitie of the facts, evidence, breached rule and the ordemaatregel taken. */
export const buildS1Dossiernotitie = (c: LetterCase): Built => {
  const info = DOC_TYPES.S1;
  if (!c.measure) return fail(missing(info.id, 'measure'));
  const name = formatFullName(c.subject);
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        ...studentFields(c),
        { label: 'Datum voorval', value: dateOf(c, c.incident.date) },
        { label: 'Opgesteld door', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    h('feiten-kop', 'Feiten'),
    ...factBlocks(
      c,
      `Op ${dateOf(c, c.incident.date)} is het volgende vastgesteld over ${c.incident.summary}:`,
    ),
    h('bewijs-kop', 'Bewijs'),
    c.evidence.length > 0 ? evidenceTable(c) : p('bewijs-geen', 'Er is geen bewijs vastgelegd.'),
    h('artikelen-kop', 'Overtreden regels'),
    c.breaches.length > 0
      ? list('artikelen', c.breaches.map(formatBreach))
      : p('artikelen-geen', 'Er is (nog) geen overtreden regel vastgesteld.'),
    h('maatregel-kop', 'Genomen ordemaatregel'),
    p(
      'maatregel',
      `Als ordemaatregel is genomen: ${c.measure.labelNl}${
        c.measure.startDate ? ` (${dateOf(c, c.measure.startDate)})` : ''
      }.`,
    ),
    ...(c.motivation.length > 0
      ? [h('toelichting-kop', 'Toelichting'), ...motivationBlocks(c, 'toelichting')]
      : []),
    p(
      'vastlegging',
      `Deze notitie is op ${dateOf(c, c.issueDate)} opgesteld door ${c.signer.name}, ${c.signer.functionTitle}, en opgenomen in het leerlingendossier van ${name}.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Overtreding protocol sociale media door ${name}`,
    body,
    appealClause: null,
  });
};

/** S2: invitation to a conversation before a schorsing (and required before verwijdering). */
export const buildS2UitnodigingGesprek = (c: LetterCase): Built => {
  const info = DOC_TYPES.S2;
  const meeting = c.meeting;
  if (!meeting) return fail(missing(info.id, 'meeting'));
  const v = studentVoice(c);
  const body: Block[] = [
    ...factBlocks(
      c,
      `Wij hebben geconstateerd dat ${v.who} op ${dateOf(c, c.incident.date)} betrokken ${v.is} geweest bij ${c.incident.summary}. Het gaat om het volgende:`,
    ),
    ...breachBlocks(c, 'Als dit klopt, is dat in strijd met de volgende regels van de school:'),
    p(
      'uitnodiging',
      `Wij willen graag met ${youAndStudent(c)} over deze gebeurtenissen spreken voordat wij besluiten of wij een maatregel nemen. Wij nodigen u daarom uit voor een gesprek ${meetingSentence(c, meeting)}.${
        meeting.conductedBy ? ` Het gesprek wordt gevoerd door ${meeting.conductedBy}.` : ''
      }`,
    ),
    ...(c.measure
      ? [
          p(
            'mogelijke-maatregel',
            `De school overweegt ${c.measure.labelNl}. Er is nog geen besluit genomen; wij horen eerst graag uw kant van het verhaal.`,
          ),
        ]
      : []),
    p(
      'bijstand',
      'U mag zich bij het gesprek laten bijstaan door iemand die u vertrouwt, bijvoorbeeld een familielid of een vertrouwenspersoon. Wilt u ons vooraf laten weten wie u meeneemt?',
    ),
    ...(c.evidence.length > 0
      ? [
          p(
            'stukken-inleiding',
            'In het gesprek komen de volgende stukken aan de orde. U kunt ze vooraf op school inzien; op verzoek sturen wij u een afschrift:',
          ),
          list(
            'stukken',
            c.evidence.map((e) => formatEvidenceLabel(c, e)),
          ),
        ]
      : [p('stukken-geen', 'Behalve deze brief zijn er geen stukken.')]),
    p(
      'verhinderd',
      `Kunt u niet op dit tijdstip? Neem dan zo snel mogelijk contact op met ${c.signer.name} via ${c.school.phone}, dan maken wij een nieuwe afspraak.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: v.direct
      ? 'Uitnodiging voor een gesprek'
      : `Uitnodiging voor een gesprek over ${formatFullName(c.subject)}`,
    body,
    appealClause: null,
  });
};

/** S3: verslag of the conversation, with attendees, statements and the pupil's own account. */
export const buildS3VerslagGesprek = (c: LetterCase): Built => {
  const info = DOC_TYPES.S3;
  const conv = c.conversation;
  if (!conv) return fail(missing(info.id, 'conversation'));
  const first = c.subject.firstName;
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        ...studentFields(c),
        { label: 'Datum gesprek', value: dateOf(c, conv.date, true) },
        { label: 'Plaats', value: conv.place },
        { label: 'Aanwezig', value: conv.attendees.join('; ') },
        { label: 'Verslag', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p(
      'onderwerp',
      `Het gesprek ging over ${c.incident.summary} op ${dateOf(c, c.incident.date)} en over de vraag of daarbij regels van het protocol sociale media zijn overtreden.`,
    ),
    h('feiten-kop', 'Besproken feiten'),
    list('feiten', c.facts.map(asSentence)),
    h('verklaringen-kop', 'Verklaringen'),
    list(
      'verklaringen',
      conv.statements.map((s) => `${s.speaker}: ${asSentence(s.text)}`),
    ),
    h('lezing-kop', `Lezing van ${first}`),
    p('lezing-leerling', asSentence(conv.subjectVersion)),
    ...(conv.agreements.length > 0
      ? [h('afspraken-kop', 'Afspraken'), list('afspraken', conv.agreements.map(asSentence))]
      : []),
    p(
      'reactie',
      `Dit verslag wordt in afschrift gestuurd aan de gehoorden. Wie vindt dat het verslag iets onjuist of onvolledig weergeeft, kan dat ${
        conv.commentDeadline
          ? `uiterlijk op ${dateOf(c, conv.commentDeadline)}`
          : 'binnen tien dagen'
      } schriftelijk laten weten; die reactie wordt bij het verslag in het dossier bewaard.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Verslag gesprek over ${formatFullName(c.subject)} op ${dateOf(c, conv.date)}`,
    body,
    appealClause: null,
    copyTo: c.copyTo.length > 0 ? [] : conv.attendees,
  });
};

/** Sentence about notifying the inspectie of a schorsing (domain.md §1.2). */
const inspectieSentence = (
  c: LetterCase,
  days: number | null,
  notifiedOn: string | null,
): Block[] => {
  const basis = INSPECTIE_SCHORSING_BASIS[c.school.sector];
  if (!basis) return [];
  const startEnd = c.measure?.startDate !== c.measure?.endDate;
  const longerThanOneDay = days !== null ? days > 1 : startEnd;
  if (!longerThanOneDay) {
    return [
      p(
        'inspectie',
        'Omdat de schorsing niet langer duurt dan één dag, is een melding aan de inspectie van het onderwijs niet vereist.',
      ),
    ];
  }
  return [
    p(
      'inspectie',
      notifiedOn
        ? `Omdat de schorsing langer duurt dan één dag, hebben wij de inspectie van het onderwijs op ${dateOf(c, notifiedOn)} schriftelijk en met opgave van redenen over de schorsing geïnformeerd (${basis}).`
        : `Omdat de schorsing langer duurt dan één dag, informeren wij de inspectie van het onderwijs onverwijld schriftelijk en met opgave van redenen over de schorsing (${basis}).`,
    ),
  ];
};

/** S4: besluit schorsing with motivering, dates, education arrangement, return meeting, inspectie and appeal. */
export const buildS4BesluitSchorsing = (c: LetterCase): Built => {
  const info = DOC_TYPES.S4;
  const m = c.measure;
  if (!m?.startDate || !m.endDate) return fail(missing(info.id, 'measure.period'));
  if (!c.schorsing) return fail(missing(info.id, 'schorsing'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const v = studentVoice(c);
  const s = c.schorsing;
  const duration =
    m.days !== null
      ? `voor ${formatCount(m.days)} ${m.days === 1 ? 'schooldag' : 'schooldagen'}, `
      : '';
  const body: Block[] = [
    p(
      'inleiding',
      `Met deze brief delen wij u mee dat wij hebben besloten ${v.whom} te schorsen. Hieronder leest u waarom, voor hoe lang en wat de schorsing voor ${v.whom} betekent.`,
    ),
    ...factBlocks(
      c,
      `Wij hebben over ${c.incident.summary} op ${dateOf(c, c.incident.date)} het volgende vastgesteld:`,
    ),
    ...(c.meeting
      ? [
          p(
            'gehoord',
            `Op ${dateOf(c, c.meeting.date)} hebben wij hierover met ${youAndStudent(c)} gesproken. Wat daarin naar voren is gebracht, hebben wij bij ons besluit betrokken.`,
          ),
        ]
      : []),
    ...breachBlocks(c, `Hiermee heeft ${v.who} gehandeld in strijd met de volgende regels:`),
    h('besluit-kop', 'Besluit'),
    p(
      'besluit',
      `Wij schorsen ${v.whom} ${duration}${formatPeriod(c, m.startDate, m.endDate)}. Dit besluit berust op ${
        m.legalBasis ?? SCHORSING_BASIS[c.school.sector]
      }.`,
    ),
    h('motivering-kop', 'Motivering'),
    ...motivationBlocks(c),
    h('onderwijs-kop', 'Onderwijs tijdens de schorsing'),
    p(
      'onderwijs',
      `Ook tijdens de schorsing krijgt ${v.whom} onderwijs. ${asSentence(s.educationArrangement)}`,
    ),
    p(
      'terugkeergesprek',
      `Na afloop van de schorsing vindt een terugkeergesprek plaats ${meetingSentence(c, s.returnMeeting)}. Wij verwachten ${youAndStudent(c)} daarbij.`,
    ),
    ...inspectieSentence(c, m.days, s.inspectieNotifiedOn),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Besluit schorsing ${formatFullName(c.subject)}`,
    body,
    appealClause: appealClauseBlocks(c.appealClause, 'nl'),
  });
};

/** S5: the text for the ISD meldingsformulier schorsing en verwijdering (concept). */
export const buildS5IsdMelding = (c: LetterCase): Built => {
  const info = DOC_TYPES.S5;
  const m = c.measure;
  if (!m?.startDate || !m.endDate) return fail(missing(info.id, 'measure.period'));
  const basis = INSPECTIE_SCHORSING_BASIS[c.school.sector];
  const reg = c.registration;
  const body: Block[] = [
    p(
      'toelichting',
      basis
        ? `Dit zijn de gegevens voor het meldingsformulier schorsing en verwijdering in het Internet Schooldossier (ISD) van de inspectie van het onderwijs. Een schorsing van meer dan één dag wordt onverwijld, schriftelijk en met opgave van redenen gemeld (${basis}).`
        : 'Dit zijn de gegevens voor het meldingsformulier schorsing en verwijdering in het Internet Schooldossier (ISD) van de inspectie van het onderwijs. Voor het mbo is geen wettelijke meldplicht vastgesteld; controleer of melding nodig is.',
    ),
    {
      type: 'fields',
      id: 'melding',
      rows: [
        { label: 'School', value: `${c.school.name} (BRIN ${c.school.brin})` },
        ...studentFields(c),
        ...(reg?.onderwijsnummer ? [{ label: 'Onderwijsnummer', value: reg.onderwijsnummer }] : []),
        { label: 'Maatregel', value: 'Schorsing' },
        { label: 'Eerste dag', value: dateOf(c, m.startDate, true) },
        { label: 'Laatste dag', value: dateOf(c, m.endDate, true) },
        ...(m.days !== null ? [{ label: 'Aantal schooldagen', value: String(m.days) }] : []),
        {
          label: 'Contactpersoon',
          value: `${c.signer.name}, ${c.signer.functionTitle}, ${c.school.phone}`,
        },
      ],
    },
    h('reden-kop', 'Reden van de schorsing'),
    p(
      'reden',
      `${capitalise(c.incident.summary)} op ${dateOf(c, c.incident.date)}${
        c.breaches.length > 0 ? `, in strijd met ${joinList(c.breaches.map((b) => b.ref))}` : ''
      }.`,
    ),
    list('feiten', c.facts.map(asSentence)),
    ...motivationBlocks(c),
    ...(c.schorsing
      ? [
          p(
            'onderwijs',
            `Onderwijs tijdens de schorsing: ${asSentence(c.schorsing.educationArrangement)}`,
          ),
        ]
      : []),
  ];
  return assembleModel(c, info, {
    subject: `Melding schorsing ${formatFullName(c.subject)}`,
    body,
    appealClause: null,
  });
};

/** S6: voornemen verwijdering with grounds, file access and the invitation to the hoorzitting. */
export const buildS6VoornemenVerwijdering = (c: LetterCase): Built => {
  const info = DOC_TYPES.S6;
  const meeting = c.meeting;
  const vw = c.verwijdering;
  if (!meeting) return fail(missing(info.id, 'meeting'));
  if (!vw) return fail(missing(info.id, 'verwijdering'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  const sector = c.school.sector;
  if (sector === 'PO' && !vw.groepsleraar)
    return fail(missing(info.id, 'verwijdering.groepsleraar'));
  const v = studentVoice(c);
  const first = c.subject.firstName;
  const otherSchool: Block =
    sector === 'MBO'
      ? p(
          'andere-school',
          `Als ${v.who} leerplichtig ${v.is}, gaat een verwijdering pas in als een andere school of instelling bereid is ${v.whom} toe te laten, of als wij ten minste acht weken aantoonbaar zonder succes naar zo'n school of instelling hebben gezocht (artikel 8.1.7d, tweede lid, van de Wet educatie en beroepsonderwijs).`,
        )
      : p(
          'andere-school',
          `Een verwijdering kan pas ingaan als een andere school bereid is ${v.whom} toe te laten. Wij zoeken daarom actief naar een andere school en houden u daarvan op de hoogte.`,
        );
  const hearOthers: Block[] = [];
  if (sector === 'PO' && vw.groepsleraar) {
    hearOthers.push(
      p(
        'horen-groepsleraar',
        `Zoals de wet voorschrijft, horen wij ook de groepsleraar van ${first}, ${vw.groepsleraar} (artikel 40, elfde lid, van de Wet op het primair onderwijs).`,
      ),
    );
  }
  if (sector === 'VO' && !v.direct) {
    hearOthers.push(
      p(
        'horen-leerling',
        `Ook ${first} wordt gehoord (artikel 8.15, derde lid, van de Wet voortgezet onderwijs 2020).`,
      ),
    );
  }
  const body: Block[] = [
    p(
      'inleiding',
      `Met deze brief laten wij u weten dat wij van plan zijn ${v.whom} definitief van school te verwijderen. Voordat wij daarover een besluit nemen, nodigen wij u uit voor een hoorzitting.`,
    ),
    ...factBlocks(
      c,
      `Het voornemen berust op ${c.incident.summary} op ${dateOf(c, c.incident.date)}. Wij hebben het volgende vastgesteld:`,
    ),
    ...breachBlocks(c, `Hiermee heeft ${v.who} gehandeld in strijd met de volgende regels:`),
    h('gronden-kop', 'Gronden voor het voornemen'),
    ...motivationBlocks(c, 'gronden'),
    otherSchool,
    h('hoorzitting-kop', 'Hoorzitting'),
    p(
      'hoorzitting',
      `Wij nodigen ${youAndStudent(c)} uit voor een hoorzitting ${meetingSentence(c, meeting)}. Daar kunt u uw zienswijze op dit voornemen naar voren brengen.${
        meeting.conductedBy ? ` De hoorzitting wordt geleid door ${meeting.conductedBy}.` : ''
      }`,
    ),
    ...hearOthers,
    ...(c.zienswijzeDeadline
      ? [
          p(
            'zienswijze-schriftelijk',
            `U kunt uw zienswijze ook schriftelijk geven, uiterlijk op ${dateOf(c, c.zienswijzeDeadline)}.`,
          ),
        ]
      : []),
    p(
      'bijstand',
      'U mag zich tijdens de hoorzitting laten bijstaan door een raadsman of een andere vertrouwenspersoon.',
    ),
    h('inzage-kop', 'Inzage in het dossier'),
    p(
      'inzage',
      `U heeft recht op inzage in het dossier waarop dit voornemen berust. ${asSentence(vw.fileAccess)}`,
    ),
    ...(c.evidence.length > 0
      ? [
          p('stukken-inleiding', 'Het dossier bevat onder meer:'),
          list(
            'stukken',
            c.evidence.map((e) => formatEvidenceLabel(c, e)),
          ),
        ]
      : []),
    p(
      'geen-besluit',
      'Dit voornemen is nog geen besluit; u kunt er daarom nog geen bezwaar tegen maken. Na de hoorzitting nemen wij een besluit, dat u schriftelijk ontvangt.',
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Voornemen tot verwijdering van ${formatFullName(c.subject)} en uitnodiging hoorzitting`,
    body,
    appealClause: null,
  });
};

/** S8: besluit verwijdering with motivering, effective date, inspectie, leerplicht and appeal. */
export const buildS8BesluitVerwijdering = (c: LetterCase): Built => {
  const info = DOC_TYPES.S8;
  const vw = c.verwijdering;
  if (!vw) return fail(missing(info.id, 'verwijdering'));
  if (!vw.effectiveDate) return fail(missing(info.id, 'verwijdering.effectiveDate'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const sector = c.school.sector;
  // WPO 40(11), WVO 2020 8.15(2): another school must have agreed first (no 8-week escape in PO/VO).
  if (sector !== 'MBO' && !vw.otherSchool)
    return fail(missing(info.id, 'verwijdering.otherSchool'));
  const v = studentVoice(c);
  const effective = vw.otherSchool
    ? `${vw.otherSchool.name} heeft op ${dateOf(c, vw.otherSchool.acceptedOn)} verklaard bereid te zijn ${v.whom} toe te laten. De verwijdering gaat daarom in op ${dateOf(c, vw.effectiveDate, true)}.`
    : `De verwijdering gaat in op ${dateOf(c, vw.effectiveDate, true)}.`;
  const inspectie: Block[] =
    sector === 'VO'
      ? [
          p(
            'inspectie',
            `${
              vw.inspectieConsultedOn
                ? `Wij hebben voorafgaand aan dit besluit op ${dateOf(c, vw.inspectieConsultedOn)} overleg gevoerd met de inspectie van het onderwijs. `
                : ''
            }Wij melden de verwijdering schriftelijk aan de inspectie (artikel 8.15, vierde en vijfde lid, van de Wet voortgezet onderwijs 2020).`,
          ),
        ]
      : [];
  const clause = appealClauseBlocks(c.appealClause, 'nl');
  const mentionsGeschillencommissie = [...c.appealClause.extraNl, c.appealClause.routeNl].some(
    (s) => /geschillencommissie passend onderwijs/i.test(s),
  );
  const body: Block[] = [
    ...zienswijzeBlocks(c, `${v.whom} definitief van school te verwijderen`),
    ...(c.meeting
      ? [
          p(
            'gehoord',
            `Op ${dateOf(c, c.meeting.date)} hebben wij u tijdens een hoorzitting gehoord.`,
          ),
        ]
      : []),
    p('inleiding', 'Met deze brief delen wij u ons besluit mee.'),
    ...factBlocks(
      c,
      `Wij hebben over ${c.incident.summary} op ${dateOf(c, c.incident.date)} het volgende vastgesteld:`,
    ),
    ...breachBlocks(c, `Hiermee heeft ${v.who} gehandeld in strijd met de volgende regels:`),
    h('besluit-kop', 'Besluit'),
    p(
      'besluit',
      `Wij hebben besloten ${v.whom} definitief van school te verwijderen. Dit besluit berust op ${
        c.measure?.legalBasis ?? VERWIJDERING_BASIS[sector]
      }.`,
    ),
    h('motivering-kop', 'Motivering'),
    ...motivationBlocks(c),
    h('ingangsdatum-kop', 'Ingangsdatum'),
    p('ingangsdatum', effective),
    ...inspectie,
    p(
      'leerplicht',
      `Wij melden de verwijdering terstond aan de leerplichtambtenaar van de gemeente ${
        vw.municipality ?? c.school.address.city
      } (artikel 18, eerste lid, van de Leerplichtwet 1969).`,
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Besluit tot verwijdering van ${formatFullName(c.subject)}`,
    body,
    appealClause: [
      ...clause,
      ...(mentionsGeschillencommissie
        ? []
        : [
            p(
              'geschillencommissie',
              'U kunt het geschil over de verwijdering ook voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl). Doet u dat, dan beslissen wij pas op uw bezwaar nadat de commissie haar oordeel heeft gegeven.',
            ),
          ]),
    ],
  });
};

/** S9: melding of the verwijdering to the leerplichtambtenaar (LPW art. 18), copy to the inspectie in VO. */
export const buildS9MeldingVerwijdering = (c: LetterCase): Built => {
  const info = DOC_TYPES.S9;
  const vw = c.verwijdering;
  if (!vw) return fail(missing(info.id, 'verwijdering'));
  if (!vw.decisionDate) return fail(missing(info.id, 'verwijdering.decisionDate'));
  if (!vw.effectiveDate) return fail(missing(info.id, 'verwijdering.effectiveDate'));
  const reg = c.registration;
  if (!reg || (!reg.bsn && !reg.onderwijsnummer)) return fail(missing(info.id, 'registration'));
  const s = c.subject;
  const body: Block[] = [
    p(
      'inleiding',
      'Op grond van artikel 18, eerste lid, van de Leerplichtwet 1969 melden wij u dat wij hebben besloten de hieronder genoemde leerling van onze school te verwijderen.',
    ),
    {
      type: 'fields',
      id: 'leerling',
      rows: [
        ...studentFields(c),
        ...(s.address
          ? [
              {
                label: 'Adres',
                value: formatAddressLines(s.address).join(', ').replace(/ {2}/, ' '),
              },
            ]
          : []),
        ...(reg.bsn ? [{ label: 'BSN', value: reg.bsn }] : []),
        ...(reg.onderwijsnummer ? [{ label: 'Onderwijsnummer', value: reg.onderwijsnummer }] : []),
        { label: 'Datum besluit', value: dateOf(c, vw.decisionDate) },
        { label: 'Ingangsdatum verwijdering', value: dateOf(c, vw.effectiveDate) },
        { label: 'Nieuwe school', value: vw.otherSchool?.name ?? 'nog niet bekend' },
      ],
    },
    p(
      'reden',
      `Het besluit berust op ${c.incident.summary} op ${dateOf(c, c.incident.date)}${
        c.breaches.length > 0 ? `, in strijd met ${joinList(c.breaches.map((b) => b.ref))}` : ''
      }.`,
    ),
    p(
      'besluit-bijlage',
      'Een afschrift van het besluit tot verwijdering is als bijlage bij deze melding gevoegd.',
    ),
    ...(c.school.sector === 'VO'
      ? [
          p(
            'inspectie',
            'Een afschrift van deze melding sturen wij aan de inspectie van het onderwijs (artikel 8.15, vijfde lid, van de Wet voortgezet onderwijs 2020).',
          ),
        ]
      : []),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Melding verwijdering ${formatFullName(s)}`,
    body,
    appealClause: null,
    enclosures: ['Afschrift besluit tot verwijdering'],
    copyTo: c.school.sector === 'VO' ? ['Inspectie van het onderwijs'] : [],
  });
};

/** WEB art. 8.1.7d lid 2: weeks of documented fruitless searching before an MBO verwijdering. */
const MBO_SEARCH_WEEKS = 8;

/** Why the search matters, per sector (domain.md §1.3). */
const SEARCH_RULE: Record<Sector, string> = {
  // WPO 40(11) [V]: no 8-week escape in PO.
  PO: 'Een verwijdering kan pas ingaan als een andere school bereid is de leerling toe te laten (artikel 40, elfde lid, van de Wet op het primair onderwijs).',
  // WVO 2020 8.15(2) [V]: the same for a leerplichtige pupil.
  VO: 'Een leerplichtige leerling kan pas worden verwijderd als een andere school bereid is de leerling toe te laten (artikel 8.15, tweede lid, van de Wet voortgezet onderwijs 2020).',
  // WEB 8.1.7d(2) [V]: admission elsewhere, or 8 weeks of provably fruitless searching.
  MBO: 'Een student die nog leerplichtig of kwalificatieplichtig is, kan pas worden verwijderd als een andere school of instelling bereid is de student toe te laten, of als ten minste acht weken aantoonbaar zonder succes is gezocht (artikel 8.1.7d, tweede lid, van de Wet educatie en beroepsonderwijs).',
};

/** The MBO note on the 8 weeks, when no school has agreed and the 8-week route is relied on. */
const eightWeekBlocks = (c: LetterCase, startedOn: string | null): Block[] => {
  if (!startedOn || !isIsoDate(startedOn)) {
    return [
      p(
        'acht-weken',
        'Er is geen startdatum van de zoektocht vastgelegd. Zonder toelating elders kan de verwijdering pas ingaan na ten minste acht weken aantoonbaar vergeefs zoeken; leg daarom vast wanneer het zoeken is begonnen.',
      ),
    ];
  }
  const end = addWeeks(startedOn, MBO_SEARCH_WEEKS);
  return [
    p(
      'acht-weken',
      c.issueDate >= end
        ? `Er wordt sinds ${dateOf(c, startedOn)} gezocht. Op ${dateOf(c, end)} was acht weken zonder succes gezocht. De verwijdering kan daarom ook zonder toelating elders ingaan, mits dit verslag aantoont welke inspanningen zijn verricht.`
        : `Er wordt sinds ${dateOf(c, startedOn)} gezocht. De termijn van acht weken loopt tot ${dateOf(c, end)}. Tot die datum kan de verwijdering alleen ingaan als een andere school of instelling toezegt de student toe te laten.`,
    ),
  ];
};

/**
 * S7: the log of the search for another school (schools contacted, dates, outcomes), in VO the
 * log of the overleg with the inspectie, in MBO the 8-week note when no school has agreed.
 */
export const buildS7ZoeklogAndereSchool = (c: LetterCase): Built => {
  const info = DOC_TYPES.S7;
  const search = c.schoolSearch;
  if (!search) return fail(missing(info.id, 'schoolSearch'));
  const sector = c.school.sector;
  const first = c.subject.firstName;
  const admitted = search.admittedBy;
  const inspectie: Block[] =
    sector === 'VO'
      ? [
          h('inspectie-kop', 'Overleg met de inspectie'),
          p(
            'inspectie-kader',
            // WVO 2020 art. 8.15 lid 4 [V]: overleg before removing a leerplichtige pupil.
            'Voordat een leerplichtige leerling wordt verwijderd, overlegt het bevoegd gezag met de inspectie van het onderwijs over de mogelijkheden de leerling op een andere school te plaatsen (artikel 8.15, vierde lid, van de Wet voortgezet onderwijs 2020).',
          ),
          search.inspectieOverleg.length > 0
            ? {
                type: 'table',
                id: 'inspectie-tabel',
                columns: [
                  { header: 'Datum', widthPct: 22 },
                  { header: 'Gesproken met', widthPct: 30 },
                  { header: 'Uitkomst', widthPct: 48 },
                ],
                rows: search.inspectieOverleg.map((o) => [
                  dateOf(c, o.date),
                  o.withWhom,
                  asSentence(o.outcome),
                ]),
              }
            : p(
                'inspectie-geen',
                'Er is nog geen overleg met de inspectie vastgelegd. Dit overleg moet plaatsvinden vóór het besluit tot verwijdering.',
              ),
        ]
      : [];
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        ...studentFields(c),
        {
          label: 'Zoeken gestart op',
          value: search.searchStartedOn ? dateOf(c, search.searchStartedOn) : 'niet vastgelegd',
        },
        {
          label: 'Stand',
          value: admitted
            ? `${admitted.name} heeft op ${dateOf(c, admitted.acceptedOn)} toegezegd ${first} toe te laten`
            : 'Nog geen school gevonden die toezegt te zullen toelaten',
        },
        { label: 'Bijgehouden door', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p(
      'doel',
      `Dit verslag legt vast welke scholen zijn benaderd om ${first} toe te laten, wanneer en met welke uitkomst. ${SEARCH_RULE[sector]}`,
    ),
    h('scholen-kop', 'Benaderde scholen'),
    search.contacts.length > 0
      ? {
          type: 'table',
          id: 'scholen-tabel',
          columns: [
            { header: 'Datum', widthPct: 22 },
            { header: 'School', widthPct: 34 },
            { header: 'Uitkomst', widthPct: 44 },
          ],
          rows: search.contacts.map((s) => [dateOf(c, s.date), s.school, asSentence(s.outcome)]),
        }
      : p('scholen-geen', 'Er zijn nog geen scholen benaderd.'),
    ...inspectie,
    ...(sector === 'MBO' && !admitted
      ? [h('acht-weken-kop', 'Acht weken zoeken'), ...eightWeekBlocks(c, search.searchStartedOn)]
      : []),
    p(
      'vastlegging',
      `Bijgewerkt op ${dateOf(c, c.issueDate)} door ${c.signer.name}, ${c.signer.functionTitle}. Dit verslag hoort bij het dossier van de verwijdering.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Zoeklog andere school ${formatFullName(c.subject)}`,
    body,
    appealClause: null,
  });
};

const OUTCOME_SENTENCE: Record<ObjectionOutcome, string> = {
  gegrond: 'Wij verklaren uw bezwaar gegrond.',
  ongegrond: 'Wij verklaren uw bezwaar ongegrond.',
  deelsGegrond: 'Wij verklaren uw bezwaar gedeeltelijk gegrond.',
};

/**
 * S10: besluit op bezwaar: the bezwaar summarised, the hearing held, the reasoning, the outcome,
 * the decision term (domain.md §1.3: four weeks for a verwijdering) and the route onwards.
 */
export const buildS10BesluitOpBezwaar = (c: LetterCase): Built => {
  const info = DOC_TYPES.S10;
  const o = c.objection;
  if (!o) return fail(missing(info.id, 'objection'));
  if (!o.outcome) return fail(missing(info.id, 'objection.outcome'));
  // Hearing is part of the bezwaar procedure (WPO 63(3), WVO 2020 8.15(8), WEB 8.1.7d(4), Awb 7:2).
  if (!o.hearing) return fail(missing(info.id, 'objection.hearing'));
  if (o.reasoning.length === 0) return fail(missing(info.id, 'objection.reasoning'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const hearing = o.hearing;
  const ref = o.decisionKenmerk ? ` (kenmerk ${o.decisionKenmerk})` : '';
  const decision = `${o.decisionLabel} van ${dateOf(c, o.decisionDate)}${ref}`;
  const basis = o.decisionTermBasis ? ` (${o.decisionTermBasis})` : '';
  const outcome =
    o.outcome === 'ongegrond'
      ? `${OUTCOME_SENTENCE.ongegrond} ${capitalise(o.decisionLabel)} van ${dateOf(c, o.decisionDate)} blijft in stand.`
      : o.outcome === 'gegrond'
        ? `${OUTCOME_SENTENCE.gegrond} Wij herroepen ${o.decisionLabel} van ${dateOf(c, o.decisionDate)}.`
        : OUTCOME_SENTENCE.deelsGegrond;
  const body: Block[] = [
    p(
      'inleiding',
      `Op ${dateOf(c, o.receivedOn)} hebben wij uw bezwaarschrift ontvangen tegen ${decision}. Met deze brief beslissen wij op uw bezwaar.`,
    ),
    h('bezwaar-kop', 'Uw bezwaar'),
    p('bezwaar', `Samengevat voert u het volgende aan: ${asSentence(o.summary)}`),
    h('hoorzitting-kop', 'Hoorzitting'),
    p(
      'hoorzitting',
      `Op ${dateOf(c, hearing.date, true)} is het bezwaar behandeld in een hoorzitting in ${hearing.place}, geleid door ${hearing.heardBy}. Aanwezig waren: ${joinList(hearing.attendees)}. Vooraf kon u de stukken inzien die aan het besluit ten grondslag liggen.`,
    ),
    ...(hearing.account.trim()
      ? [
          p(
            'hoorzitting-inbreng',
            `Tijdens de hoorzitting heeft u daarnaast naar voren gebracht: ${asSentence(hearing.account)}`,
          ),
        ]
      : []),
    ...(o.committeeOpinion
      ? [
          p(
            'geschillencommissie',
            `De Geschillencommissie passend onderwijs heeft op ${dateOf(c, o.committeeOpinion.date)} haar oordeel gegeven: ${asSentence(o.committeeOpinion.summary)} Wij hebben dat oordeel bij deze beslissing betrokken.`,
          ),
        ]
      : []),
    h('overwegingen-kop', 'Overwegingen'),
    ...o.reasoning.map((text, i) => p(`overweging-${i + 1}`, text)),
    h('beslissing-kop', 'Beslissing'),
    p('beslissing', outcome),
    ...(o.consequence.trim() ? [p('gevolg', asSentence(o.consequence))] : []),
    p(
      'beslistermijn',
      o.decisionDue && c.issueDate > o.decisionDue
        ? `Wij hebben niet beslist binnen de termijn van ${o.decisionTermNl}${basis}, die op ${dateOf(c, o.decisionDue)} afliep. Wij bieden u daarvoor onze excuses aan.`
        : `Wij beslissen binnen de termijn van ${o.decisionTermNl}${basis}.`,
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Besluit op bezwaar ${formatFullName(c.subject)}`,
    body,
    appealClause: appealClauseBlocks(c.appealClause, 'nl'),
  });
};
