import { asId } from '../../ids';
import type { Protocol } from '../schema';
import {
  art,
  caoBasis,
  parentHuisrechtMeasures,
  step,
  studentBasis,
  studentOrdemaatregelen,
} from './build';

const ALL = ['alleGebruikers'] as const;
const STAFF = ['medewerkersWerk', 'medewerkersPrive'] as const;

/**
 * Seed 002: Protocol social media Aeres MBO (vastgesteld 10-9-2013). It lists no measures: it
 * refers to the deelnemersstatuut (now studentenstatuut, WEB 8.1.7c-d) and the CAO BVE (now
 * CAO mbo), so its ladders are derived from those (domain.md §8).
 */
export const aeresProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('seed-002-aeres-mbo'),
  name: 'Protocol social media Aeres MBO',
  organisation: 'Aeres MBO (Stichting Aeres Groep)',
  sector: 'MBO',
  sectorInferred: false,
  denomination: null,
  adoptedOn: '2013-09-10',
  adoptedByNl: 'Algemeen directeur Aeres MBO',
  basedOn: null,
  parentsMeanNl: 'ouders/verzorgers',
  isModel: false,
  sections: [
    {
      id: '1.1',
      title: '1.1 Definities',
      audience: [...ALL],
      articles: [
        art(
          '1.1',
          1,
          [...ALL],
          'Begrippen: bevoegd gezag is het College van Bestuur van de Aeres Groep; schoolleiding is de directeur met de teamleiders; studenten zijn alle ingeschreven mbo-deelnemers; personeelsleden zijn alle medewerkers van de school.',
        ),
      ],
    },
    {
      id: '1.2',
      title: '1.2 Uitgangspunten',
      audience: [...ALL],
      articles: [
        art('1.2', 1, [...ALL], 'De school erkent dat sociale media belangrijk zijn.'),
        art(
          '1.2',
          2,
          [...ALL],
          'Het protocol moet bijdragen aan een goed en veilig schoolklimaat.',
        ),
        art(
          '1.2',
          3,
          [...ALL],
          'Iedereen communiceert online in lijn met missie en visie en met gewone fatsoensnormen.',
        ),
        art(
          '1.2',
          4,
          [...ALL],
          'Gebruikers houden rekening met de goede naam van de school en van alle betrokkenen.',
          ['schadeGoedeNaam'],
        ),
        art(
          '1.2',
          5,
          [...ALL],
          'Het protocol beschermt school, personeel, studenten en ouders tegen negatieve gevolgen van sociale media.',
        ),
      ],
    },
    {
      id: '1.3',
      title: '1.3 Social media in de school voor alle gebruikers',
      audience: [...ALL],
      articles: [
        art(
          '1.3',
          1,
          [...ALL],
          'Kennis en informatie delen mag, maar niet als die vertrouwelijk of persoonlijk is of betrokkenen of de school schaadt.',
          ['vertrouwelijkeInformatie', 'schadeGoedeNaam'],
        ),
        art(
          '1.3',
          2,
          [...ALL],
          'Geen beeld- of geluidsopnamen van personeel of studenten online zonder hun uitdrukkelijke toestemming; die kan aan het begin van het schooljaar schriftelijk worden gevraagd.',
          ['beeldZonderToestemming'],
        ),
        art('1.3', 3, [...ALL], 'Ieder is verantwoordelijk voor wat hij of zij publiceert.'),
        art(
          '1.3',
          4,
          [...ALL],
          'Wat online staat blijft zichtbaar, ook nadat het bericht is verwijderd.',
        ),
        art(
          '1.3',
          5,
          [...ALL],
          'Iedereen houdt zich aan de fatsoensnormen; bij pesten, kwetsen, stalken, bedreigen of ander beschadigen neemt de schoolleiding of het bevoegd gezag passende maatregelen.',
          ['fatsoensnormen', 'pesten', 'stalken', 'bedreigen'],
        ),
      ],
    },
    {
      id: '1.4',
      title: '1.4 Extra aandachtspunten voor medewerkers',
      audience: [...STAFF],
      articles: [
        art(
          '1.4',
          1,
          [...STAFF],
          'Medewerkers mogen over school publiceren zonder vertrouwelijke of persoonlijke informatie en zonder schade aan betrokkenen of de school.',
          ['vertrouwelijkeInformatie', 'schadeGoedeNaam'],
        ),
        art(
          '1.4',
          2,
          ['medewerkersPrive'],
          'Wie niet via een schoolaccount over de school publiceert, maakt duidelijk dat dit op persoonlijke titel is.',
          ['geenDisclaimer'],
        ),
        art(
          '1.4',
          3,
          [...STAFF],
          'Medewerkers voeren liever geen online discussies; ontspoort er een, dan overleggen zij direct met marketing en communicatie.',
          ['ontsporendeDiscussieNietGemeld'],
        ),
        art(
          '1.4',
          4,
          [...STAFF],
          'Bij de kleinste twijfel over een publicatie overleggen zij met de leidinggevende of marketing en communicatie.',
        ),
        art(
          '1.4',
          5,
          [...STAFF],
          'Medewerkers blijven zich van hun professionele rol bewust, ook bij privé-uitingen en online vriendschappen.',
          ['vriendschapMetLeerling', 'schadeGoedeNaam'],
        ),
      ],
    },
    {
      id: '1.5',
      title: '1.5 Maatregelen',
      audience: [...ALL],
      articles: [
        art(
          '1.5',
          1,
          [...ALL],
          'Naar aard en ernst volgen maatregelen: voor studenten volgens het deelnemersstatuut (nu studentenstatuut) en het protocol schorsing en verwijdering, voor personeel volgens de CAO BVE (nu CAO mbo).',
        ),
        art(
          '1.5',
          2,
          [...ALL],
          'Is een uitlating mogelijk strafbaar, dan doet de directeur van de locatie aangifte bij de politie.',
        ),
      ],
    },
    {
      id: '2.1',
      title: '2.1 Onvoorziene gevallen',
      audience: [...ALL],
      articles: [
        art(
          '2.1',
          1,
          [...ALL],
          'Waar het protocol niet voorziet, beslist de schoolleiding (studenten) of het bevoegd gezag (personeel).',
        ),
      ],
    },
    {
      id: '2.2',
      title: '2.2 Citeertitel',
      audience: [...ALL],
      articles: [art('2.2', 1, [...ALL], "Het protocol heet 'Protocol social media Aeres MBO'.")],
    },
    {
      id: '2.3',
      title: '2.3 Inwerkingtreding',
      audience: [...ALL],
      articles: [
        art(
          '2.3',
          1,
          [...ALL],
          'Het protocol geldt sinds de vaststelling door de algemeen directeur op 10 september 2013.',
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'wettelijk',
      basis: 'CAO mbo (voorheen CAO BVE), art. 2.10',
      noteNl:
        'Het protocol noemt geen maatregelen maar verwijst naar de CAO BVE, nu de CAO mbo. Die kent schriftelijke berisping, schorsing, overplaatsing en ontslag.',
      articleRefs: ['1.5.1'],
      steps: [
        step('schriftelijkeBerisping', 'schriftelijke berisping', 'cao', caoBasis('MBO')),
        step('schorsingDisciplinair', 'schorsing', 'cao', caoBasis('MBO')),
        step('overplaatsing', 'overplaatsing', 'cao', caoBasis('MBO')),
        step('ontslag', 'ontslag', 'cao', `${caoBasis('MBO')}; BW art. 7:669 lid 3`),
      ],
      supplementary: [
        step('gesprek', 'gesprek', 'cao', 'zorgvuldigheid'),
        step('waarschuwing', 'waarschuwing', 'cao', 'geen disciplinaire maatregel'),
        step(
          'berichtLatenVerwijderen',
          'opdracht bericht te verwijderen',
          'cao',
          'instructiebevoegdheid werkgever (BW art. 7:660)',
        ),
        step(
          'schorsingOrdemaatregel',
          'schorsing als ordemaatregel (met behoud van bezoldiging)',
          'cao',
          'CAO mbo',
        ),
        step('ontslagOpStaandeVoet', 'ontslag op staande voet', 'bw', 'BW art. 7:677-678'),
      ],
    },
    leerling: {
      kind: 'wettelijk',
      basis: 'WEB art. 8.1.7c-d en het studentenstatuut (voorheen deelnemersstatuut)',
      noteNl:
        'Het protocol noemt geen maatregelen maar verwijst naar het deelnemersstatuut en het protocol schorsing en verwijdering. Sinds 1 augustus 2023 staan schorsing (ten hoogste twee weken) en verwijdering in de WEB.',
      articleRefs: ['1.5.1'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'schoolregels', 'studentenstatuut'),
        step(
          'schorsing',
          'schorsing (ten hoogste twee weken)',
          'wet',
          studentBasis('MBO', 'schorsing'),
        ),
        step('verwijdering', 'verwijdering', 'wet', studentBasis('MBO', 'verwijdering')),
      ],
      supplementary: studentOrdemaatregelen('MBO'),
    },
    ouder: {
      kind: 'wettelijk',
      basis: 'huisrecht en zorgplicht veiligheid',
      noteNl:
        'Het protocol laat maatregelen bij overschrijding van fatsoensnormen aan de schoolleiding of het bevoegd gezag over, zonder ze te noemen. Jegens ouders zijn dat ordemaatregelen op grond van het huisrecht.',
      articleRefs: ['1.3.5'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'huisrecht', 'huisrecht'),
        ...parentHuisrechtMeasures().filter(
          (s) => s.measure !== 'gesprek' && s.measure !== 'berichtLatenVerwijderen',
        ),
      ],
      supplementary: parentHuisrechtMeasures().filter(
        (s) => s.measure === 'gesprek' || s.measure === 'berichtLatenVerwijderen',
      ),
    },
  },
  reporting: {
    vertrouwensinspecteur: { applies: false, judgedBy: null, phone: null, articleRef: null },
    aangifte: {
      mode: 'zal',
      by: 'de directeur van de betreffende locatie',
      meldingAllowed: false,
      articleRef: '1.5.2',
    },
    internalReporting: { applies: false, articleRef: null },
  },
  correspondence: { medewerker: null, leerling: null, ouder: null },
  notesNl: [
    "Het 'deelnemersstatuut' heet sinds 1 augustus 2023 'studentenstatuut'; de CAO BVE is nu de CAO mbo.",
    'Het protocol zegt niet in welk dossier de correspondentie komt.',
  ],
};
