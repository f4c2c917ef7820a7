/**
 * Offence categories a protocol article can cover. A case records the categories it breached,
 * which links it to the articles to cite.
 */
import type { LocalizedText } from '../engine/measures';

export const OFFENCE_CATEGORIES = [
  'socialeMediaInLes',
  'apparaatInLes',
  'vertrouwelijkeInformatie',
  'beeldZonderToestemming',
  'vriendschapMetLeerling',
  'fatsoensnormen',
  'pesten',
  'bedreigen',
  'stalken',
  'zwartmaken',
  'hacken',
  'radicalisering',
  'sexting',
  'schadeGoedeNaam',
  'strijdigMetMissie',
  'nietVermeldenMedewerker',
  'geenDisclaimer',
  'ontsporendeDiscussieNietGemeld',
  'opnameLesOpAfstand',
  'whatsappGroep',
  'nietMeldenGrensoverschrijdend',
  'instructieNietOpgevolgd',
  'priveApparaatContent',
  'oneigenlijkNetwerkgebruik',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const OFFENCE_LABELS: Readonly<Record<OffenceCategory, LocalizedText>> = {
  socialeMediaInLes: {
    nl: 'actief op sociale media tijdens de les zonder toestemming',
    en: 'using social media in class without permission',
  },
  apparaatInLes: {
    nl: 'smartphone of smartwatch in de les zonder toestemming',
    en: 'smartphone or smartwatch in class without permission',
  },
  vertrouwelijkeInformatie: {
    nl: 'vertrouwelijke informatie of persoonsgegevens gedeeld',
    en: 'shared confidential information or personal data',
  },
  beeldZonderToestemming: {
    nl: 'foto-, film- of geluidsopnamen geplaatst zonder toestemming',
    en: 'posted photos, video or audio without consent',
  },
  vriendschapMetLeerling: {
    nl: "met een privéaccount 'vrienden' geworden met leerlingen (of ouders)",
    en: 'befriended pupils (or parents) from a private account',
  },
  fatsoensnormen: {
    nl: 'fatsoensnormen overschreden (kwetsen of anderszins beschadigen)',
    en: 'breached standards of decency (hurting or otherwise harming)',
  },
  pesten: { nl: 'pesten', en: 'bullying' },
  bedreigen: { nl: 'bedreigen', en: 'threatening' },
  stalken: { nl: 'stalken', en: 'stalking' },
  zwartmaken: {
    nl: 'zwartmaken, ook met memes over een persoon',
    en: 'defaming, including memes about a person',
  },
  hacken: { nl: 'hacken van een account', en: 'hacking an account' },
  radicalisering: { nl: 'radicalisering', en: 'radicalisation' },
  sexting: { nl: 'sexting', en: 'sexting' },
  schadeGoedeNaam: {
    nl: 'de goede naam van de school geschaad',
    en: "harmed the school's good name",
  },
  strijdigMetMissie: {
    nl: 'standpunten uitgedragen in strijd met missie en visie',
    en: 'expressed views contrary to the mission and vision',
  },
  nietVermeldenMedewerker: {
    nl: 'niet vermeld dat men medewerker van de school is',
    en: 'did not state being an employee of the school',
  },
  geenDisclaimer: {
    nl: 'niet vermeld dat het een persoonlijke mening is',
    en: 'did not state that it is a personal opinion',
  },
  ontsporendeDiscussieNietGemeld: {
    nl: 'ontsporende online discussie niet met de leidinggevende besproken',
    en: 'did not consult the manager about a derailing online discussion',
  },
  opnameLesOpAfstand: {
    nl: 'opname van een les op afstand gemaakt of gedeeld',
    en: 'recorded or shared a remote lesson',
  },
  whatsappGroep: {
    nl: 'WhatsApp-groep gebruikt voor contact tussen school en leerlingen of ouders',
    en: 'used a WhatsApp group for school contact with pupils or parents',
  },
  nietMeldenGrensoverschrijdend: {
    nl: 'grensoverschrijdende communicatie niet gemeld',
    en: 'did not report inappropriate communication',
  },
  instructieNietOpgevolgd: {
    nl: 'instructies of reglementen van de werkgever niet opgevolgd',
    en: "did not follow the employer's instructions or regulations",
  },
  priveApparaatContent: {
    nl: 'schoolcontent op een privéapparaat niet verwijderd',
    en: 'did not delete school content from a private device',
  },
  oneigenlijkNetwerkgebruik: {
    nl: 'schoolnetwerk gebruikt voor niet-schoolse doeleinden',
    en: 'used the school network for non-school purposes',
  },
};
