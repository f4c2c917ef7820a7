import { asId } from '../../ids';
import type { Protocol } from '../schema';
import {
  art,
  caoBasis,
  parentHuisrechtMeasures,
  staffSupplementary,
  step,
  studentBasis,
  studentOrdemaatregelen,
} from './build';

const ALL = ['alleGebruikers'] as const;
const STAFF = ['medewerkersWerk', 'medewerkersPrive'] as const;
const PUPILS_PARENTS = ['leerlingen', 'ouders'] as const;

/**
 * Seed 000: Protocol Sociale Media, Het Hogeland College (VO; Verus/VOS-ABB model).
 * Summaries are in the product's own words.
 */
export const hogelandProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('seed-000-hogeland-college'),
  name: 'Protocol Sociale Media op Het Hogeland College',
  organisation: 'Het Hogeland College (Lauwers en Eems VO)',
  sector: 'VO',
  sectorInferred: false,
  denomination: null,
  adoptedOn: null,
  adoptedByNl: null,
  basedOn: 'modelprotocol sociale media van Verus en VOS/ABB',
  parentsMeanNl: 'ouder(s), verzorger(s) of voogd',
  isModel: false,
  sections: [
    {
      id: 'U',
      title: 'Uitgangspunten',
      audience: [...ALL],
      articles: [
        art('U', 1, [...ALL], 'De school erkent dat sociale media belangrijk zijn.'),
        art('U', 2, [...ALL], 'Het protocol moet bijdragen aan een goed en veilig schoolklimaat.'),
        art(
          'U',
          3,
          [...ALL],
          'Iedereen communiceert online in lijn met missie en visie en met gewone fatsoensnormen: respect, verdraagzaamheid en ieder in zijn waarde laten.',
        ),
        art(
          'U',
          4,
          [...ALL],
          'Gebruikers houden rekening met de goede naam van de school en van alle betrokkenen.',
          ['schadeGoedeNaam'],
        ),
        art(
          'U',
          5,
          [...ALL],
          'Het protocol beschermt school, personeel, leerlingen en ouders tegen negatieve gevolgen van sociale media.',
        ),
      ],
    },
    {
      id: 'R',
      title: 'Doelgroep en reikwijdte',
      audience: [...ALL],
      articles: [
        art(
          'R',
          1,
          [...ALL],
          'Geldt voor de hele schoolgemeenschap: medewerkers, leerlingen, ouders en anderen die aan de school verbonden zijn.',
        ),
        art(
          'R',
          2,
          [...ALL],
          'Geldt alleen voor berichten die met school te maken hebben of waar school, werk en privé elkaar raken.',
        ),
      ],
    },
    {
      id: 'A',
      title: 'A. Voor alle gebruikers (medewerkers, leerlingen en ouders)',
      audience: [...ALL],
      articles: [
        art(
          'A',
          1,
          ['medewerkersWerk', 'leerlingen'],
          'Geen sociale media tijdens de les, tenzij schoolleiding of docent toestemming geeft.',
          ['socialeMediaInLes'],
        ),
        art(
          'A',
          2,
          [...ALL],
          'Informatie over school en schoolgenoten delen mag, maar niet als die vertrouwelijk of persoonlijk is of iemand schaadt.',
          ['vertrouwelijkeInformatie', 'fatsoensnormen'],
        ),
        art('A', 3, [...ALL], 'Ieder is zelf verantwoordelijk voor wat hij of zij publiceert.'),
        art(
          'A',
          4,
          [...ALL],
          'Wat online staat blijft openbaar, ook nadat het bericht is verwijderd.',
        ),
        art(
          'A',
          5,
          [...ALL],
          'Geen foto-, film- of geluidsopnamen van schoolsituaties online zonder uitdrukkelijke toestemming van wie te zien of te horen is.',
          ['beeldZonderToestemming'],
        ),
        art(
          'A',
          6,
          ['medewerkersPrive'],
          "Medewerkers worden met een privéaccount geen 'vrienden' van leerlingen.",
          ['vriendschapMetLeerling'],
        ),
        art(
          'A',
          7,
          [...ALL],
          'Iedereen houdt zich aan de fatsoensnormen; wie pest, kwetst, stalkt, bedreigt of zwartmaakt krijgt passende maatregelen.',
          ['fatsoensnormen', 'pesten', 'stalken', 'bedreigen', 'zwartmaken'],
        ),
      ],
    },
    {
      id: 'B',
      title: 'B. Voor leerlingen',
      audience: ['leerlingen'],
      articles: [
        art(
          'B',
          1,
          ['leerlingen'],
          'Smartphone of smartwatch in het lokaal alleen met uitdrukkelijke toestemming van de docent, die ook doel en apps bepaalt.',
          ['apparaatInLes'],
        ),
        art('B', 2, ['leerlingen'], "Leerlingen volgen de 'mobiele etiquette' van de school.", [
          'apparaatInLes',
        ]),
      ],
    },
    {
      id: 'C',
      title: 'C. Voor medewerkers tijdens werksituaties',
      audience: ['medewerkersWerk'],
      articles: [
        art(
          'C',
          1,
          ['medewerkersWerk'],
          'Een medewerker die meepraat over de school, vermeldt dat hij of zij er werkt, omdat privémeningen voor schoolstandpunten kunnen worden aangezien.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'C',
          2,
          ['medewerkersWerk'],
          'Dreigt een online gesprek te ontsporen, dan overlegt de medewerker direct met de leidinggevende over de aanpak.',
          ['ontsporendeDiscussieNietGemeld'],
        ),
        art(
          'C',
          3,
          ['medewerkersWerk'],
          'Bij twijfel over een publicatie overlegt de medewerker met de leidinggevende.',
        ),
      ],
    },
    {
      id: 'D',
      title: 'D. Voor medewerkers tijdens privésituaties',
      audience: ['medewerkersPrive'],
      articles: [
        art(
          'D',
          1,
          ['medewerkersPrive'],
          'Over school of werk publiceren mag, zonder vertrouwelijke of persoonsgebonden informatie en zonder de naam van de school te schaden.',
          ['vertrouwelijkeInformatie', 'schadeGoedeNaam'],
        ),
        art(
          'D',
          2,
          ['medewerkersPrive'],
          'Geen standpunten uitdragen die ingaan tegen missie en visie van de school of dit protocol.',
          ['strijdigMetMissie'],
        ),
        art(
          'D',
          3,
          ['medewerkersPrive'],
          'Wie meepraat over de school, vermeldt medewerker te zijn.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'D',
          4,
          ['medewerkersPrive'],
          'Een bericht over de school krijgt de vermelding dat het een persoonlijke mening is, los van officiële standpunten.',
          ['geenDisclaimer'],
        ),
      ],
    },
    {
      id: 'S',
      title: 'Sancties en gevolgen voor medewerkers en leerlingen',
      audience: [...STAFF, ...PUPILS_PARENTS],
      articles: [
        art(
          'S',
          1,
          [...STAFF],
          'Een medewerker die het protocol overtreedt, maakt zich mogelijk schuldig aan plichtsverzuim; alle correspondentie gaat in het personeelsdossier.',
        ),
        art(
          'S',
          2,
          [...STAFF],
          "Vindt het bevoegd gezag de communicatie van een medewerker 'grensoverschrijdend', dan meldt het dit telefonisch aan de vertrouwensinspecteur (0900-1113111).",
        ),
        art(
          'S',
          3,
          [...STAFF],
          'Naar ernst van uitlatingen, gedrag en gevolgen volgen rechtspositionele maatregelen: waarschuwing, berisping, schorsing, ontslag of inhouding bezoldiging.',
        ),
        art(
          'S',
          4,
          [...PUPILS_PARENTS],
          'Leerlingen of ouders die het protocol overtreden, gedragen zich mogelijk verwijtbaar; alle correspondentie gaat in het leerlingendossier.',
        ),
        art(
          'S',
          5,
          [...PUPILS_PARENTS],
          'Naar ernst volgen voor leerlingen of ouders maatregelen van waarschuwing tot verwijdering van school.',
        ),
        art(
          'S',
          6,
          [...STAFF, ...PUPILS_PARENTS],
          'Is een uitlating mogelijk strafbaar, dan doet de school aangifte bij de politie.',
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.3'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; geen disciplinaire maatregel'),
        step('schriftelijkeBerisping', 'berisping', 'protocol', caoBasis('VO')),
        step('schorsingDisciplinair', 'schorsing', 'protocol', caoBasis('VO')),
        step('ontslag', 'ontslag', 'protocol', 'BW art. 7:669 lid 3 (ontbinding)'),
        step(
          'inhoudingBezoldiging',
          'inhouding bezoldiging',
          'protocol',
          'oude rechtspositie; controleer de CAO',
        ),
      ],
      supplementary: staffSupplementary('VO', true),
    },
    leerling: {
      kind: 'protocol',
      range: true,
      articleRefs: ['S.5'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; schoolregels'),
        step(
          'verwijdering',
          'verwijdering van school',
          'protocol',
          studentBasis('VO', 'verwijdering'),
        ),
      ],
      supplementary: [
        ...studentOrdemaatregelen('VO'),
        step('schorsing', 'schorsing', 'wet', studentBasis('VO', 'schorsing')),
      ],
    },
    ouder: {
      kind: 'protocol',
      range: true,
      articleRefs: ['S.5'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; huisrecht'),
        step(
          'verwijdering',
          'verwijdering van school (van het kind, uiterste middel)',
          'protocol',
          `${studentBasis('VO', 'verwijdering')}; ECLI:NL:RBAMS:2017:5047`,
        ),
      ],
      supplementary: parentHuisrechtMeasures(),
    },
  },
  reporting: {
    vertrouwensinspecteur: {
      applies: true,
      judgedBy: 'bevoegd gezag',
      phone: '0900-1113111',
      articleRef: 'S.2',
    },
    aangifte: { mode: 'zal', by: 'de school', meldingAllowed: false, articleRef: 'S.6' },
    internalReporting: { applies: false, articleRef: null },
  },
  correspondence: {
    medewerker: { dossier: 'personeelsdossier', articleRef: 'S.1' },
    leerling: { dossier: 'leerlingendossier', articleRef: 'S.4' },
    ouder: { dossier: 'leerlingendossier', articleRef: 'S.4' },
  },
  notesNl: [
    "'Inhouding bezoldiging' komt uit de oude rechtspositie van vóór 2020; controleer of de CAO deze maatregel kent.",
    "Het protocol noemt voor leerlingen en ouders alleen de uitersten 'waarschuwing' en 'verwijdering van school'; maatregelen daartussen vallen binnen die bandbreedte.",
  ],
};
