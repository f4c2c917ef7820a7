import { assembleModel, dateOf, evidenceTable, formatBreach, formatPeriod, timeOf } from './common';
import { DOC_TYPES } from './docTypes';
import { asSentence, capitalise, formatCaseKenmerk, formatFullName } from './format';
import type { Block, DutyItem, LetterCase, LetterError, LetterModel, Result } from './types';

type Built = Result<LetterModel, LetterError>;

const p = (id: string, text: string): Block => ({ type: 'paragraph', id, text });
const h = (id: string, text: string): Block => ({ type: 'heading', id, text });
const list = (id: string, items: string[]): Block => ({ type: 'list', id, items });

const caseKenmerkOf = (c: LetterCase): string =>
  formatCaseKenmerk({ brin: c.school.brin, year: c.caseYear, caseNumber: c.caseNumber });

/** Which dossier an entry goes in: staff → personeelsdossier; students and parents → leerlingendossier (seeds). */
const dossierName = (c: LetterCase): string =>
  c.subject.role === 'medewerker' ? 'personeelsdossier' : 'leerlingendossier';

const personRole = (c: LetterCase): { label: string; value: string }[] => {
  const s = c.subject;
  if (s.role === 'medewerker')
    return s.functionTitle ? [{ label: 'Functie', value: s.functionTitle }] : [];
  if (s.role === 'leerling') return s.className ? [{ label: 'Klas', value: s.className }] : [];
  return c.student ? [{ label: 'Ouder/verzorger van', value: formatFullName(c.student) }] : [];
};

const measureSentence = (c: LetterCase): string => {
  const m = c.measure;
  if (!m) return 'Er is geen maatregel genomen.';
  const period = m.startDate && m.endDate ? `, ${formatPeriod(c, m.startDate, m.endDate)}` : '';
  return `${capitalise(m.labelNl)}${period}${m.legalBasis ? `, op grond van ${m.legalBasis}` : ''}.`;
};

const lettersTable = (c: LetterCase): Block =>
  c.lettersIssued.length > 0
    ? {
        type: 'table',
        id: 'documenten-tabel',
        columns: [
          { header: 'Datum', widthPct: 20 },
          { header: 'Kenmerk', widthPct: 20 },
          { header: 'Document en SHA-256', widthPct: 60 },
        ],
        rows: c.lettersIssued.map((l) => [
          dateOf(c, l.date),
          l.kenmerk,
          { text: l.version > 1 ? `${l.title} (versie ${l.version})` : l.title, detail: l.sha256 },
        ]),
      }
    : p('documenten-geen', 'Er zijn nog geen documenten uitgegeven.');

const evidenceOrNone = (c: LetterCase): Block =>
  c.evidence.length > 0 ? evidenceTable(c) : p('bewijs-geen', 'Er is geen bewijs vastgelegd.');

/** D1: entry for the personeelsdossier or leerlingendossier. */
export const buildD1DossierEntry = (c: LetterCase): Built => {
  const info = DOC_TYPES.D1;
  const name = formatFullName(c.subject);
  const isWarning = c.measure?.kind === 'waarschuwing';
  const body: Block[] = [
    {
      type: 'fields',
      id: 'gegevens',
      rows: [
        { label: 'Naam', value: name },
        ...personRole(c),
        { label: 'School', value: c.school.name },
        { label: 'Zaak', value: caseKenmerkOf(c) },
        { label: 'Datum voorval', value: dateOf(c, c.incident.date) },
        {
          label: 'Vastgelegd door',
          value: `${c.signer.name}, ${c.signer.functionTitle} (${c.signer.mandate})`,
        },
      ],
    },
    h('feiten-kop', 'Feiten'),
    list('feiten', c.facts.map(asSentence)),
    h('artikelen-kop', 'Overtreden normen'),
    c.breaches.length > 0
      ? list('artikelen', c.breaches.map(formatBreach))
      : p('artikelen-geen', 'Er is geen overtreden norm vastgesteld.'),
    h('maatregel-kop', 'Maatregel'),
    p('maatregel', measureSentence(c)),
    ...(isWarning
      ? [
          p(
            'waarschuwing',
            // Onderwijsgeschillen 103866: a waarschuwing is no disciplinary measure.
            'Een waarschuwing is geen disciplinaire maatregel en geen besluit; deze aantekening legt haar alleen vast.',
          ),
        ]
      : []),
    ...(c.motivation.length > 0
      ? [
          h('motivering-kop', 'Motivering'),
          ...c.motivation.map((t, i) => p(`motivering-${i + 1}`, t)),
        ]
      : []),
    h('documenten-kop', 'Documenten in deze zaak'),
    lettersTable(c),
    h('bewijs-kop', 'Bewijs'),
    evidenceOrNone(c),
    p(
      'bewaartermijn',
      `Deze aantekening wordt bewaard volgens het bewaarbeleid van de school; standaard tot twee jaar na ${
        c.subject.role === 'medewerker'
          ? 'het einde van het dienstverband'
          : 'het verlaten van de school'
      }.`,
    ),
  ];
  return assembleModel(c, info, {
    title: `Aantekening ${dossierName(c)}`,
    // Betreft stays one line (domain.md §6.1): the incident itself is in the facts below.
    subject: `${capitalise(dossierName(c))} ${name}, voorval van ${dateOf(c, c.incident.date)}`,
    body,
    appealClause: null,
  });
};

const dutyStatus = (c: LetterCase, d: DutyItem): string => {
  if (d.status === 'gedaan') return d.doneOn ? `gedaan op ${dateOf(c, d.doneOn)}` : 'gedaan';
  if (d.status === 'nietVanToepassing') return 'niet van toepassing';
  return 'open';
};

/** D2: the full case dossier: cover, timeline, facts, assessment, decision, duties, letters, evidence. */
export const buildD2CaseDossier = (c: LetterCase): Built => {
  const info = DOC_TYPES.D2;
  const name = formatFullName(c.subject);
  const kenmerk = caseKenmerkOf(c);
  const body: Block[] = [
    {
      type: 'cover',
      id: 'omslag',
      title: 'Zaakdossier',
      lines: [name, c.incident.summary],
      rows: [
        { label: 'Zaak', value: kenmerk },
        { label: 'School', value: `${c.school.name} (${c.school.boardName})` },
        { label: 'Betrokkene', value: [name, ...personRole(c).map((r) => r.value)].join(', ') },
        { label: 'Datum voorval', value: dateOf(c, c.incident.date) },
        { label: 'Samengesteld op', value: dateOf(c, c.issueDate) },
        { label: 'Samengesteld door', value: `${c.signer.name}, ${c.signer.functionTitle}` },
        { label: 'Vertrouwelijkheid', value: 'Vertrouwelijk: alleen voor wie de zaak behandelt' },
      ],
    },
    h('tijdlijn-kop', '1. Tijdlijn'),
    c.timeline.length > 0
      ? {
          type: 'table',
          id: 'tijdlijn',
          columns: [
            { header: 'Datum', widthPct: 24 },
            { header: 'Gebeurtenis', widthPct: 76 },
          ],
          rows: c.timeline.map((e) => [
            [dateOf(c, e.date), timeOf(e.date)].filter(Boolean).join(' '),
            e.label,
          ]),
        }
      : p('tijdlijn-geen', 'Er zijn nog geen gebeurtenissen vastgelegd.'),
    h('feiten-kop', '2. Feiten'),
    list('feiten', c.facts.map(asSentence)),
    h('beoordeling-kop', '3. Beoordeling'),
    ...(c.breaches.length > 0
      ? [
          p('artikelen-inleiding', 'Overtreden normen:'),
          list('artikelen', c.breaches.map(formatBreach)),
        ]
      : []),
    ...c.assessment.map((t, i) => p(`beoordeling-${i + 1}`, t)),
    h('besluit-kop', '4. Besluit en motivering'),
    p('maatregel', measureSentence(c)),
    ...c.motivation.map((t, i) => p(`motivering-${i + 1}`, t)),
    h('verplichtingen-kop', '5. Verplichtingen'),
    c.duties.length > 0
      ? {
          type: 'table',
          id: 'verplichtingen',
          columns: [
            { header: 'Verplichting', widthPct: 54 },
            { header: 'Uiterlijk', widthPct: 20 },
            { header: 'Status', widthPct: 26 },
          ],
          rows: c.duties.map((d) => [d.label, d.due ? dateOf(c, d.due) : '—', dutyStatus(c, d)]),
        }
      : p('verplichtingen-geen', 'Er zijn geen verplichtingen vastgesteld.'),
    h('documenten-kop', '6. Uitgegeven documenten'),
    lettersTable(c),
    h('bewijs-kop', '7. Bewijs'),
    evidenceOrNone(c),
    p(
      'vastlegging',
      `Dit dossier is samengesteld op ${dateOf(c, c.issueDate)} door ${c.signer.name}, ${c.signer.functionTitle}. De SHA-256-waarden maken zichtbaar of een document of bewijsstuk na vastlegging is gewijzigd.`,
    ),
  ];
  return assembleModel(c, info, {
    subject: `Zaakdossier ${name} (${kenmerk})`,
    body,
    appealClause: null,
  });
};
