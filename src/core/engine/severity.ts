/**
 * Guided severity assessment (domain.md §7): answers to a few questions give a level S1–S4 with
 * the reasons; the user may override the level with a motivation. The model is a proposal, not
 * law (rule `ernstMatrix`, marker U).
 */
import type { SeverityLevel } from '../glossary';
import type { LocalizedText } from './measures';

export const REACH_OPTIONS = ['besloten', 'beperkt', 'breed'] as const;
export type Reach = (typeof REACH_OPTIONS)[number];

/** The answers the severity questions collect. */
export type SeverityAnswers = {
  /** besloten: a closed group of a few people; beperkt: a class or a small circle; breed: public or large. */
  reach: Reach;
  identifiableVictim: boolean;
  /** A minor (pupil) is the victim or is shown. */
  minorInvolved: boolean;
  /** Targeted pesten, zwartmaken, discrimination, threats, or a meme about a person. */
  targetedAtPerson: boolean;
  personalDataOrConfidential: boolean;
  /** Personal data leaked through the school's fault (e.g. staff posting pupil data). */
  dataBreach: boolean;
  imagesWithoutConsent: boolean;
  /** Sexual images of minors, sexting distribution, or sexual misconduct (by staff towards a pupil). */
  sexualCharacter: boolean;
  /** Credible threats of violence, hacking, stalking, radicalisation. */
  criminalCharacter: boolean;
  lastingHarm: boolean;
  removedQuickly: boolean;
  selfReported: boolean;
  /** Age of the person the case is about; null if not relevant (staff) or unknown. */
  subjectAge: number | null;
  earlierInstructionIgnored: boolean;
};

export type SeverityQuestion = {
  id: keyof SeverityAnswers;
  kind: 'boolean' | 'choice' | 'number';
  label: LocalizedText;
  help: LocalizedText;
  options?: readonly { value: Reach; label: LocalizedText }[];
};

/** The guided questions, in the order the UI asks them. */
export const SEVERITY_QUESTIONS: readonly SeverityQuestion[] = [
  {
    id: 'reach',
    kind: 'choice',
    label: { nl: 'Hoe groot was het bereik?', en: 'How wide was the reach?' },
    help: {
      nl: 'Besloten: een paar mensen; beperkt: een klas of kleine kring; breed: openbaar of een grote groep.',
      en: 'Closed: a few people; limited: a class or small circle; wide: public or a large group.',
    },
    options: [
      { value: 'besloten', label: { nl: 'besloten', en: 'closed' } },
      { value: 'beperkt', label: { nl: 'beperkt', en: 'limited' } },
      { value: 'breed', label: { nl: 'breed / openbaar', en: 'wide / public' } },
    ],
  },
  {
    id: 'identifiableVictim',
    kind: 'boolean',
    label: { nl: 'Is er een herkenbaar slachtoffer?', en: 'Is there an identifiable victim?' },
    help: {
      nl: 'Iemand is met naam, beeld of anderszins herkenbaar.',
      en: 'Someone can be recognised by name, image or otherwise.',
    },
  },
  {
    id: 'minorInvolved',
    kind: 'boolean',
    label: {
      nl: 'Is een minderjarige betrokken als slachtoffer of in beeld?',
      en: 'Is a minor involved as victim or in images?',
    },
    help: {
      nl: 'Bijvoorbeeld een leerling die wordt genoemd of getoond.',
      en: 'For example a pupil who is named or shown.',
    },
  },
  {
    id: 'targetedAtPerson',
    kind: 'boolean',
    label: {
      nl: 'Is het gericht tegen een persoon (pesten, zwartmaken, discriminatie, bedreiging, meme)?',
      en: 'Is it aimed at a person (bullying, defaming, discrimination, threats, a meme)?',
    },
    help: {
      nl: 'Gericht gedrag weegt zwaarder dan een ongerichte opmerking.',
      en: 'Targeted conduct weighs more than an untargeted remark.',
    },
  },
  {
    id: 'personalDataOrConfidential',
    kind: 'boolean',
    label: {
      nl: 'Zijn persoonsgegevens of vertrouwelijke informatie gedeeld?',
      en: 'Were personal data or confidential information shared?',
    },
    help: {
      nl: 'Namen, adressen, cijfers, interne stukken.',
      en: 'Names, addresses, grades, internal documents.',
    },
  },
  {
    id: 'dataBreach',
    kind: 'boolean',
    label: {
      nl: 'Is er een datalek waarvoor de school verantwoordelijk is?',
      en: 'Is there a data breach the school is responsible for?',
    },
    help: {
      nl: 'Bijvoorbeeld een medewerker die gegevens van leerlingen plaatst. Een leerling die eigen foto’s plaatst is meestal geen datalek van de school.',
      en: 'For example staff posting pupil data. A pupil posting their own photos is usually not the school’s breach.',
    },
  },
  {
    id: 'imagesWithoutConsent',
    kind: 'boolean',
    label: {
      nl: 'Zijn beelden of geluid zonder toestemming geplaatst?',
      en: 'Were images or audio posted without consent?',
    },
    help: {
      nl: 'Foto, film of geluid van schoolsituaties.',
      en: 'Photo, video or audio of school situations.',
    },
  },
  {
    id: 'sexualCharacter',
    kind: 'boolean',
    label: { nl: 'Heeft het een seksueel karakter?', en: 'Is it sexual in character?' },
    help: {
      nl: 'Seksuele beelden van minderjarigen, verspreiden van sexting, seksueel grensoverschrijdend gedrag van een medewerker tegenover een leerling.',
      en: 'Sexual images of minors, spreading sexting, sexual misconduct by staff towards a pupil.',
    },
  },
  {
    id: 'criminalCharacter',
    kind: 'boolean',
    label: {
      nl: 'Is het mogelijk strafbaar (geloofwaardige bedreiging, hacken, stalken, radicalisering)?',
      en: 'Is it possibly criminal (credible threats, hacking, stalking, radicalisation)?',
    },
    help: {
      nl: 'Bij twijfel: ja, en laat het toetsen.',
      en: 'If in doubt: yes, and have it assessed.',
    },
  },
  {
    id: 'lastingHarm',
    kind: 'boolean',
    label: { nl: 'Is er blijvende schade?', en: 'Is there lasting harm?' },
    help: {
      nl: 'Voor het slachtoffer of voor de goede naam van de school.',
      en: 'To the victim or to the school’s good name.',
    },
  },
  {
    id: 'removedQuickly',
    kind: 'boolean',
    label: { nl: 'Is het bericht snel verwijderd?', en: 'Was the post removed quickly?' },
    help: {
      nl: 'Uit zichzelf of direct na een verzoek.',
      en: 'Voluntarily or right after a request.',
    },
  },
  {
    id: 'selfReported',
    kind: 'boolean',
    label: {
      nl: 'Heeft de betrokkene het zelf gemeld of excuses aangeboden?',
      en: 'Did the person self-report or apologise?',
    },
    help: { nl: '', en: '' },
  },
  {
    id: 'subjectAge',
    kind: 'number',
    label: { nl: 'Leeftijd van de betrokkene', en: 'Age of the person concerned' },
    help: { nl: 'Leeg laten bij medewerkers.', en: 'Leave empty for staff.' },
  },
  {
    id: 'earlierInstructionIgnored',
    kind: 'boolean',
    label: {
      nl: 'Is een eerdere aanwijzing genegeerd?',
      en: 'Was an earlier instruction ignored?',
    },
    help: {
      nl: 'Bijvoorbeeld een verzoek het bericht te verwijderen.',
      en: 'For example a request to remove the post.',
    },
  },
];

/** Neutral answers: a formal breach without harm (S1). */
export const EMPTY_SEVERITY_ANSWERS: SeverityAnswers = {
  reach: 'besloten',
  identifiableVictim: false,
  minorInvolved: false,
  targetedAtPerson: false,
  personalDataOrConfidential: false,
  dataBreach: false,
  imagesWithoutConsent: false,
  sexualCharacter: false,
  criminalCharacter: false,
  lastingHarm: false,
  removedQuickly: false,
  selfReported: false,
  subjectAge: null,
  earlierInstructionIgnored: false,
};

export const SEVERITY_LABELS: Readonly<Record<SeverityLevel, LocalizedText>> = {
  S1: { nl: 'S1 licht', en: 'S1 minor' },
  S2: { nl: 'S2 middel', en: 'S2 moderate' },
  S3: { nl: 'S3 ernstig', en: 'S3 serious' },
  S4: { nl: 'S4 zeer ernstig / strafbaar', en: 'S4 very serious / criminal' },
};

/** One reason behind the level; `effect` says whether it set, raised or lowered it. */
export type SeverityReason = {
  question: keyof SeverityAnswers;
  effect: 'niveau' | 'verzwarend' | 'verzachtend';
  /** The level this reason points to (for effect 'niveau'). */
  level: SeverityLevel | null;
  text: LocalizedText;
};

export type SeverityAssessment = {
  /** The level the answers give. */
  computedLevel: SeverityLevel;
  /** The level in force: the computed one, or the user's override. */
  level: SeverityLevel;
  reasons: SeverityReason[];
  override: { level: SeverityLevel; motivation: string } | null;
};

const ORDER = ['S1', 'S2', 'S3', 'S4'] as const satisfies readonly SeverityLevel[];
const indexOf = (l: SeverityLevel): number => ORDER.indexOf(l);
const levelAt = (i: number): SeverityLevel => ORDER[Math.max(0, Math.min(3, i))] ?? 'S1';

/** Age below which a pupil's developmental level lowers the level by one (product choice). */
export const YOUNG_AGE_THRESHOLD = 12;

/**
 * Computes S1–S4 from the answers, with the reasons. The base level is the heaviest criterion
 * met; modifiers then move it at most one step and never into or out of S4, because S4
 * (sexual or criminal character) carries statutory duties that mitigation cannot lift.
 */
export function assessSeverity(answers: SeverityAnswers): SeverityAssessment {
  const reasons: SeverityReason[] = [];
  const hit = (question: keyof SeverityAnswers, level: SeverityLevel, nl: string, en: string) =>
    reasons.push({ question, effect: 'niveau', level, text: { nl, en } });

  if (answers.sexualCharacter) {
    hit('sexualCharacter', 'S4', 'Seksueel karakter', 'Sexual in character');
  }
  if (answers.criminalCharacter) {
    hit(
      'criminalCharacter',
      'S4',
      'Mogelijk strafbaar (bedreiging, hacken, stalken, radicalisering)',
      'Possibly criminal (threats, hacking, stalking, radicalisation)',
    );
  }
  if (answers.targetedAtPerson) {
    hit(
      'targetedAtPerson',
      'S3',
      'Gericht tegen een persoon (pesten, zwartmaken, discriminatie of bedreiging)',
      'Aimed at a person (bullying, defaming, discrimination or threats)',
    );
  }
  if (answers.dataBreach) {
    hit(
      'dataBreach',
      'S3',
      'Datalek waarvoor de school verantwoordelijk is',
      'Data breach the school is responsible for',
    );
  }
  if (answers.lastingHarm) {
    hit('lastingHarm', 'S3', 'Blijvende schade', 'Lasting harm');
  }
  const harmful =
    answers.identifiableVictim ||
    answers.personalDataOrConfidential ||
    answers.imagesWithoutConsent;
  if (answers.reach === 'breed' && harmful) {
    hit('reach', 'S3', 'Breed bereik van schadelijke inhoud', 'Wide reach of harmful content');
  } else if (answers.reach === 'breed') {
    hit('reach', 'S2', 'Breed bereik', 'Wide reach');
  }
  if (answers.personalDataOrConfidential) {
    hit(
      'personalDataOrConfidential',
      'S2',
      'Persoonsgegevens of vertrouwelijke informatie gedeeld',
      'Personal data or confidential information shared',
    );
  }
  if (answers.imagesWithoutConsent) {
    hit(
      'imagesWithoutConsent',
      'S2',
      'Beelden of geluid zonder toestemming',
      'Images or audio without consent',
    );
  }
  if (answers.identifiableVictim) {
    hit('identifiableVictim', 'S2', 'Herkenbaar slachtoffer', 'Identifiable victim');
  }

  const base = reasons.reduce((max, r) => Math.max(max, r.level ? indexOf(r.level) : 0), 0);
  if (reasons.length === 0) {
    reasons.push({
      question: 'reach',
      effect: 'niveau',
      level: 'S1',
      text: { nl: 'Formele overtreding zonder schade', en: 'Formal breach without harm' },
    });
  }

  let up = 0;
  let down = 0;
  if (answers.minorInvolved && answers.identifiableVictim && base >= 1) {
    up += 1;
    reasons.push({
      question: 'minorInvolved',
      effect: 'verzwarend',
      level: null,
      text: {
        nl: 'Een minderjarige is herkenbaar betrokken',
        en: 'A minor is identifiably involved',
      },
    });
  }
  if (answers.earlierInstructionIgnored) {
    up += 1;
    reasons.push({
      question: 'earlierInstructionIgnored',
      effect: 'verzwarend',
      level: null,
      text: { nl: 'Een eerdere aanwijzing is genegeerd', en: 'An earlier instruction was ignored' },
    });
  }
  if (answers.removedQuickly && answers.selfReported) {
    down += 1;
    reasons.push({
      question: 'removedQuickly',
      effect: 'verzachtend',
      level: null,
      text: { nl: 'Snel verwijderd en zelf gemeld', en: 'Removed quickly and self-reported' },
    });
  }
  if (answers.subjectAge !== null && answers.subjectAge < YOUNG_AGE_THRESHOLD) {
    down += 1;
    reasons.push({
      question: 'subjectAge',
      effect: 'verzachtend',
      level: null,
      text: {
        nl: `Jonge leeftijd (${answers.subjectAge} jaar)`,
        en: `Young age (${answers.subjectAge})`,
      },
    });
  }

  let index = base;
  if (base < 3) {
    const net = Math.max(-1, Math.min(1, up - down));
    index = Math.max(0, Math.min(2, base + net));
  }
  const computedLevel = levelAt(index);
  return { computedLevel, level: computedLevel, reasons, override: null };
}

/** Minimum length of an override motivation, so the file shows why the level was changed. */
export const MIN_MOTIVATION_LENGTH = 10;

export type SeverityOverrideError = {
  kind: 'motivatie-ontbreekt';
  minLength: number;
  messageNl: string;
  messageEn: string;
};

/**
 * Overrides the computed level. A motivation is required; the computed level and the reasons
 * stay in the assessment so the file shows both.
 */
export function overrideSeverity(
  assessment: SeverityAssessment,
  level: SeverityLevel,
  motivation: string,
): { ok: true; assessment: SeverityAssessment } | { ok: false; error: SeverityOverrideError } {
  const trimmed = motivation.trim();
  if (trimmed.length < MIN_MOTIVATION_LENGTH) {
    return {
      ok: false,
      error: {
        kind: 'motivatie-ontbreekt',
        minLength: MIN_MOTIVATION_LENGTH,
        messageNl: `Geef een motivering van minstens ${MIN_MOTIVATION_LENGTH} tekens om het ernstniveau aan te passen.`,
        messageEn: `Give a motivation of at least ${MIN_MOTIVATION_LENGTH} characters to change the severity level.`,
      },
    };
  }
  return {
    ok: true,
    assessment: { ...assessment, level, override: { level, motivation: trimmed } },
  };
}
