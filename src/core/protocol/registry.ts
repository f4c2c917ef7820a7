/** The built-in protocols and lookup by id. */
import type { Sector } from '../glossary';
import type { ProtocolId } from '../ids';
import type { Protocol } from './schema';
import { BUILT_IN_PROTOCOLS } from './seeds';

/** What a protocol picker shows. */
export type ProtocolSummary = {
  id: ProtocolId;
  name: string;
  organisation: string;
  sector: Sector | null;
  isModel: boolean;
};

/** The five seed protocols (000–004) and the generic model, as picker entries. */
export function listBuiltInProtocols(): ProtocolSummary[] {
  return BUILT_IN_PROTOCOLS.map((p) => ({
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    sector: p.sector,
    isModel: p.isModel,
  }));
}

/**
 * A protocol by id: the built-ins first, then the school's imported protocols passed in.
 * Returns undefined if none matches.
 */
export function getProtocol(id: string, imported: readonly Protocol[] = []): Protocol | undefined {
  return BUILT_IN_PROTOCOLS.find((p) => p.id === id) ?? imported.find((p) => p.id === id);
}

/** True if the id belongs to a built-in protocol (an import must not replace one). */
export function isBuiltInProtocolId(id: string): boolean {
  return BUILT_IN_PROTOCOLS.some((p) => p.id === id);
}
