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
 * A generic model protocol for schools without their own, for any sector. Its ladders follow
 * the law and the CAOs (domain.md §1–§3); the school should adopt it through its own procedure
 * (with the (G)MR) before relying on it.
 */
export const modelProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('model-generiek'),
  name: 'Modelprotocol sociale media (Sanctiedossier)',
  organisation: 'model voor scholen zonder eigen protocol',
  sector: null,
  sectorInferred: false,
  denomination: null,
  adoptedOn: null,
  adoptedByNl: null,
  basedOn: null,
  parentsMeanNl: 'ouder(s), verzorger(s) of voogd',
  isModel: true,
  sections: [
    {
      id: 'U',
      title: 'Uitgangspunten en reikwijdte',
      audience: [...ALL],
      articles: [
        art(
          'U',
          1,
          [...ALL],
          'Sociale media horen bij de school; het protocol helpt ze veilig te gebruiken.',
        ),
        art(
          'U',
          2,
          [...ALL],
          'Het geldt voor medewerkers, leerlingen en ouders, voor berichten die met school te maken hebben of waar school, werk en privé elkaar raken.',
        ),
        art(
          'U',
          3,
          [...ALL],
          'Iedereen houdt rekening met de goede naam van de school en van alle betrokkenen.',
          ['schadeGoedeNaam'],
        ),
        art(
          'U',
          4,
          [...ALL],
          'Wat online staat blijft openbaar, ook nadat het is verwijderd; ieder is verantwoordelijk voor wat hij of zij plaatst.',
        ),
      ],
    },
    {
      id: 'A',
      title: 'A. Voor alle gebruikers',
      audience: [...ALL],
      articles: [
        art(
          'A',
          1,
          ['medewerkersWerk', 'leerlingen'],
          'Geen sociale media of opnames tijdens de les zonder toestemming van de docent of schoolleiding.',
          ['socialeMediaInLes'],
        ),
        art(
          'A',
          2,
          [...ALL],
          'Geen vertrouwelijke informatie of persoonsgegevens van anderen delen.',
          ['vertrouwelijkeInformatie'],
        ),
        art(
          'A',
          3,
          [...ALL],
          'Geen foto-, film- of geluidsopnamen van schoolsituaties online zonder uitdrukkelijke toestemming van wie erop staat.',
          ['beeldZonderToestemming'],
        ),
        art(
          'A',
          4,
          [...ALL],
          'Iedereen houdt zich aan de fatsoensnormen: niet pesten, kwetsen, stalken, bedreigen of zwartmaken, ook niet met memes.',
          ['fatsoensnormen', 'pesten', 'stalken', 'bedreigen', 'zwartmaken'],
        ),
        art(
          'A',
          5,
          [...ALL],
          'Geen (mogelijk) strafbaar gedrag zoals hacken, sexting of radicalisering.',
          ['hacken', 'sexting', 'radicalisering'],
        ),
        art(
          'A',
          6,
          [...ALL],
          'Wie weet van grensoverschrijdende communicatie, meldt dit bij de schoolleiding.',
          ['nietMeldenGrensoverschrijdend'],
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
          'Telefoon of smartwatch in de les alleen met toestemming van de docent.',
          ['apparaatInLes'],
        ),
        art('B', 2, ['leerlingen'], 'Geen opnames van (online) lessen maken of delen.', [
          'opnameLesOpAfstand',
        ]),
      ],
    },
    {
      id: 'C',
      title: 'C. Voor medewerkers',
      audience: [...STAFF],
      articles: [
        art(
          'C',
          1,
          ['medewerkersPrive'],
          "Medewerkers worden met een privéaccount geen 'vrienden' van leerlingen.",
          ['vriendschapMetLeerling'],
        ),
        art(
          'C',
          2,
          [...STAFF],
          'Wie over de school publiceert, vermeldt medewerker te zijn en dat het een persoonlijke mening is.',
          ['nietVermeldenMedewerker', 'geenDisclaimer'],
        ),
        art(
          'C',
          3,
          ['medewerkersWerk'],
          'Een ontsporende online discussie of twijfel over een publicatie bespreekt de medewerker direct met de leidinggevende.',
          ['ontsporendeDiscussieNietGemeld'],
        ),
        art(
          'C',
          4,
          ['medewerkersWerk'],
          'Contact met leerlingen en ouders loopt via de kanalen van de school, niet via eigen groepen.',
          ['whatsappGroep'],
        ),
      ],
    },
    {
      id: 'S',
      title: 'Sancties en gevolgen',
      audience: [...STAFF, ...PUPILS_PARENTS],
      articles: [
        art(
          'S',
          1,
          [...STAFF],
          'Overtreding door een medewerker kan plichtsverzuim zijn; de stukken gaan in het personeelsdossier.',
        ),
        art(
          'S',
          2,
          [...STAFF],
          'Naar ernst: waarschuwing, schriftelijke berisping, schorsing, ontslag of ontslag op staande voet, volgens de CAO en het BW.',
        ),
        art(
          'S',
          3,
          [...PUPILS_PARENTS],
          'Overtreding door een leerling of ouder kan verwijtbaar gedrag zijn; de stukken gaan in het leerlingendossier.',
        ),
        art(
          'S',
          4,
          ['leerlingen'],
          'Naar ernst voor leerlingen: device in bewaring, bericht laten verwijderen, waarschuwing, sanctie volgens de schoolregels, schorsing of verwijdering, volgens de wet.',
        ),
        art(
          'S',
          5,
          ['ouders'],
          'Naar ernst voor ouders: gesprek, waarschuwing, afspraken over omgangsvormen, contactverbod of toegangsverbod.',
        ),
        art(
          'S',
          6,
          [...STAFF, ...PUPILS_PARENTS],
          'Grensoverschrijdende communicatie van een medewerker meldt het bevoegd gezag aan de vertrouwensinspecteur (0900-1113111); bij een mogelijk strafbaar feit kan de school aangifte doen.',
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.2'],
      steps: [
        step('waarschuwing', 'waarschuwing', 'protocol', 'geen disciplinaire maatregel'),
        step('schriftelijkeBerisping', 'schriftelijke berisping', 'protocol', caoBasis(null)),
        step('schorsingDisciplinair', 'schorsing', 'protocol', caoBasis(null)),
        step('ontslag', 'ontslag', 'protocol', 'BW art. 7:669 lid 3 (ontbinding)'),
        step('ontslagOpStaandeVoet', 'ontslag op staande voet', 'protocol', 'BW art. 7:677-678'),
      ],
      supplementary: staffSupplementary(null, false),
    },
    leerling: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.4'],
      steps: [
        step('apparaatInBewaring', 'device in bewaring', 'protocol', 'schoolregels'),
        step('berichtLatenVerwijderen', 'bericht laten verwijderen', 'protocol', 'schoolregels'),
        step('waarschuwing', 'waarschuwing', 'protocol', 'schoolregels'),
        step('sanctieSchoolregels', 'sanctie volgens de schoolregels', 'protocol', 'schoolregels'),
        step('schorsing', 'schorsing', 'protocol', studentBasis(null, 'schorsing')),
        step('verwijdering', 'verwijdering', 'protocol', studentBasis(null, 'verwijdering')),
      ],
      supplementary: studentOrdemaatregelen(null).filter((s) => s.measure === 'gesprek'),
    },
    ouder: {
      kind: 'protocol',
      range: false,
      articleRefs: ['S.5'],
      steps: [
        step('gesprek', 'gesprek', 'protocol', 'huisrecht'),
        step('waarschuwing', 'waarschuwing', 'protocol', 'huisrecht'),
        ...parentHuisrechtMeasures()
          .filter((s) =>
            ['afsprakenOmgangsvormen', 'contactverbod', 'toegangsverbod'].includes(s.measure),
          )
          .map((s) => ({ ...s, source: 'protocol' as const })),
      ],
      supplementary: parentHuisrechtMeasures().filter(
        (s) => s.measure === 'berichtLatenVerwijderen',
      ),
    },
  },
  reporting: {
    vertrouwensinspecteur: {
      applies: true,
      judgedBy: 'bevoegd gezag',
      phone: '0900-1113111',
      articleRef: 'S.6',
    },
    aangifte: { mode: 'kan', by: 'het bevoegd gezag', meldingAllowed: true, articleRef: 'S.6' },
    internalReporting: { applies: true, articleRef: 'A.6' },
  },
  correspondence: {
    medewerker: { dossier: 'personeelsdossier', articleRef: 'S.1' },
    leerling: { dossier: 'leerlingendossier', articleRef: 'S.3' },
    ouder: { dossier: 'leerlingendossier', articleRef: 'S.3' },
  },
  notesNl: [
    'Dit is een model. Laat het vaststellen volgens de eigen procedure (met instemming van de (G)MR) voordat u erop steunt.',
    'Bewaar in het dossier alleen stukken die voor de zaak nodig zijn (AVG).',
  ],
};
