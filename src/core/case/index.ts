/**
 * The case domain: the full case record, its step data and defaults, step validation with
 * Dutch messages, prior history, status transitions, and the mapping onto the engine's
 * recommendation, procedure, duties and hard constraints. Pure; today's date is passed in.
 */
export * from './types';
export * from './defaults';
export * from './dates';
export * from './context';
export * from './history';
export * from './status';
export * from './assessment';
export * from './procedure';
export * from './validation';
export * from './patch';
