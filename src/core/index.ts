/**
 * Public API of the Sanctiedossier core: protocols, the severity engine, procedure and duties,
 * deadlines and hard constraints. Pure functions; dates are passed in. See README.md.
 */
export * from './glossary';
export * from './ids';
export type * from './model/address';
export type * from './model/person';
export type * from './model/school';

export * from './rules/legalRule';
export * from './rules/catalogue';

export * from './calendar/calendar';

export * from './protocol/schema';
export * from './protocol/offences';
export * from './protocol/citations';
export * from './protocol/json';
export * from './protocol/registry';
export {
  aeresProtocol,
  askoProtocol,
  BUILT_IN_PROTOCOLS,
  hogelandProtocol,
  liudgerProtocol,
  modelProtocol,
  opoaProtocol,
} from './protocol/seeds';

export * from './engine/measures';
export * from './engine/severity';
export * from './engine/factors';
export * from './engine/matrix';
export * from './engine/recommend';
export * from './engine/appeal';
export * from './engine/procedure';
export * from './engine/constraints';
