import { addHours, isIsoDateTime } from '../../calendar/calendar';
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
  zienswijzeBlocks,
} from './common';
import { DOC_TYPES } from './docTypes';
import { asSentence, formatFullName, joinList } from './format';
import type { Block, LetterCase, LetterError, LetterModel, Result } from './types';

type Built = Result<LetterModel, LetterError>;

/** Legal basis of the overleg with the vertrouwensinspecteur (domain.md §4). */
const MELDPLICHT_BASIS: Record<Sector, string> = {
  PO: 'artikel 4a van de Wet op het primair onderwijs', // WPO 4a [V]
  VO: 'artikel 3.39 van de Wet voortgezet onderwijs 2020', // WVO 2020 3.39 [V]
  // [U] WEB article not confirmed (domain.md §4); the note tells the user to check.
  MBO: 'meldplicht mbo; wetsartikel niet bevestigd, controleer',
};

const p = (id: string, text: string): Block => ({ type: 'paragraph', id, text });
const h = (id: string, text: string): Block => ({ type: 'heading', id, text });
const list = (id: string, items: string[]): Block => ({ type: 'list', id, items });

const staffFields = (c: LetterCase): { label: string; value: string }[] => [
  { label: 'Medewerker', value: formatFullName(c.subject) },
  ...(c.subject.functionTitle ? [{ label: 'Functie', value: c.subject.functionTitle }] : []),
  { label: 'School', value: c.school.name },
];

const factBlocks = (c: LetterCase, intro: string): Block[] => [
  p('feiten-inleiding', intro),
  list('feiten', c.facts.map(asSentence)),
];

const normBlocks = (c: LetterCase, intro: string): Block[] =>
  c.breaches.length === 0
    ? []
    : [p('normen-inleiding', intro), list('artikelen', c.breaches.map(formatBreach))];

const questionsParagraph = (c: LetterCase): Block =>
  p(
    'vragen',
    `Heeft u vragen over deze brief? Neem dan contact op met ${c.signer.name} via ${c.school.phone}.`,
  );

const meetingSentence = (c: LetterCase, meeting: NonNullable<LetterCase['meeting']>): string =>
  `op ${dateOf(c, meeting.date, true)} om ${meeting.time} uur in ${meeting.place}`;

/** "van … tot en met …" when the measure has a period, otherwise "". */
const periodOf = (c: LetterCase): string => {
  const m = c.measure;
  return m?.startDate && m.endDate ? `, ${formatPeriod(c, m.startDate, m.endDate)}` : '';
};

/** P1: feitenrelaas with facts, evidence and the protocol and CAO norms. */
export const buildP1Feitenrelaas = (c: LetterCase): Built => {
  const info = DOC_TYPES.P1;
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        ...staffFields(c),
        { label: 'Datum voorval', value: dateOf(c, c.incident.date) },
        { label: 'Opgesteld door', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p(
      'doel',
      `Dit feitenrelaas beschrijft de feiten rond ${c.incident.summary} op ${dateOf(c, c.incident.date)}, zoals die op ${dateOf(c, c.issueDate)} bekend zijn. Het bevat nog geen oordeel over de vraag of sprake is van plichtsverzuim.`,
    ),
    h('feiten-kop', 'Feiten'),
    list('feiten', c.facts.map(asSentence)),
    h('bewijs-kop', 'Bewijs'),
    c.evidence.length > 0 ? evidenceTable(c) : p('bewijs-geen', 'Er is geen bewijs vastgelegd.'),
    h('normen-kop', 'Toepasselijke normen'),
    ...(c.breaches.length > 0
      ? normBlocks(
          c,
          'De feiten worden getoetst aan de volgende normen uit het protocol sociale media en de cao:',
        )
      : [p('normen-geen', 'Er zijn (nog) geen normen vastgesteld.')]),
    p(
      'vastlegging',
      `Opgesteld op ${dateOf(c, c.issueDate)} door ${c.signer.name}, ${c.signer.functionTitle}.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Feitenrelaas ${formatFullName(c.subject)}`,
    body,
    appealClause: null,
  });
};

/** P2: invitation to the hoorgesprek: allegation, raadsman, documents, possible outcome. */
export const buildP2UitnodigingHoorgesprek = (c: LetterCase): Built => {
  const info = DOC_TYPES.P2;
  const meeting = c.meeting;
  if (!meeting) return fail(missing(info.id, 'meeting'));
  const evidenceLabels = c.evidence.map((e) => formatEvidenceLabel(c, e));
  const body: Block[] = [
    p(
      'aanleiding',
      `Naar aanleiding van ${c.incident.summary} op ${dateOf(c, c.incident.date)} nodigen wij u uit voor een hoorgesprek.`,
    ),
    ...factBlocks(c, 'Wij houden u het volgende voor:'),
    ...normBlocks(c, 'Naar ons voorlopig oordeel is dit in strijd met de volgende normen:'),
    p(
      'gesprek',
      `Het gesprek vindt plaats ${meetingSentence(c, meeting)}. In het gesprek kunt u uw kant van het verhaal geven.${
        meeting.conductedBy ? ` Het gesprek wordt gevoerd door ${meeting.conductedBy}.` : ''
      }`,
    ),
    p(
      'raadsman',
      'U heeft het recht zich tijdens het gesprek te laten bijstaan door een raadsman, een vertegenwoordiger van uw vakbond of een andere vertrouwenspersoon.',
    ),
    ...(evidenceLabels.length > 0
      ? [
          p(
            'stukken-inleiding',
            'De stukken waarop dit verwijt berust, zijn als bijlage bij deze brief gevoegd:',
          ),
          list('stukken', evidenceLabels),
        ]
      : [p('stukken-geen', 'Behalve deze brief zijn er geen stukken.')]),
    p(
      'mogelijke-uitkomst',
      c.measure
        ? `Afhankelijk van de uitkomst van het gesprek kan de werkgever een disciplinaire maatregel opleggen. Wij overwegen op dit moment ${c.measure.labelNl}. Er is nog geen besluit genomen.`
        : 'Afhankelijk van de uitkomst van het gesprek kan de werkgever een disciplinaire maatregel opleggen. Er is nog geen besluit genomen.',
    ),
    p(
      'verslag',
      'Van het gesprek wordt een verslag gemaakt. U ontvangt dat verslag, zodat u er uw opmerkingen over kunt geven.',
    ),
    p(
      'verhinderd',
      `Kunt u niet op dit tijdstip? Neem dan zo snel mogelijk contact op met ${c.signer.name} via ${c.school.phone}, dan maken wij een nieuwe afspraak.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: 'Uitnodiging hoorgesprek',
    body,
    appealClause: null,
    enclosures: evidenceLabels,
  });
};

/** P4: schorsing als ordemaatregel: urgent interest, period, pay continues, contact rules, appeal. */
export const buildP4SchorsingOrdemaatregel = (c: LetterCase): Built => {
  const info = DOC_TYPES.P4;
  const m = c.measure;
  if (!m?.startDate || !m.endDate) return fail(missing(info.id, 'measure.period'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const conditions =
    m.conditions.length > 0
      ? m.conditions
      : ['U betreedt de school alleen na overleg met uw leidinggevende.'];
  const body: Block[] = [
    p(
      'inleiding',
      `Hierbij delen wij u mee dat wij hebben besloten u met ingang van ${dateOf(c, m.startDate, true)} te schorsen als ordemaatregel.`,
    ),
    ...factBlocks(
      c,
      `De schorsing volgt op ${c.incident.summary} op ${dateOf(c, c.incident.date)}. Voor zover nu bekend gaat het om het volgende:`,
    ),
    h('belang-kop', 'Dringend belang'),
    p(
      'belang',
      'Wij achten deze schorsing dringend noodzakelijk in het belang van de school, om de volgende redenen.',
    ),
    ...motivationBlocks(c),
    p(
      'karakter',
      'Deze schorsing is een ordemaatregel en geen straf. Zij houdt geen oordeel in over de vraag of u plichtsverzuim heeft gepleegd.',
    ),
    h('duur-kop', 'Duur'),
    p(
      'duur',
      `De schorsing duurt ${formatPeriod(c, m.startDate, m.endDate)}${
        m.days !== null ? ` (${m.days} kalenderdagen)` : ''
      }. Wij heffen de schorsing eerder op zodra het belang van de school dat toelaat; zij duurt niet langer dan nodig is.`,
    ),
    p(
      'bezoldiging',
      'Tijdens de schorsing ontvangt u uw salaris en eventuele toelagen volledig doorbetaald.',
    ),
    h('afspraken-kop', 'Afspraken tijdens de schorsing'),
    p('afspraken-inleiding', 'Tijdens de schorsing gelden de volgende afspraken:'),
    list('afspraken', conditions.map(asSentence)),
    ...(m.contactPerson
      ? [p('contactpersoon', `Uw aanspreekpunt tijdens de schorsing is ${m.contactPerson}.`)]
      : []),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: 'Schorsing als ordemaatregel',
    body,
    appealClause: appealClauseBlocks(c.appealClause, 'nl'),
  });
};

/** P5: voornemen disciplinaire maatregel, sent by registered mail, with the zienswijze term. */
export const buildP5VoornemenDisciplinair = (c: LetterCase): Built => {
  const info = DOC_TYPES.P5;
  const m = c.measure;
  if (!m) return fail(missing(info.id, 'measure'));
  if (!c.zienswijzeDeadline) return fail(missing(info.id, 'zienswijzeDeadline'));
  const body: Block[] = [
    p(
      'inleiding',
      `Met deze aangetekende brief maken wij u ons voornemen bekend om u een disciplinaire maatregel op te leggen, namelijk ${m.labelNl}.`,
    ),
    ...factBlocks(
      c,
      `Het voornemen berust op ${c.incident.summary} op ${dateOf(c, c.incident.date)}. Wij hebben het volgende vastgesteld:`,
    ),
    ...(c.meeting
      ? [p('gehoord', `Op ${dateOf(c, c.meeting.date)} hebben wij u hierover gehoord.`)]
      : []),
    h('plichtsverzuim-kop', 'Plichtsverzuim'),
    p(
      'plichtsverzuim',
      'Naar ons oordeel heeft u zich hiermee schuldig gemaakt aan plichtsverzuim. U heeft gehandeld in strijd met de volgende normen:',
    ),
    list('artikelen', c.breaches.map(formatBreach)),
    ...(c.motivation.length > 0
      ? [h('overwegingen-kop', 'Overwegingen'), ...motivationBlocks(c, 'overweging')]
      : []),
    h('maatregel-kop', 'Voorgenomen maatregel'),
    p(
      'voorgenomen-maatregel',
      `Wij zijn voornemens u ${m.labelNl} op te leggen${periodOf(c)}${m.legalBasis ? `, op grond van ${m.legalBasis}` : ''}.`,
    ),
    h('zienswijze-kop', 'Uw zienswijze'),
    p(
      'zienswijze',
      `Voordat wij een besluit nemen, stellen wij u in de gelegenheid uw zienswijze op dit voornemen te geven. U kunt dat mondeling of schriftelijk doen tot en met ${dateOf(c, c.zienswijzeDeadline, true)}. U mag zich daarbij laten bijstaan door een raadsman of een vertegenwoordiger van uw vakbond.`,
    ),
    p(
      'geen-besluit',
      'Dit voornemen is nog geen besluit. Na afloop van de termijn nemen wij een besluit, waarin wij uw zienswijze meewegen.',
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: 'Voornemen tot het opleggen van een disciplinaire maatregel',
    body,
    appealClause: null,
    registered: true,
  });
};

/** P6: besluit disciplinaire maatregel with the zienswijze weighed, dossier entry and appeal. */
export const buildP6BesluitDisciplinair = (c: LetterCase): Built => {
  const info = DOC_TYPES.P6;
  const m = c.measure;
  if (!m) return fail(missing(info.id, 'measure'));
  if (!c.zienswijze) return fail(missing(info.id, 'zienswijze'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const body: Block[] = [
    ...zienswijzeBlocks(c, 'u een disciplinaire maatregel op te leggen'),
    p('inleiding', 'Met deze brief delen wij u ons besluit mee.'),
    ...factBlocks(
      c,
      `Wij hebben over ${c.incident.summary} op ${dateOf(c, c.incident.date)} het volgende vastgesteld:`,
    ),
    h('plichtsverzuim-kop', 'Plichtsverzuim'),
    p(
      'plichtsverzuim',
      'Hiermee heeft u zich schuldig gemaakt aan plichtsverzuim. U heeft gehandeld in strijd met de volgende normen:',
    ),
    list('artikelen', c.breaches.map(formatBreach)),
    h('besluit-kop', 'Besluit'),
    p(
      'besluit',
      `Wij hebben besloten u als disciplinaire maatregel ${m.labelNl} op te leggen${periodOf(c)}${
        m.legalBasis ? `, op grond van ${m.legalBasis}` : ''
      }.`,
    ),
    ...(m.conditions.length > 0 ? [list('voorwaarden', m.conditions.map(asSentence))] : []),
    h('motivering-kop', 'Motivering'),
    ...motivationBlocks(c),
    p(
      'personeelsdossier',
      'Een afschrift van dit besluit wordt opgenomen in uw personeelsdossier.',
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: 'Besluit disciplinaire maatregel',
    body,
    appealClause: appealClauseBlocks(c.appealClause, 'nl'),
  });
};

/** P7: ontslag op staande voet: the precise dringende reden, immediate effect, the 2-month term. */
export const buildP7OntslagOpStaandeVoet = (c: LetterCase): Built => {
  const info = DOC_TYPES.P7;
  const d = c.dismissal;
  if (!d) return fail(missing(info.id, 'dismissal'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const body: Block[] = [
    p(
      'bevestiging',
      `Hierbij bevestigen wij het ontslag op staande voet dat wij u op ${dateOf(c, d.communicatedOn, true)} ${d.communicatedHow} hebben gegeven.`,
    ),
    p(
      'ontslag',
      // BW 7:677(1) and 7:678 [U]: onverwijld, for a dringende reden stated at once.
      `Uw arbeidsovereenkomst is daarmee met onmiddellijke ingang, op ${dateOf(c, d.communicatedOn)}, geëindigd. Het ontslag is gegeven wegens een dringende reden als bedoeld in artikel 7:677, eerste lid, en artikel 7:678 van het Burgerlijk Wetboek.`,
    ),
    h('reden-kop', 'Dringende reden'),
    p('dringende-reden', asSentence(d.dringendeReden)),
    ...factBlocks(c, 'Het gaat om de volgende feiten:'),
    ...normBlocks(c, 'Daarmee heeft u gehandeld in strijd met:'),
    p(
      'onverwijld',
      'Wij hebben het ontslag gegeven zodra de feiten voldoende vaststonden, en u de dringende reden daarbij direct meegedeeld.',
    ),
    h('afweging-kop', 'Afweging'),
    p('afweging', asSentence(d.circumstancesWeighed)),
    ...motivationBlocks(c),
    p(
      'afwikkeling',
      'U ontvangt een eindafrekening van uw salaris, het opgebouwde vakantiegeld en de niet-opgenomen vakantie-uren. Eigendommen van de school die u nog in uw bezit heeft, verzoeken wij u zo spoedig mogelijk in te leveren.',
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: 'Ontslag op staande voet',
    body,
    appealClause: appealClauseBlocks(c.appealClause, 'nl'),
    registered: true,
  });
};

/** P8: note of the overleg with the vertrouwensinspecteur and the aangifte (WPO 4a, WVO 2020 3.39). */
export const buildP8NotitieVertrouwensinspecteur = (c: LetterCase): Built => {
  const info = DOC_TYPES.P8;
  const vi = c.vertrouwensinspecteur;
  if (!vi) return fail(missing(info.id, 'vertrouwensinspecteur'));
  const notYet = 'nog niet gebeurd';
  const aangifte: Block[] = vi.redelijkVermoeden
    ? [
        h('aangifte-kop', 'Aangifte'),
        p(
          'aangifte',
          vi.aangifteOn
            ? `Op ${dateOf(c, vi.aangifteOn)} is aangifte gedaan bij de politie, onder nummer ${vi.aangifteNumber ?? 'nog niet bekend'}.`
            : 'De aangifte is nog niet gedaan. De wet vraagt dat dit onverwijld gebeurt.',
        ),
        p(
          'vooraf-geinformeerd',
          `Voorafgaand aan de aangifte zijn geïnformeerd: de ouders van de betrokken leerling (${
            vi.parentsInformedOn ? `op ${dateOf(c, vi.parentsInformedOn)}` : notYet
          }) en de betrokken medewerker (${vi.accusedInformedOn ? `op ${dateOf(c, vi.accusedInformedOn)}` : notYet}).`,
        ),
        p(
          'inspecteur-geinformeerd',
          vi.inspectorInformedOfAangifteOn
            ? `De vertrouwensinspecteur is op ${dateOf(c, vi.inspectorInformedOfAangifteOn)} over de aangifte geïnformeerd.`
            : 'De vertrouwensinspecteur moet nog over de aangifte worden geïnformeerd.',
        ),
      ]
    : [];
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        { label: 'Datum overleg', value: dateOf(c, vi.consultedOn, true) },
        { label: 'Tijd', value: `${vi.time} uur` },
        { label: 'Vertrouwensinspecteur', value: vi.inspector },
        {
          label: 'Betrokken medewerker',
          value: [formatFullName(c.subject), c.subject.functionTitle].filter(Boolean).join(', '),
        },
        { label: 'Namens het bevoegd gezag', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p(
      'kader',
      `Het bevoegd gezag heeft over het hieronder beschreven voorval onverwijld overleg gevoerd met de vertrouwensinspecteur (${MELDPLICHT_BASIS[c.school.sector]}).`,
    ),
    h('aanleiding-kop', 'Aanleiding'),
    list('feiten', c.facts.map(asSentence)),
    h('overleg-kop', 'Overleg'),
    p('overleg', asSentence(vi.conclusion)),
    h('conclusie-kop', 'Conclusie'),
    p(
      'conclusie',
      vi.redelijkVermoeden
        ? 'Uit het overleg is gebleken dat er een redelijk vermoeden bestaat dat een strafbaar feit is gepleegd. Het bevoegd gezag doet daarom onverwijld aangifte.'
        : 'Uit het overleg is gebleken dat er geen redelijk vermoeden bestaat dat een strafbaar feit is gepleegd. Er geldt daarom geen aangifteplicht.',
    ),
    ...aangifte,
    p(
      'vertrouwelijk',
      'Deze notitie kan strafrechtelijke gegevens bevatten. Zij is alleen toegankelijk voor wie haar voor de afhandeling van de zaak nodig heeft.',
    ),
  ];
  return assembleModel(c, info, {
    subject: `Overleg vertrouwensinspecteur over ${formatFullName(c.subject)}`,
    body,
    appealClause: null,
  });
};

/** P3: verslag hoorgesprek, sent to the employee for comment with a term to respond. */
export const buildP3VerslagHoorgesprek = (c: LetterCase): Built => {
  const info = DOC_TYPES.P3;
  const conv = c.conversation;
  if (!conv) return fail(missing(info.id, 'conversation'));
  if (!conv.commentDeadline) return fail(missing(info.id, 'conversation.commentDeadline'));
  const body: Block[] = [
    p(
      'inleiding',
      `Op ${dateOf(c, conv.date, true)} hebben wij met u een hoorgesprek gevoerd over ${c.incident.summary} op ${dateOf(c, c.incident.date)}. Hieronder leest u het verslag van dat gesprek.`,
    ),
    h('verslag-kop', 'Verslag'),
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        { label: 'Datum gesprek', value: dateOf(c, conv.date, true) },
        { label: 'Plaats', value: conv.place },
        { label: 'Aanwezig', value: conv.attendees.join('; ') },
        { label: 'Verslag', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p('feiten-inleiding', 'In het gesprek zijn u de volgende feiten voorgehouden:'),
    list('feiten', c.facts.map(asSentence)),
    ...(conv.statements.length > 0
      ? [
          h('verklaringen-kop', 'Verklaringen'),
          list(
            'verklaringen',
            conv.statements.map((s) => `${s.speaker}: ${asSentence(s.text)}`),
          ),
        ]
      : []),
    h('lezing-kop', 'Uw zienswijze in het gesprek'),
    p('lezing-medewerker', asSentence(conv.subjectVersion)),
    ...(conv.agreements.length > 0
      ? [h('afspraken-kop', 'Afspraken'), list('afspraken', conv.agreements.map(asSentence))]
      : []),
    h('reactie-kop', 'Uw reactie op dit verslag'),
    p(
      'reactie',
      `Wij vragen u dit verslag te lezen. Geeft het verslag het gesprek naar uw oordeel niet juist of niet volledig weer, dan kunt u uw opmerkingen tot en met ${dateOf(c, conv.commentDeadline, true)} schriftelijk aan ons doorgeven. Wij voegen uw reactie ongewijzigd bij het verslag in uw personeelsdossier.`,
    ),
    p(
      'geen-besluit',
      'Dit verslag is geen besluit. Wij betrekken het gesprek en uw reactie bij de beslissing of wij een maatregel nemen.',
    ),
    questionsParagraph(c),
  ];
  return assembleModel(c, info, {
    subject: `Verslag hoorgesprek van ${dateOf(c, conv.date)}`,
    body,
    appealClause: null,
    copyTo: ['Personeelsdossier'],
  });
};

/** AVG art. 33 lid 1 [U-art.]: notify the AP within 72 hours of discovery. */
const AP_DEADLINE_HOURS = 72;

/** "23 november 2026 om 14:05 uur" for a local date-time; a bare date or other text as is. */
const dateTimeOf = (c: LetterCase, value: string): string => {
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  return time ? `${dateOf(c, value)} om ${time} uur` : dateOf(c, value);
};

/**
 * P9: datalek register entry and the text for the AP notification: facts, personal data,
 * number of people, impact, measures, whether and when the AP was notified (the 72-hour
 * deadline is computed from the discovery) and whether the people concerned were informed.
 */
export const buildP9DatalekRegistratie = (c: LetterCase): Built => {
  const info = DOC_TYPES.P9;
  const d = c.datalek;
  if (!d) return fail(missing(info.id, 'datalek'));
  const deadline = isIsoDateTime(d.discoveredAt)
    ? addHours(d.discoveredAt.slice(0, 16), AP_DEADLINE_HOURS)
    : null;
  const report = d.apReport;
  const reason = d.apReason.trim();
  let apText: string;
  if (report) {
    const ref = report.reference ? `, onder meldnummer ${report.reference}` : '';
    const reported = `Het datalek is op ${dateTimeOf(c, report.reportedAt)} gemeld bij de Autoriteit Persoonsgegevens${ref}.`;
    // Naive local date-times of the same shape compare as strings.
    const inTime = deadline !== null && report.reportedAt.slice(0, 16) <= deadline;
    apText = inTime
      ? `${reported} Dat is binnen 72 uur na de ontdekking.`
      : deadline
        ? `${reported} Dat is later dan 72 uur na de ontdekking; de melding had uiterlijk op ${dateTimeOf(c, deadline)} moeten zijn gedaan. Reden van de vertraging: ${reason ? asSentence(reason) : 'niet vastgelegd.'}`
        : reported;
  } else {
    apText = reason
      ? `Het datalek is niet gemeld bij de Autoriteit Persoonsgegevens, omdat het naar verwachting geen risico oplevert voor de betrokkenen: ${asSentence(reason)}`
      : `Het datalek is (nog) niet gemeld bij de Autoriteit Persoonsgegevens. Levert het een risico op voor de betrokkenen, dan moet de melding ${deadline ? `uiterlijk op ${dateTimeOf(c, deadline)}` : 'binnen 72 uur na de ontdekking'} zijn gedaan; anders wordt hier vastgelegd waarom melding niet nodig is.`;
  }
  const informed = d.subjectsInformed;
  const subjectsReason = d.subjectsReason.trim();
  const subjectsText = informed
    ? `De betrokkenen zijn op ${dateOf(c, informed.on)} geïnformeerd: ${asSentence(informed.how)}`
    : d.highRisk
      ? `De betrokkenen zijn (nog) niet geïnformeerd. Omdat het datalek waarschijnlijk een hoog risico oplevert, moet dat onverwijld gebeuren (artikel 34 AVG).${subjectsReason ? ` ${asSentence(subjectsReason)}` : ''}`
      : `De betrokkenen zijn niet geïnformeerd${subjectsReason ? `: ${asSentence(subjectsReason)}` : '; dat is niet vereist zolang er geen hoog risico is.'}`;
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        { label: 'School', value: `${c.school.name} (BRIN ${c.school.brin})` },
        {
          label: 'Zaak over',
          value: [formatFullName(c.subject), c.subject.functionTitle].filter(Boolean).join(', '),
        },
        { label: 'Ontdekt op', value: dateTimeOf(c, d.discoveredAt) },
        {
          label: 'Uiterste meldmoment AP',
          value: deadline
            ? `${dateTimeOf(c, deadline)} (72 uur na ontdekking)`
            : 'niet te berekenen',
        },
        { label: 'Geregistreerd door', value: `${c.signer.name}, ${c.signer.functionTitle}` },
      ],
    },
    p(
      'kader',
      // AVG art. 33 lid 1 and 5, art. 34 [U-art.]: notify within 72 h, log every breach.
      'Deze notitie legt het datalek vast in het datalekregister van de school (artikel 33, vijfde lid, AVG) en bevat de gegevens voor de melding aan de Autoriteit Persoonsgegevens (artikel 33, eerste lid, AVG).',
    ),
    h('feiten-kop', 'Wat is er gebeurd'),
    p('beschrijving', asSentence(d.description)),
    list('feiten', c.facts.map(asSentence)),
    h('persoonsgegevens-kop', 'Welke persoonsgegevens'),
    d.personalData.length > 0
      ? p('persoonsgegevens', `Het gaat om de volgende gegevens: ${joinList(d.personalData)}.`)
      : p('persoonsgegevens', 'Welke persoonsgegevens zijn gelekt, is nog niet vastgesteld.'),
    p(
      'betrokkenen',
      `De gegevens gaan over ${d.dataSubjects}. Aantal betrokkenen: ${
        d.affectedCount !== null ? String(d.affectedCount) : 'nog niet bekend'
      }.`,
    ),
    h('gevolgen-kop', 'Gevolgen'),
    p('gevolgen', asSentence(d.consequences)),
    p(
      'risico',
      d.highRisk
        ? 'Het datalek levert waarschijnlijk een hoog risico op voor de rechten en vrijheden van de betrokkenen.'
        : 'Het datalek levert naar verwachting geen hoog risico op voor de betrokkenen.',
    ),
    h('maatregelen-kop', 'Genomen maatregelen'),
    d.measures.length > 0
      ? list('maatregelen', d.measures.map(asSentence))
      : p('maatregelen-geen', 'Er zijn nog geen maatregelen vastgelegd.'),
    h('ap-kop', 'Melding aan de Autoriteit Persoonsgegevens'),
    p('ap', apText),
    h('informeren-kop', 'Informeren van de betrokkenen'),
    p('informeren', subjectsText),
    p(
      'vastlegging',
      `Vastgelegd op ${dateOf(c, c.issueDate)} door ${c.signer.name}, ${c.signer.functionTitle}.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Datalek ontdekt op ${dateOf(c, d.discoveredAt)}`,
    body,
    appealClause: null,
  });
};
