import type { LegalRule } from './legalRule';

/**
 * The rules the engine applies, each with its legal basis, valid-from date and marker
 * (domain.md §0–§7). Dates marked `geraadpleegdeVersie` are the statutory text versions listed
 * under "Sources" in domain.md, not the (unchecked) date the rule first entered into force.
 */
export const RULES = {
  // --- Students: schorsing (domain.md §1.2) ---
  schorsingPo: {
    id: 'schorsingPo',
    titleNl: 'Schorsing leerling PO: ten hoogste één week, schriftelijk met opgave van redenen',
    titleEn: 'Pupil suspension (primary): at most one week, in writing with reasons',
    legalBasis: 'WPO art. 40c',
    validFrom: '2014-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  schorsingVo: {
    id: 'schorsingVo',
    titleNl: 'Schorsing leerling VO: ten hoogste één week, deugdelijk gemotiveerd',
    titleEn: 'Pupil suspension (secondary): at most one week, properly reasoned',
    legalBasis: 'WVO 2020 art. 8.14',
    validFrom: '2021-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  schorsingMbo: {
    id: 'schorsingMbo',
    titleNl: 'Schorsing student mbo: ten hoogste twee weken, deugdelijk gemotiveerd',
    titleEn: 'Student suspension (mbo): at most two weeks, properly reasoned',
    legalBasis: 'WEB art. 8.1.7c',
    validFrom: '2023-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  isdMeldingSchorsing: {
    id: 'isdMeldingSchorsing',
    titleNl: 'Schorsing langer dan één dag onverwijld schriftelijk melden aan de inspectie (ISD)',
    titleEn: 'Report a suspension longer than one day to the Inspectorate without delay (ISD)',
    legalBasis: 'WPO art. 40c; WVO 2020 art. 8.14 lid 3',
    validFrom: '2025-06-13',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  hoorplichtSchorsing: {
    id: 'hoorplichtSchorsing',
    titleNl: 'Leerling en ouders horen vóór een schorsing (zorgvuldigheid)',
    titleEn: 'Hear pupil and parents before a suspension (due care)',
    legalBasis: 'Awb art. 4:8 (openbaar); zorgvuldigheid; Rb Limburg ECLI:NL:RBLIM:2022:5138',
    validFrom: '2022-07-07',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  // --- Students: verwijdering (domain.md §1.3) ---
  verwijderingPo: {
    id: 'verwijderingPo',
    titleNl:
      'Verwijdering leerling PO: eerst groepsleraar en ouders horen; pas als een andere school de leerling toelaat',
    titleEn:
      'Expulsion (primary): hear the class teacher and parents; only once another school admits the pupil',
    legalBasis: 'WPO art. 40 lid 1 en 11; art. 63 lid 2 (bijzonder)',
    validFrom: '2025-06-13',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  verwijderingVo: {
    id: 'verwijderingVo',
    titleNl:
      'Verwijdering leerling VO: leerling en ouders horen; leerplichtige pas als een andere school hem toelaat',
    titleEn:
      'Expulsion (secondary): hear pupil and parents; a pupil of compulsory school age only once another school admits them',
    legalBasis: 'WVO 2020 art. 8.15 lid 1-3',
    validFrom: '2021-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  verwijderingMbo: {
    id: 'verwijderingMbo',
    titleNl:
      'Verwijdering student mbo: leerplichtige pas als een andere instelling toelaat, of na 8 weken aantoonbaar vergeefs zoeken',
    titleEn:
      'Expulsion (mbo): a student of compulsory age only once another institution admits them, or after 8 weeks of documented fruitless search',
    legalBasis: 'WEB art. 8.1.7d lid 2',
    validFrom: '2023-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  inspectieOverlegVerwijderingVo: {
    id: 'inspectieOverlegVerwijderingVo',
    titleNl:
      'VO: overleg met de inspectie vóór verwijdering van een leerplichtige; schriftelijke melding van de definitieve verwijdering',
    titleEn:
      'Secondary: consult the Inspectorate before expelling a pupil of compulsory age; written notice of the final expulsion',
    legalBasis: 'WVO 2020 art. 8.15 lid 4-5',
    validFrom: '2021-08-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'V',
  },
  leerplichtMeldingVerwijdering: {
    id: 'leerplichtMeldingVerwijdering',
    titleNl: 'Verwijdering terstond melden aan B&W (leerplichtambtenaar)',
    titleEn: 'Report an expulsion to the municipality (attendance officer) immediately',
    legalBasis:
      'Leerplichtwet 1969 art. 18 lid 1 (VO ook WVO 2020 art. 8.21; mbo ook WEB art. 8.1.8)',
    validFrom: '2024-01-01',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  bezwaarVerwijderingBijzonder: {
    id: 'bezwaarVerwijderingBijzonder',
    titleNl:
      'Bijzondere school: bezwaar tegen verwijdering binnen zes weken; besluit op bezwaar binnen vier weken',
    titleEn: 'Private school: objection to expulsion within six weeks; decision within four weeks',
    legalBasis: 'WPO art. 63 lid 3; WVO 2020 art. 8.15 lid 7-8',
    validFrom: '2025-06-13',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  bezwaarAwb: {
    id: 'bezwaarAwb',
    titleNl: 'Openbare school en mbo: bezwaar volgens de Awb binnen zes weken',
    titleEn:
      'Public school and mbo: objection under the General Administrative Law Act within six weeks',
    legalBasis: 'Awb art. 6:7 en 6:8',
    validFrom: '1994-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U-art.',
  },
  beslistermijnBezwaar: {
    id: 'beslistermijnBezwaar',
    titleNl: 'Besluit op bezwaar tegen verwijdering binnen vier weken, na horen en inzage',
    titleEn:
      'Decision on an objection to expulsion within four weeks, after hearing and access to reports',
    legalBasis: 'WPO art. 40 lid 12 en 63 lid 3; WVO 2020 art. 8.15 lid 8; WEB art. 8.1.7d lid 4',
    validFrom: '2025-06-13',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  geschillencommissiePassendOnderwijs: {
    id: 'geschillencommissiePassendOnderwijs',
    titleNl: 'Geschil over verwijdering voorleggen aan de Geschillencommissie passend onderwijs',
    titleEn: 'Expulsion disputes may go to the Dispute Committee for appropriate education',
    legalBasis: 'WPO art. 43 (VO-artikel niet gecontroleerd)',
    validFrom: '2014-08-01',
    validFromBasis: 'onbevestigd',
    marker: 'V',
  },
  ordemaatregelLeerling: {
    id: 'ordemaatregelLeerling',
    titleNl:
      'Ordemaatregel op grond van de schoolregels (leerlingenstatuut, schoolgids, studentenstatuut); redelijk en proportioneel',
    titleEn: 'Order measure under the school rules; reasonable and proportionate',
    legalBasis: 'WVO 2020 art. 2.98 (VO); schoolgids (PO); studentenstatuut (mbo)',
    validFrom: '2025-07-01',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'S',
  },
  klachtenregeling: {
    id: 'klachtenregeling',
    titleNl:
      'Klacht over een ordemaatregel of schorsing (bijzondere school) via de klachtenregeling',
    titleEn:
      'Complaint about an order measure or suspension (private school) under the complaints scheme',
    legalBasis: 'klachtenregeling van de school; burgerlijke rechter',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  // --- Staff (domain.md §2) ---
  arbeidsovereenkomstWnra: {
    id: 'arbeidsovereenkomstWnra',
    titleNl:
      'Personeel heeft een arbeidsovereenkomst (ook openbaar onderwijs): maatregelen onder CAO en BW, geen Awb-bezwaar',
    titleEn:
      'Staff are employees under private law: measures under the CAO and Civil Code, no Awb objection',
    legalBasis: 'Wnra-onderwijs; CAO; BW boek 7',
    validFrom: '2020-01-01',
    validFromBasis: 'inwerkingtreding',
    marker: 'S',
  },
  disciplinaireMaatregelCao: {
    id: 'disciplinaireMaatregelCao',
    titleNl:
      'Disciplinaire maatregel bij plichtsverzuim: voornemen per aangetekende brief, zienswijze, besluit door bevoegde ondertekenaar',
    titleEn:
      'Disciplinary measure for misconduct: intention by registered letter, response, decision signed by the competent person',
    legalBasis: 'CAO PO (berisping, schorsing); CAO VO; CAO mbo art. 2.10',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  zienswijzeTermijn: {
    id: 'zienswijzeTermijn',
    titleNl: 'Termijn voor de zienswijze (standaard 14 dagen, instelbaar)',
    titleEn: 'Term for the written response (default 14 days, configurable)',
    legalBasis: 'CAO (termijn niet bevestigd)',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  schorsingOrdemaatregelPersoneel: {
    id: 'schorsingOrdemaatregelPersoneel',
    titleNl:
      'Schorsing als ordemaatregel: alleen indien dringend noodzakelijk, met behoud van bezoldiging, niet langer dan nodig (PO in beginsel ≤ 4 weken)',
    titleEn:
      'Suspension as an order measure: only if urgently necessary, on full pay, no longer than needed (primary: in principle ≤ 4 weeks)',
    legalBasis: 'CAO PO; CAO VO (duur en verlenging niet bevestigd)',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S/U',
  },
  inhoudingBezoldiging: {
    id: 'inhoudingBezoldiging',
    titleNl: "'Inhouding bezoldiging' stamt uit de oude rechtspositie: controleer de CAO",
    titleEn: "'Withholding pay' is wording from the old civil-service rules: check the CAO",
    legalBasis: 'oude rechtspositie (vóór Wnra); CAO',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  commissieVanBeroep: {
    id: 'commissieVanBeroep',
    titleNl:
      'Beroep tegen een disciplinaire maatregel bij de Commissie van beroep binnen zes weken na verzending of uitreiking',
    titleEn: 'Appeal against a disciplinary measure to the appeals committee within six weeks',
    legalBasis: 'CAO PO art. 12.1; CAO VO art. 19; CAO mbo art. 12.2; reglement art. 2 lid 5',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  waarschuwingGeenBesluit: {
    id: 'waarschuwingGeenBesluit',
    titleNl:
      'Een waarschuwing is geen disciplinaire maatregel: vastleggen als notitie, nooit als besluit',
    titleEn: 'A warning is not a disciplinary measure: record it as a note, never as a decision',
    legalBasis: 'Onderwijsgeschillen 103866',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  ontbinding: {
    id: 'ontbinding',
    titleNl:
      'Ontslag via ontbinding door de kantonrechter (verwijtbaar handelen of verstoorde arbeidsverhouding)',
    titleEn: 'Dismissal through dissolution by the cantonal court',
    legalBasis: 'BW art. 7:669 lid 3 onder e en g',
    validFrom: '2015-07-01',
    validFromBasis: 'onbevestigd',
    marker: 'U-art.',
  },
  ontslagOpStaandeVoet: {
    id: 'ontslagOpStaandeVoet',
    titleNl:
      'Ontslag op staande voet: onverwijld, om een dringende reden die onverwijld wordt meegedeeld',
    titleEn: 'Summary dismissal: without delay, for an urgent reason stated at once',
    legalBasis: 'BW art. 7:677 lid 1 en 7:678',
    validFrom: '2015-07-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  osvVernietigingstermijn: {
    id: 'osvVernietigingstermijn',
    titleNl:
      'Werknemer kan het ontslag op staande voet binnen twee maanden aanvechten bij de kantonrechter',
    titleEn:
      'The employee may challenge a summary dismissal at the cantonal court within two months',
    legalBasis: 'BW art. 7:686a lid 4',
    validFrom: '2015-07-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  osvOnverwijldDrempel: {
    id: 'osvOnverwijldDrempel',
    titleNl:
      "Productregel: 'onverwijld' betekent hier uiterlijk 3 werkdagen nadat de feiten (na eventueel kort onderzoek) vaststaan",
    titleEn:
      "Product rule: 'without delay' is taken as at most 3 working days after the facts (after any short investigation) are established",
    legalBasis: 'BW art. 7:677 lid 1 (drempel is een keuze van de app)',
    validFrom: '2015-07-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  // --- Parents (domain.md §3) ---
  ordemaatregelOuder: {
    id: 'ordemaatregelOuder',
    titleNl:
      'Ordemaatregel jegens ouder (huisrecht en zorgplicht veiligheid): proportioneel, na zienswijze, met einddatum of evaluatiedatum',
    titleEn:
      'Order measure towards a parent (right of admission, safety duty): proportionate, after hearing, with an end or review date',
    legalBasis: 'huisrecht; zorgplicht veiligheid; LKC 106760; ECLI:NL:GHSHE:2021:435',
    validFrom: '2015-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  verbodOuderAwbBesluit: {
    id: 'verbodOuderAwbBesluit',
    titleNl: 'Of een toegangsverbod van een openbare school een Awb-besluit is, is niet bevestigd',
    titleEn: 'Whether a ban by a public school is an Awb decision is unconfirmed',
    legalBasis: 'Awb art. 1:3',
    validFrom: '1994-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  verwijderingWegensOuder: {
    id: 'verwijderingWegensOuder',
    titleNl:
      'Verwijdering van het kind wegens gedrag van de ouder: uiterste middel bij onherstelbaar geschonden vertrouwen',
    titleEn:
      "Expelling the child because of the parent's conduct: last resort when trust is irreparably broken",
    legalBasis: 'ECLI:NL:RBAMS:2017:5047',
    validFrom: '2017-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'S',
  },
  // --- Reports to third parties (domain.md §4) ---
  meldplichtSeksueelMisdrijf: {
    id: 'meldplichtSeksueelMisdrijf',
    titleNl:
      'Vermoeden van een zedenmisdrijf door een medewerker tegen een leerling: onverwijld overleg met de vertrouwensinspecteur; bij redelijk vermoeden onverwijld aangifte',
    titleEn:
      'Suspected sexual offence by staff against a pupil: consult the confidential inspector without delay; report to the police if reasonably suspected',
    legalBasis: 'WPO art. 4a; WVO 2020 art. 3.39; WOT art. 6 (mbo: artikel niet bevestigd)',
    validFrom: '2025-06-13',
    validFromBasis: 'geraadpleegdeVersie',
    marker: 'V',
  },
  vertrouwensinspecteurProtocol: {
    id: 'vertrouwensinspecteurProtocol',
    titleNl:
      "Communicatie van een medewerker die als 'grensoverschrijdend' is aangemerkt telefonisch melden bij de vertrouwensinspecteur",
    titleEn:
      "Phone the confidential inspector when staff communication is judged 'grensoverschrijdend'",
    legalBasis: 'protocol sociale media van de school; vertrouwensinspecteur 0900-1113111',
    validFrom: '2017-01-01',
    validFromBasis: 'vaststellingProtocol',
    marker: 'S',
  },
  aangifteProtocol: {
    id: 'aangifteProtocol',
    titleNl:
      'Mogelijk strafbaar feit: aangifte of melding bij de politie volgens het protocol (zal of kan)',
    titleEn: 'Possible criminal offence: report to the police as the protocol says (will or may)',
    legalBasis: 'protocol sociale media van de school; smaad en laster zijn klachtdelicten',
    validFrom: '2013-09-10',
    validFromBasis: 'vaststellingProtocol',
    marker: 'U',
  },
  datalekMelding: {
    id: 'datalekMelding',
    titleNl:
      'Datalek: zonder onredelijke vertraging en binnen 72 uur melden aan de Autoriteit Persoonsgegevens; betrokkenen informeren bij hoog risico; elk lek registreren',
    titleEn:
      'Data breach: notify the Dutch DPA without undue delay and within 72 hours; inform data subjects if high risk; log every breach',
    legalBasis: 'AVG art. 33 lid 1 en 5, art. 34',
    validFrom: '2018-05-25',
    validFromBasis: 'inwerkingtreding',
    marker: 'U-art.',
  },
  onverwijldMelden: {
    id: 'onverwijldMelden',
    titleNl:
      "Productregel: 'onverwijld' of 'terstond' betekent uiterlijk de eerstvolgende school- of werkdag",
    titleEn:
      "Product rule: 'without delay' or 'immediately' means by the next school or working day",
    legalBasis: 'interpretatie van de app',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
  algemeneTermijnenwet: {
    id: 'algemeneTermijnenwet',
    titleNl:
      'Een wettelijke termijn die op een zaterdag, zondag of feestdag eindigt, loopt door tot de eerstvolgende werkdag',
    titleEn:
      'A statutory term ending on a weekend day or public holiday runs to the next working day',
    legalBasis: 'Algemene termijnenwet art. 1',
    validFrom: '1964-07-01',
    validFromBasis: 'onbevestigd',
    marker: 'U-art.',
  },
  ernstMatrix: {
    id: 'ernstMatrix',
    titleNl: 'Ernstmatrix S1–S4 × H0–H2+ (voorgesteld model, geen wet)',
    titleEn: 'Severity matrix S1–S4 × H0–H2+ (proposed model, not law)',
    legalBasis: 'proportionaliteit; protocolcriteria "aard en ernst"',
    validFrom: '2020-01-01',
    validFromBasis: 'onbevestigd',
    marker: 'U',
  },
} as const satisfies Record<string, LegalRule>;

export type RuleId = keyof typeof RULES;

/** Returns the rule with its legal basis, valid-from date and marker. */
export function getRule(id: RuleId): LegalRule {
  return RULES[id];
}

/** All rules, e.g. for a "grondslagen" overview screen. */
export function listRules(): LegalRule[] {
  return Object.values(RULES);
}
