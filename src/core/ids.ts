/**
 * Branded identifiers. A `CaseId` cannot be passed where a `PersonId` is expected,
 * although both are plain strings at run time.
 */
declare const brand: unique symbol;

/** A string tagged with a compile-time brand. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SchoolId = Brand<string, 'SchoolId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type CaseId = Brand<string, 'CaseId'>;
export type EvidenceId = Brand<string, 'EvidenceId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type ProtocolId = Brand<string, 'ProtocolId'>;
export type DutyId = Brand<string, 'DutyId'>;

/** Tags a raw string as an id of the given kind; use only where ids are created or parsed. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the brand: asId<CaseId>(raw)
export const asId = <T extends Brand<string, string>>(raw: string): T => raw as T;
