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

/** Seed 004: Protocol Social Media CSG Liudger (Drachten, VO; vastgesteld 11-11-2020). */
export const liudgerProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('seed-004-csg-liudger'),
  name: 'Protocol Social Media CSG Liudger',
  organisation: 'CSG Liudger (Drachten)',
  sector: 'VO',
  sectorInferred: false,
  denomination: null,
  adoptedOn: '2020-11-11',
  adoptedByNl: 'bestuur, na instemming van de (G)MR op 4 november 2020 (versie 4-9-2020)',
  basedOn: null,
  parentsMeanNl: 'ouders/verzorgers',
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
          'Iedereen communiceert online vanuit missie, visie en kernwaarden en met gewone fatsoensnormen.',
        ),
        art(
          'U',
          4,
          [...ALL],
          'Gebruikers houden rekening met de goede naam van school en betrokkenen; medewerkers hebben daarin een voorbeeldfunctie.',
          ['schadeGoedeNaam'],
        ),
        art(
          'U',
          5,
          [...ALL],
          'Het protocol beschermt alle betrokkenen tegen negatieve gevolgen van sociale media.',
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
          'Geldt voor medewerkers, leerlingen, ouders/verzorgers en anderen die aan de school verbonden zijn.',
        ),
        art(
          'R',
          2,
          [...ALL],
          'Geldt voor berichten die direct of indirect met school te maken hebben of waar school, werk en privé elkaar raken.',
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
          'Geen sociale media en geen beeld- of geluidsopnamen in de les, tenzij schoolleiding of docent vooraf toestemming geeft.',
          ['socialeMediaInLes', 'beeldZonderToestemming'],
        ),
        art(
          'A',
          2,
          [...ALL],
          'Informatie over school delen mag, maar zonder persoonsgegevens (AVG art. 4) en zonder iemand te schaden.',
          ['vertrouwelijkeInformatie', 'fatsoensnormen'],
        ),
        art('A', 3, [...ALL], 'Ieder is zelf verantwoordelijk voor wat hij publiceert.'),
        art(
          'A',
          4,
          [...ALL],
          'Teksten en beelden online blijven openbaar, ook nadat het bericht is verwijderd.',
        ),
        art(
          'A',
          5,
          [...ALL],
          'Voor beelden op de officiële kanalen vraagt de school aantoonbaar schriftelijke toestemming van medewerkers, ouders of leerlingen vanaf 16 jaar.',
          ['beeldZonderToestemming'],
        ),
        art(
          'A',
          6,
          ['medewerkersPrive'],
          "Medewerkers worden vanuit hun functie met een privéaccount geen 'vrienden' van leerlingen of ouders.",
          ['vriendschapMetLeerling'],
        ),
        art(
          'A',
          7,
          ['leerlingen', 'ouders'],
          'Ouders en leerlingen maken geen opnames van lessen op afstand en delen die niet.',
          ['opnameLesOpAfstand'],
        ),
        art(
          'A',
          8,
          [...ALL],
          'Iedereen houdt zich aan de fatsoensnormen; bij (mogelijk) strafbaar gedrag zoals hacken, radicalisering, sexting, pesten, stalken, bedreigen of memes verspreiden neemt de school passende maatregelen.',
          [
            'fatsoensnormen',
            'hacken',
            'radicalisering',
            'sexting',
            'pesten',
            'stalken',
            'bedreigen',
            'zwartmaken',
          ],
        ),
        art(
          'A',
          9,
          [...ALL],
          'Wie weet van ontoelaatbare of grensoverschrijdende communicatie, meldt dit bij de schoolleiding of het College van Bestuur.',
          ['nietMeldenGrensoverschrijdend'],
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
          'De school gebruikt geen WhatsApp-groepen voor contact met leerlingen of ouders omdat persoonsgegevens daar niet veilig zijn; wie zelf zo’n groep maakt, draagt de gevolgen, zoals een datalek.',
          ['whatsappGroep', 'vertrouwelijkeInformatie'],
        ),
        art(
          'B',
          2,
          ['medewerkersWerk'],
          'Een medewerker die meepraat over de school, vermeldt daar te werken en in welke functie.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'B',
          3,
          ['medewerkersWerk'],
          'Dreigt een online gesprek te ontsporen, dan meldt de medewerker dit direct aan de leidinggevende, die locatiedirecteur en College van Bestuur inlicht.',
          ['ontsporendeDiscussieNietGemeld'],
        ),
        art(
          'B',
          4,
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
          'Over school of werk publiceren mag, zonder persoonsgegevens van betrokkenen en zonder de naam van de school te schaden.',
          ['vertrouwelijkeInformatie', 'schadeGoedeNaam'],
        ),
        art(
          'C',
          2,
          ['medewerkersPrive'],
          'Geen standpunten uitdragen die ingaan tegen missie en visie van de school of dit protocol.',
          ['strijdigMetMissie'],
        ),
        art(
          'C',
          3,
          ['medewerkersPrive'],
          'Wie meepraat over de school, vermeldt medewerker te zijn.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'C',
          4,
          ['medewerkersPrive'],
          'Een bericht over de school vermeldt dat het op persoonlijke titel is geschreven, los van missie en visie.',
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
          'Medewerkers volgen de instructies en reglementen van de werkgever, waaronder dit protocol (CAO VO art. 18.2 lid 2).',
          ['instructieNietOpgevolgd'],
        ),
        art(
          'S',
          2,
          [...STAFF],
          'Een medewerker die het protocol overtreedt, maakt zich mogelijk schuldig aan plichtsverzuim; alle correspondentie gaat in het personeelsdossier.',
        ),
        art(
          'S',
          3,
          [...STAFF],
          "Vindt het College van Bestuur de communicatie van een medewerker 'grensoverschrijdend', dan meldt het dit telefonisch aan de Landelijke Vertrouwensinspecteur (0900-1113111).",
        ),
        art(
          'S',
          4,
          [...STAFF],
          'Naar ernst van uitingen, gedrag en gevolgen kunnen rechtspositionele maatregelen volgen: waarschuwing, schorsing, berisping, ontslag en ontslag op staande voet.',
        ),
        art(
          'S',
          5,
          [...PUPILS_PARENTS],
          'Leerlingen of ouders/verzorgers die het protocol overtreden, gedragen zich mogelijk verwijtbaar; alle correspondentie gaat in het leerlingendossier.',
        ),
        art(
          'S',
          6,
          [...PUPILS_PARENTS],
          'Naar ernst kunnen voor leerlingen of ouders/verzorgers maatregelen volgen, onder meer: devices in bewaring nemen, berichten of beelden (laten) verwijderen, waarschuwing, schorsing en verwijdering van school.',
        ),
        art(
          'S',
          7,
          [...STAFF, ...PUPILS_PARENTS],
          'Zijn uitingen of gedragingen mogelijk strafbaar, dan kan de school melding of aangifte doen bij de politie.',
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.4'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; geen disciplinaire maatregel'),
        step('schorsingDisciplinair', 'schorsing', 'protocol', caoBasis('VO')),
        step('schriftelijkeBerisping', 'berisping', 'protocol', caoBasis('VO')),
        step('ontslag', 'ontslag', 'protocol', 'BW art. 7:669 lid 3 (ontbinding)'),
        step('ontslagOpStaandeVoet', 'ontslag op staande voet', 'protocol', 'BW art. 7:677-678'),
      ],
      supplementary: staffSupplementary('VO', false),
    },
    leerling: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.6'],
      steps: [
        step(
          'apparaatInBewaring',
          'in bewaring nemen van devices',
          'protocol',
          'protocol; leerlingenstatuut (WVO 2020 art. 2.98)',
        ),
        step(
          'berichtLatenVerwijderen',
          '(laten) verwijderen van berichten en/of beelden',
          'protocol',
          'protocol; leerlingenstatuut (WVO 2020 art. 2.98)',
        ),
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; leerlingenstatuut'),
        step('schorsing', 'schorsing', 'protocol', studentBasis('VO', 'schorsing')),
        step(
          'verwijdering',
          'verwijdering van school',
          'protocol',
          studentBasis('VO', 'verwijdering'),
        ),
      ],
      supplementary: studentOrdemaatregelen('VO').filter(
        (s) => s.measure === 'gesprek' || s.measure === 'sanctieSchoolregels',
      ),
    },
    ouder: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.6'],
      steps: [
        step(
          'berichtLatenVerwijderen',
          '(laten) verwijderen van berichten en/of beelden',
          'protocol',
          'protocol; huisrecht',
        ),
        step('waarschuwing', 'waarschuwing', 'protocol', 'protocol; huisrecht'),
        step(
          'verwijdering',
          'verwijdering van school (van het kind, uiterste middel)',
          'protocol',
          `${studentBasis('VO', 'verwijdering')}; ECLI:NL:RBAMS:2017:5047`,
        ),
      ],
      supplementary: parentHuisrechtMeasures().filter(
        (s) => s.measure !== 'berichtLatenVerwijderen',
      ),
    },
  },
  reporting: {
    vertrouwensinspecteur: {
      applies: true,
      judgedBy: 'College van Bestuur',
      phone: '0900-1113111',
      articleRef: 'S.3',
    },
    aangifte: { mode: 'kan', by: 'CSG Liudger', meldingAllowed: true, articleRef: 'S.7' },
    internalReporting: { applies: true, articleRef: 'A.9' },
  },
  correspondence: {
    medewerker: { dossier: 'personeelsdossier', articleRef: 'S.2' },
    leerling: { dossier: 'leerlingendossier', articleRef: 'S.5' },
    ouder: { dossier: 'leerlingendossier', articleRef: 'S.5' },
  },
  notesNl: [
    'Het protocol verwijst naar CAO VO art. 18.2 lid 2 (nummering 2020); controleer de huidige nummering.',
    'Schorsing en het in bewaring nemen van devices in de ladder voor leerlingen en ouders gelden alleen voor leerlingen.',
  ],
};
