import type { MeasureKind } from '../../glossary';
import {
  appealClauseBlocks,
  assembleModel,
  dateOf,
  fail,
  formatBreach,
  formatPeriod,
  missing,
  motivationBlocks,
  zienswijzeBlocks,
} from './common';
import type { DocTypeInfo } from './docTypes';
import { DOC_TYPES, supportsLanguage } from './docTypes';
import { asSentence, joinList } from './format';
import type { Block, LetterCase, LetterError, LetterModel, MeasureInput, Result } from './types';

type Built = Result<LetterModel, LetterError>;

const p = (id: string, text: string): Block => ({ type: 'paragraph', id, text });
const h = (id: string, text: string): Block => ({ type: 'heading', id, text });
const list = (id: string, items: string[]): Block => ({ type: 'list', id, items });

const BAN_NAMES: Partial<Record<MeasureKind, { nl: string; en: string }>> = {
  toegangsverbod: { nl: 'toegangsverbod', en: 'ban on entering the school' },
  contactverbod: { nl: 'contactverbod', en: 'contact ban' },
};

/** Checks the language before anything else: parent letters are the only bilingual ones. */
const checkLanguage = (c: LetterCase, info: DocTypeInfo): LetterError | null =>
  supportsLanguage(info.id, c.language)
    ? null
    : { kind: 'language-not-supported', docType: info.id, language: c.language };

const labelOf = (c: LetterCase, m: MeasureInput): string =>
  c.language === 'en' ? (m.labelEn ?? m.labelNl) : m.labelNl;

const questions = (c: LetterCase): Block =>
  p(
    'vragen',
    c.language === 'en'
      ? `If you have any questions about this letter, please contact ${c.signer.name} on ${c.school.phone}.`
      : `Heeft u vragen over deze brief? Neem dan contact op met ${c.signer.name} via ${c.school.phone}.`,
  );

const factBlocks = (c: LetterCase, introNl: string, introEn: string): Block[] => [
  p('feiten-inleiding', c.language === 'en' ? introEn : introNl),
  list('feiten', c.facts.map(asSentence)),
];

const breachBlocks = (c: LetterCase, introNl: string, introEn: string): Block[] =>
  c.breaches.length === 0
    ? []
    : [
        p('artikelen-inleiding', c.language === 'en' ? introEn : introNl),
        list('artikelen', c.breaches.map(formatBreach)),
      ];

const meetingPhrase = (c: LetterCase, m: NonNullable<LetterCase['meeting']>): string =>
  c.language === 'en'
    ? `on ${dateOf(c, m.date, true)} at ${m.time} at ${m.place}`
    : `op ${dateOf(c, m.date, true)} om ${m.time} uur in ${m.place}`;

/** O1: record of a conversation with a parent, possibly with a waarschuwing. A note, never a besluit. */
export const buildO1Gespreksverslag = (c: LetterCase): Built => {
  const info = DOC_TYPES.O1;
  const langError = checkLanguage(c, info);
  if (langError) return fail(langError);
  const conv = c.conversation;
  if (!conv) return fail(missing(info.id, 'conversation'));
  const en = c.language === 'en';
  const warning = c.measure?.kind === 'waarschuwing';
  const agreements = conv.agreements.length > 0;
  const body: Block[] = [
    p(
      'inleiding',
      en
        ? `On ${dateOf(c, conv.date)} we spoke with you about ${c.incident.summary}. This letter records what was discussed${agreements ? ' and what we agreed' : ''}.`
        : `Op ${dateOf(c, conv.date)} hebben wij met u gesproken over ${c.incident.summary}. In deze brief leggen wij vast wat er is besproken${agreements ? ' en welke afspraken wij hebben gemaakt' : ''}.`,
    ),
    p(
      'aanwezig',
      en
        ? `Present at the meeting: ${joinList(conv.attendees, 'en')}.`
        : `Bij het gesprek waren aanwezig: ${joinList(conv.attendees)}.`,
    ),
    ...factBlocks(c, 'Wij hebben u het volgende voorgehouden:', 'We put the following to you:'),
    ...breachBlocks(c, 'Dit gedrag is in strijd met:', 'This conduct is contrary to:'),
    p(
      'uw-lezing',
      en
        ? `You told us: ${asSentence(conv.subjectVersion)}`
        : `U gaf daarover het volgende aan: ${asSentence(conv.subjectVersion)}`,
    ),
    ...(agreements
      ? [
          p(
            'afspraken-inleiding',
            en ? 'We agreed on the following:' : 'Wij hebben de volgende afspraken gemaakt:',
          ),
          list('afspraken', conv.agreements.map(asSentence)),
        ]
      : []),
    ...(warning
      ? [
          p(
            'waarschuwing',
            en
              ? 'With this letter we address your conduct and give you a warning. If the agreements are not kept or if this conduct is repeated, the school may take further measures, such as a contact ban or a ban on entering the school.'
              : 'Met deze brief spreken wij u aan op uw gedrag en geven wij u een waarschuwing. Als de afspraken niet worden nagekomen of als dit gedrag zich herhaalt, kan de school verdergaande maatregelen nemen, zoals een contactverbod of een toegangsverbod.',
          ),
        ]
      : []),
    p(
      'karakter',
      en
        ? 'This letter is a written record of the conversation; it is not a decision.'
        : 'Deze brief is een schriftelijke vastlegging van het gesprek en geen besluit.',
    ),
    p(
      'reactie',
      en
        ? 'If you do not agree with this account of the conversation, please let us know in writing within ten days. We will keep your response with this record.'
        : 'Bent u het niet eens met de weergave van het gesprek? Laat het ons dan binnen tien dagen schriftelijk weten. Uw reactie bewaren wij bij dit verslag.',
    ),
    questions(c),
  ];
  return assembleModel(c, info, {
    title: en
      ? warning
        ? 'Record of conversation and warning'
        : 'Record of conversation'
      : warning
        ? 'Gespreksverslag en waarschuwing'
        : 'Gespreksverslag',
    subject: en
      ? `Record of our conversation of ${dateOf(c, conv.date)}${warning ? ' and warning' : ''}`
      : `Verslag van ons gesprek van ${dateOf(c, conv.date)}${warning ? ' en waarschuwing' : ''}`,
    body,
    // A waarschuwing is a notitie, never a besluit: no appeal clause (domain.md §2.2).
    appealClause: null,
  });
};

const banOf = (
  c: LetterCase,
  info: DocTypeInfo,
): Result<{ nl: string; en: string; m: MeasureInput }, LetterError> => {
  const m = c.measure;
  const ban = m ? BAN_NAMES[m.kind] : undefined;
  if (!m || !ban) return fail(missing(info.id, 'measure'));
  return { ok: true, value: { ...ban, m } };
};

const childName = (c: LetterCase): string => c.student?.firstName ?? '';

/** O2: voornemen toegangs- of contactverbod with a zienswijze term (LKC: no ban without one). */
export const buildO2VoornemenVerbod = (c: LetterCase): Built => {
  const info = DOC_TYPES.O2;
  const langError = checkLanguage(c, info);
  if (langError) return fail(langError);
  const ban = banOf(c, info);
  if (!ban.ok) return ban;
  if (!c.student) return fail(missing(info.id, 'student'));
  if (!c.zienswijzeDeadline) return fail(missing(info.id, 'zienswijzeDeadline'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  const { m } = ban.value;
  const en = c.language === 'en';
  const name = en ? ban.value.en : ban.value.nl;
  const child = childName(c);
  const period = m.startDate && m.endDate ? formatPeriod(c, m.startDate, m.endDate) : null;
  const content: string[] = [];
  if (m.scope)
    content.push(
      en
        ? `The ban would cover: ${asSentence(m.scope)}`
        : `Het verbod zou inhouden: ${asSentence(m.scope)}`,
    );
  if (period) {
    content.push(
      en
        ? `It would apply ${period}${m.reviewDate ? `; on ${dateOf(c, m.reviewDate)} we would review whether it is still needed` : ''}.`
        : `Het zou gelden ${period}${m.reviewDate ? `; op ${dateOf(c, m.reviewDate)} zouden wij beoordelen of het nog nodig is` : ''}.`,
    );
  }
  if (m.contactPerson) {
    content.push(
      en
        ? `All contact with the school would then go through ${m.contactPerson}.`
        : `Alle contact met de school zou dan verlopen via ${m.contactPerson}.`,
    );
  }
  const body: Block[] = [
    p(
      'inleiding',
      en
        ? `We intend to impose a ${name} on you. Before we decide, we give you the opportunity to give your views.`
        : `Wij zijn van plan u een ${name} op te leggen. Voordat wij daarover een besluit nemen, stellen wij u in de gelegenheid uw zienswijze te geven.`,
    ),
    ...factBlocks(
      c,
      `Dit voornemen volgt op ${c.incident.summary} op ${dateOf(c, c.incident.date)}. Wij hebben het volgende vastgesteld:`,
      `This intention follows ${c.incident.summary} on ${dateOf(c, c.incident.date)}. We have established the following:`,
    ),
    ...breachBlocks(c, 'Dit gedrag is in strijd met:', 'This conduct is contrary to:'),
    h('gronden-kop', en ? 'Grounds' : 'Gronden'),
    ...motivationBlocks(c, 'gronden'),
    h('inhoud-kop', en ? 'The intended ban' : 'Het voorgenomen verbod'),
    p('inhoud', content.join(' ')),
    p(
      'belang-kind',
      en
        ? `In weighing this, we also take the interests of ${child} into account. The ban would not affect ${child}'s attendance at school.`
        : `Bij onze afweging betrekken wij ook het belang van ${child}. Het verbod zou geen gevolgen hebben voor de schoolgang van ${child}.`,
    ),
    h('zienswijze-kop', en ? 'Your views' : 'Uw zienswijze'),
    p(
      'zienswijze',
      en
        ? `You can give us your views, orally or in writing, up to and including ${dateOf(c, c.zienswijzeDeadline, true)}. If you would like to explain your views in person, please contact ${c.signer.name} on ${c.school.phone}.`
        : `U kunt uw zienswijze tot en met ${dateOf(c, c.zienswijzeDeadline, true)} mondeling of schriftelijk aan ons geven. Wilt u uw zienswijze mondeling toelichten, neem dan contact op met ${c.signer.name} via ${c.school.phone}.`,
    ),
    p(
      'geen-besluit',
      en
        ? 'This intention is not yet a decision. After the deadline we will take a decision, taking your views into account.'
        : 'Dit voornemen is nog geen besluit. Na afloop van de termijn nemen wij een besluit, waarin wij uw zienswijze meewegen.',
    ),
  ];
  return assembleModel(c, info, {
    title: en ? `Intended ${name}` : `Voornemen ${name}`,
    subject: en ? `Intention to impose a ${name}` : `Voornemen tot het opleggen van een ${name}`,
    body,
    appealClause: null,
  });
};

/** O3: besluit toegangs- of contactverbod: scope, duration, review date, contact person, complaint route. */
export const buildO3BesluitVerbod = (c: LetterCase): Built => {
  const info = DOC_TYPES.O3;
  const langError = checkLanguage(c, info);
  if (langError) return fail(langError);
  const ban = banOf(c, info);
  if (!ban.ok) return ban;
  const { m } = ban.value;
  if (!c.student) return fail(missing(info.id, 'student'));
  if (!m.scope) return fail(missing(info.id, 'measure.scope'));
  if (!m.startDate || !m.endDate) return fail(missing(info.id, 'measure.period'));
  if (!m.reviewDate) return fail(missing(info.id, 'measure.reviewDate'));
  if (!m.contactPerson) return fail(missing(info.id, 'measure.contactPerson'));
  // LKC: a ban imposed without a prior zienswijze was found onzorgvuldig (domain.md §3).
  if (!c.zienswijze) return fail(missing(info.id, 'zienswijze'));
  if (c.motivation.length === 0) return fail(missing(info.id, 'motivation'));
  if (!c.appealClause) return fail(missing(info.id, 'appealClause'));
  const en = c.language === 'en';
  const name = en ? ban.value.en : ban.value.nl;
  const child = childName(c);
  const body: Block[] = [
    ...zienswijzeBlocks(c, en ? `to impose a ${name} on you` : `u een ${name} op te leggen`),
    p(
      'inleiding',
      en
        ? 'With this letter we inform you of our decision.'
        : 'Met deze brief delen wij u ons besluit mee.',
    ),
    ...factBlocks(
      c,
      `Wij hebben over ${c.incident.summary} op ${dateOf(c, c.incident.date)} het volgende vastgesteld:`,
      `Regarding ${c.incident.summary} on ${dateOf(c, c.incident.date)}, we have established the following:`,
    ),
    ...breachBlocks(c, 'Dit gedrag is in strijd met:', 'This conduct is contrary to:'),
    h('besluit-kop', en ? 'Decision' : 'Besluit'),
    p(
      'besluit',
      en
        ? `We have decided to impose a ${name} on you.`
        : `Wij hebben besloten u een ${name} op te leggen.`,
    ),
    p(
      'reikwijdte',
      en ? `The ban covers: ${asSentence(m.scope)}` : `Het verbod houdt in: ${asSentence(m.scope)}`,
    ),
    ...(m.conditions.length > 0 ? [list('voorwaarden', m.conditions.map(asSentence))] : []),
    p(
      'duur',
      en
        ? `The ban applies ${formatPeriod(c, m.startDate, m.endDate)}. On ${dateOf(c, m.reviewDate)} we will review whether it is still needed, and let you know.`
        : `Het verbod geldt ${formatPeriod(c, m.startDate, m.endDate)}. Op ${dateOf(c, m.reviewDate)} beoordelen wij of het verbod nog nodig is; u hoort daarover van ons.`,
    ),
    p(
      'contactpersoon',
      en
        ? `Your contact person is ${m.contactPerson}. All contact with the school about ${child} goes through this person.`
        : `Uw contactpersoon is ${m.contactPerson}. Alle contact met de school over ${child} verloopt via deze persoon.`,
    ),
    p(
      'kind',
      en
        ? `The ban does not affect ${child}'s attendance at school.`
        : `Het verbod heeft geen gevolgen voor de schoolgang van ${child}.`,
    ),
    h('motivering-kop', en ? 'Reasons' : 'Motivering'),
    ...motivationBlocks(c),
    questions(c),
  ];
  return assembleModel(c, info, {
    title: en ? `Decision on ${name}` : `Besluit ${name}`,
    subject: en ? `Decision to impose a ${name}` : `Besluit tot het opleggen van een ${name}`,
    body,
    appealClause: appealClauseBlocks(c.appealClause, c.language),
  });
};

/**
 * O4: letter informing the parents of a student about an incident and the ordemaatregel or
 * waarschuwing that followed. Never a besluit, so never an appeal clause.
 */
export const buildO4BriefOuders = (c: LetterCase): Built => {
  const info = DOC_TYPES.O4;
  const langError = checkLanguage(c, info);
  if (langError) return fail(langError);
  const en = c.language === 'en';
  const first = c.subject.firstName;
  const m = c.measure;
  const period = m?.startDate && m.endDate ? `, ${formatPeriod(c, m.startDate, m.endDate)}` : '';
  const body: Block[] = [
    p(
      'inleiding',
      en
        ? `With this letter we inform you about ${c.incident.summary} on ${dateOf(c, c.incident.date)}, in which ${first} was involved.`
        : `Met deze brief informeren wij u over ${c.incident.summary} op ${dateOf(c, c.incident.date)}, waarbij ${first} betrokken is.`,
    ),
    ...factBlocks(c, 'Wij hebben het volgende vastgesteld:', 'We have established the following:'),
    ...breachBlocks(
      c,
      `Hiermee heeft ${first} gehandeld in strijd met de volgende regels van de school:`,
      `In doing so, ${first} acted contrary to the following school rules:`,
    ),
    ...(m
      ? [
          p(
            'maatregel',
            en
              ? `The school has therefore taken the following measure: ${labelOf(c, m)}${period}.`
              : `De school heeft daarom de volgende maatregel genomen: ${labelOf(c, m)}${period}.`,
          ),
        ]
      : []),
    ...motivationBlocks(c),
    ...(c.meeting
      ? [
          p(
            'gesprek',
            en
              ? `We would like to discuss this with you and invite you to a meeting ${meetingPhrase(c, c.meeting)}.`
              : `Wij bespreken dit graag met u en nodigen u uit voor een gesprek ${meetingPhrase(c, c.meeting)}.`,
          ),
        ]
      : []),
    p(
      'thuis',
      en
        ? `We ask you to discuss this with ${first} at home as well.`
        : `Wij vragen u dit ook thuis met ${first} te bespreken.`,
    ),
    questions(c),
  ];
  return assembleModel(c, info, {
    subject: en
      ? `Social media incident involving ${first}`
      : `Voorval met sociale media waarbij ${first} betrokken is`,
    body,
    // An informing letter, not a besluit: a schorsing goes out as S4 with its own clause.
    appealClause: null,
  });
};
