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
 * Seed 003: Protocol Sociale Media ASKO (Amsterdam; GMR 26-3-2018). The sector is not stated;
 * PO is inferred (domain.md §8). The OCR of the source lost some article numbers; the order of
 * the provisions is kept.
 */
export const askoProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('seed-003-asko'),
  name: 'Protocol Sociale Media ASKO',
  organisation: 'ASKO (Amsterdam)',
  sector: 'PO',
  sectorInferred: true,
  denomination: null,
  adoptedOn: '2018-03-26',
  adoptedByNl: 'met instemming van de GMR',
  basedOn: null,
  parentsMeanNl: 'ouders/verzorgers',
  isModel: false,
  sections: [
    {
      id: 'U',
      title: 'Uitgangspunten',
      audience: [...ALL],
      articles: [
        art('U', 1, [...ALL], 'ASKO erkent dat sociale media belangrijk zijn.'),
        art('U', 2, [...ALL], 'Het protocol moet bijdragen aan een goed en veilig schoolklimaat.'),
        art(
          'U',
          3,
          [...ALL],
          'Iedereen communiceert online in lijn met missie en visie en met gewone fatsoensnormen: respect, verdraagzaamheid en ieder in zijn of haar waarde laten.',
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
          'Geldt voor de hele schoolgemeenschap: medewerkers, leerlingen, ouders/verzorgers en anderen die aan ASKO verbonden zijn.',
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
      title: 'A. Voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers)',
      audience: [...ALL],
      articles: [
        art(
          'A',
          1,
          ['medewerkersWerk', 'leerlingen'],
          'Geen sociale media tijdens de les, tenzij directie of leraar toestemming geeft.',
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
          "Medewerkers worden met een privéaccount geen 'vrienden' van leerlingen, behalve voor een schoolproject.",
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
      title: 'B. Voor medewerkers tijdens werksituaties',
      audience: ['medewerkersWerk'],
      articles: [
        art(
          'B',
          1,
          ['medewerkersWerk'],
          "Medewerkers worden online gezien als 'de school'; wie meepraat over ASKO, vermeldt daar te werken.",
          ['nietVermeldenMedewerker'],
        ),
        art(
          'B',
          2,
          ['medewerkersWerk'],
          'Dreigt een online gesprek te ontsporen, dan overlegt de medewerker direct met de leidinggevende over de aanpak.',
          ['ontsporendeDiscussieNietGemeld'],
        ),
        art(
          'B',
          3,
          ['medewerkersWerk'],
          'Bij twijfel over een publicatie overlegt de medewerker met de leidinggevende.',
        ),
      ],
    },
    {
      id: 'C',
      title: 'C. Voor medewerkers tijdens privésituaties',
      audience: ['medewerkersPrive'],
      articles: [
        art(
          'C',
          1,
          ['medewerkersPrive'],
          'Over school of werk publiceren mag, zonder vertrouwelijke of persoonsgebonden informatie en zonder de naam van de school te schaden.',
          ['vertrouwelijkeInformatie', 'schadeGoedeNaam'],
        ),
        art(
          'C',
          2,
          ['medewerkersPrive'],
          'Geen standpunten uitdragen die ingaan tegen missie en visie van ASKO of dit protocol.',
          ['strijdigMetMissie'],
        ),
        art(
          'C',
          3,
          ['medewerkersPrive'],
          'Wie meepraat over de school, vermeldt medewerker van ASKO te zijn.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'C',
          4,
          ['medewerkersPrive'],
          'Een bericht over ASKO krijgt de vermelding dat het een persoonlijke mening is, los van officiële standpunten.',
          ['geenDisclaimer'],
        ),
      ],
    },
    {
      id: 'D',
      title: 'D. Sancties en gevolgen voor medewerkers en leerlingen',
      audience: [...STAFF, ...PUPILS_PARENTS],
      articles: [
        art(
          'D',
          1,
          [...STAFF],
          'Een medewerker die het protocol overtreedt, maakt zich mogelijk schuldig aan plichtsverzuim; alle correspondentie gaat in het personeelsdossier.',
        ),
        art(
          'D',
          2,
          [...STAFF],
          "Vindt het bevoegd gezag de communicatie van een medewerker 'grensoverschrijdend', dan meldt het dit telefonisch aan de Landelijke Vertrouwensinspecteur (0900-1113111).",
        ),
        art(
          'D',
          3,
          [...STAFF],
          'Naar ernst van uitlatingen, gedrag en gevolgen volgen rechtspositionele maatregelen: waarschuwing, schorsing, berisping, ontslag en ontslag op staande voet.',
        ),
        art(
          'D',
          4,
          [...PUPILS_PARENTS],
          'Leerlingen of ouders/verzorgers die het protocol overtreden, gedragen zich mogelijk verwijtbaar; alle correspondentie gaat in het leerlingendossier.',
        ),
        art(
          'D',
          5,
          [...PUPILS_PARENTS],
          'Naar ernst volgen voor leerlingen of ouders/verzorgers maatregelen: waarschuwing, schorsing en verwijdering van school.',
        ),
        art(
          'D',
          6,
          [...STAFF, ...PUPILS_PARENTS],
          'Is een uitlating mogelijk strafbaar, dan kan ASKO aangifte doen bij de politie.',
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'protocol',
      range: false,
      articleRefs: ['D.3'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; geen disciplinaire maatregel'),
        step('schorsingDisciplinair', 'schorsing', 'protocol', caoBasis('PO')),
        step('schriftelijkeBerisping', 'berisping', 'protocol', caoBasis('PO')),
        step('ontslag', 'ontslag', 'protocol', 'BW art. 7:669 lid 3 (ontbinding)'),
        step('ontslagOpStaandeVoet', 'ontslag op staande voet', 'protocol', 'BW art. 7:677-678'),
      ],
      supplementary: staffSupplementary('PO', false),
    },
    leerling: {
      kind: 'protocol',
      range: false,
      articleRefs: ['D.5'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; schoolgids'),
        step('schorsing', 'schorsing', 'protocol', studentBasis('PO', 'schorsing')),
        step(
          'verwijdering',
          'verwijdering van school',
          'protocol',
          studentBasis('PO', 'verwijdering'),
        ),
      ],
      supplementary: studentOrdemaatregelen('PO'),
    },
    ouder: {
      kind: 'protocol',
      range: false,
      articleRefs: ['D.5'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; huisrecht'),
        step(
          'verwijdering',
          'verwijdering van school (van het kind, uiterste middel)',
          'protocol',
          `${studentBasis('PO', 'verwijdering')}; ECLI:NL:RBAMS:2017:5047`,
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
      articleRef: 'D.2',
    },
    aangifte: { mode: 'kan', by: 'ASKO', meldingAllowed: false, articleRef: 'D.6' },
    internalReporting: { applies: false, articleRef: null },
  },
  correspondence: {
    medewerker: { dossier: 'personeelsdossier', articleRef: 'D.1' },
    leerling: { dossier: 'leerlingendossier', articleRef: 'D.4' },
    ouder: { dossier: 'leerlingendossier', articleRef: 'D.4' },
  },
  notesNl: [
    'De sector staat niet in het protocol; primair onderwijs is afgeleid. Controleer dit in het schoolprofiel.',
    'Schorsing in de ladder voor leerlingen en ouders geldt alleen voor leerlingen.',
  ],
};
