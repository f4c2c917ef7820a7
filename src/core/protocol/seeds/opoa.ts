import { asId } from '../../ids';
import type { Protocol } from '../schema';
import { art, caoBasis, staffSupplementary, step } from './build';

const STAFF = ['medewerkersWerk', 'medewerkersPrive'] as const;
const WORK = ['medewerkersWerk'] as const;

/**
 * Seed 001: Protocol sociale media, Stichting OPOA (openbaar PO, Almelo). Applies to staff
 * only: it names no measures for pupils or parents, no vertrouwensinspecteur and no aangifte.
 */
export const opoaProtocol: Protocol = {
  format: 'sanctiedossier-protocol',
  schemaVersion: 1,
  id: asId('seed-001-opoa'),
  name: 'Protocol sociale media Stichting OPOA',
  organisation: 'Stichting Openbaar Primair Onderwijs Almelo (OPOA)',
  sector: 'PO',
  sectorInferred: false,
  denomination: 'openbaar',
  adoptedOn: '2017-03-21',
  adoptedByNl: 'College van Bestuur (21-3-2017); instemming GMR 27-6-2017',
  basedOn: null,
  parentsMeanNl: null,
  isModel: false,
  sections: [
    {
      id: 'I',
      title: 'Inleiding en reikwijdte',
      audience: [...STAFF],
      articles: [
        art(
          'I',
          1,
          [...STAFF],
          'De afspraken gelden voor alle medewerkers, voor telefoon- en mediagebruik op school, in de klas en ook daarbuiten. Sociale media zijn online middelen om informatie te zoeken, te delen en te presenteren.',
        ),
      ],
    },
    {
      id: 'P',
      title: 'Profilering',
      audience: [...WORK],
      articles: [
        art(
          'P',
          1,
          [...WORK],
          'Stichting en scholen gebruiken sociale media om positief nieuws te brengen.',
        ),
        art('P', 2, [...WORK], 'Stichting en scholen volgen actief wat er over hen wordt gezegd.'),
        art(
          'P',
          3,
          [...WORK],
          'Op ervaringen wordt persoonlijk gereageerd, niet online, behalve om onjuistheden recht te zetten.',
        ),
        art(
          'P',
          4,
          [...WORK],
          'Voor publicatie van beeld- en geluidsopnamen van schoolsituaties vragen de scholen toestemming aan ouders.',
          ['beeldZonderToestemming'],
        ),
      ],
    },
    {
      id: 'CU',
      title: 'Curriculum',
      audience: [...WORK],
      articles: [
        art(
          'CU',
          1,
          [...WORK],
          'Leerkrachten zijn mediawijs genoeg om leerlingen sociale-mediavaardigheden te leren; scholing is mogelijk.',
        ),
        art('CU', 2, [...WORK], 'Scholen verwerken sociale media waar mogelijk in de lessen.'),
        art(
          'CU',
          3,
          [...WORK],
          'Leerlingen maken zelf kennis met de mogelijkheden van sociale media.',
        ),
        art(
          'CU',
          4,
          [...WORK],
          "Devices mogen in de les voor het leren, tenzij de leerkracht vraagt ze te 'parkeren'.",
          ['apparaatInLes'],
        ),
      ],
    },
    {
      id: 'CO',
      title: 'Communicatie',
      audience: [...STAFF],
      articles: [
        art(
          'CO',
          1,
          [...WORK],
          'Sociale media dienen de dialoog met ouders, buurt en andere betrokkenen.',
        ),
        art(
          'CO',
          2,
          [...STAFF],
          'Publiceren over school mag met respect voor privacy: niets over anderen zonder hun toestemming of als het hen kan schaden.',
          ['vertrouwelijkeInformatie', 'beeldZonderToestemming', 'fatsoensnormen'],
        ),
        art(
          'CO',
          3,
          [...WORK],
          'Leerkrachten informeren leerlingen via een klassenaccount, niet via een eigen account.',
        ),
        art(
          'CO',
          4,
          ['medewerkersPrive'],
          'Over niet-schoolse onderwerpen beslist de medewerker zelf, als ambassadeur van de school en volgens de richtlijnen in bijlage 1.',
          ['schadeGoedeNaam', 'fatsoensnormen'],
        ),
        art(
          'CO',
          5,
          [...STAFF],
          'Vrijheid van meningsuiting geldt; wie vanuit zijn beroep communiceert, maakt duidelijk dat dit als leerkracht namens de school is.',
          ['nietVermeldenMedewerker'],
        ),
        art(
          'CO',
          6,
          [...WORK],
          'Internet en het schoolnetwerk alleen gebruiken voor aanvaardbare schooldoeleinden.',
          ['oneigenlijkNetwerkgebruik'],
        ),
        art(
          'CO',
          7,
          [...WORK],
          'Content bij voorkeur met schoolapparatuur maken; op een privéapparaat na verwerking direct verwijderen.',
          ['priveApparaatContent'],
        ),
      ],
    },
    {
      id: 'G',
      title: 'Gevolgen bij niet naleven',
      audience: [...STAFF],
      articles: [
        art(
          'G',
          1,
          [...STAFF],
          'Overtreding is mogelijk plichtsverzuim; alle correspondentie gaat in het personeelsdossier.',
        ),
        art(
          'G',
          2,
          [...STAFF],
          'Naar ernst van uitlatingen, gedrag en gevolgen volgen rechtspositionele maatregelen: waarschuwing, schorsing, berisping, ontslag en ontslag op staande voet.',
        ),
      ],
    },
    {
      id: 'O',
      title: 'Overige bepalingen',
      audience: [...STAFF],
      articles: [
        art(
          'O',
          1,
          [...STAFF],
          'Het protocol hoort bij het privacyreglement en staat op de websites.',
        ),
        art(
          'O',
          2,
          [...STAFF],
          'Het bevoegd gezag evalueert het protocol samen met het privacyreglement elke twee jaar.',
        ),
        art(
          'O',
          3,
          [...STAFF],
          'Het protocol heeft geen einddatum; bijstelling volgt bij de evaluatie of zo nodig eerder.',
        ),
      ],
    },
    {
      id: 'B1',
      title: 'Bijlage 1: richtlijnen voor het gebruik van sociale media',
      audience: [...STAFF],
      articles: [
        art(
          'B1',
          1,
          [...STAFF],
          "Do's en don'ts: schrijf je eigen mening in de ik-vorm, zorg dat feiten kloppen, geen leugens, spam, beledigingen of interne informatie, en respecteer collega's.",
          ['fatsoensnormen', 'vertrouwelijkeInformatie', 'schadeGoedeNaam', 'geenDisclaimer'],
        ),
      ],
    },
  ],
  ladders: {
    medewerker: {
      kind: 'protocol',
      range: false,
      articleRefs: ['G.2'],
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
      kind: 'geen',
      reasonNl:
        'Het protocol van Stichting OPOA geldt alleen voor medewerkers en noemt geen maatregelen voor leerlingen. Gebruik voor een leerling de schoolgids en de wettelijke regeling (WPO art. 40c en 40), niet dit protocol.',
      reasonEn:
        "Stichting OPOA's protocol applies to staff only and names no measures for pupils. For a pupil, use the school guide and the statutory rules (WPO art. 40c and 40), not this protocol.",
    },
    ouder: {
      kind: 'geen',
      reasonNl:
        'Het protocol van Stichting OPOA geldt alleen voor medewerkers en noemt geen maatregelen voor ouders. Maatregelen jegens ouders vallen onder het huisrecht, buiten dit protocol.',
      reasonEn:
        "Stichting OPOA's protocol applies to staff only and names no measures for parents. Measures towards parents fall under the right of admission, outside this protocol.",
    },
  },
  reporting: {
    vertrouwensinspecteur: { applies: false, judgedBy: null, phone: null, articleRef: null },
    aangifte: { mode: 'geen', by: null, meldingAllowed: false, articleRef: null },
    internalReporting: { applies: false, articleRef: null },
  },
  correspondence: {
    medewerker: { dossier: 'personeelsdossier', articleRef: 'G.1' },
    leerling: null,
    ouder: null,
  },
  notesNl: [
    'Het protocol noemt geen vertrouwensinspecteur en geen aangifte; de wettelijke meldplicht bij zedenmisdrijven (WPO art. 4a) geldt wel.',
  ],
};
