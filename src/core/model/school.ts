import type { Denomination, Sector } from '../glossary';
import type { ProtocolId, SchoolId } from '../ids';
import type { PostalAddress } from './address';

/** A person allowed to sign on behalf of the bevoegd gezag, with the mandate recorded (domain.md §6.1). */
export type Signer = {
  name: string;
  /** e.g. "rector", "directeur-bestuurder". */
  functionTitle: string;
  /** The mandate or delegation the signer acts under, e.g. "namens het College van Bestuur". */
  mandate: string;
};

/** A closed period (holiday) in ISO dates, both inclusive. */
export type SchoolHoliday = { label: string; start: string; end: string };

/** Window-envelope address-box position in millimetres from the page's top-left corner. */
export type EnvelopeWindow = { xMm: number; yMm: number; widthMm: number; heightMm: number };

/** One school of a bestuur, as the letters and the engine need it. */
export type School = {
  id: SchoolId;
  name: string;
  /** Name of the bevoegd gezag (bestuur), e.g. "Stichting OPOA". */
  boardName: string;
  /** Four-character BRIN code, used in the kenmerk. */
  brin: string;
  sector: Sector;
  denomination: Denomination;
  address: PostalAddress;
  phone: string;
  email: string;
  website: string;
  /** PNG or JPEG logo for the letterhead. */
  logo: { bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg' } | null;
  protocolId: ProtocolId;
  signers: Signer[];
  holidays: SchoolHoliday[];
  envelopeWindow: EnvelopeWindow;
};
