import type { Protocol } from '../schema';
import { aeresProtocol } from './aeres';
import { askoProtocol } from './asko';
import { hogelandProtocol } from './hogeland';
import { liudgerProtocol } from './liudger';
import { modelProtocol } from './model';
import { opoaProtocol } from './opoa';

/** The five seed protocols in seed order (000–004), then the generic model. */
export const BUILT_IN_PROTOCOLS: readonly Protocol[] = [
  hogelandProtocol,
  opoaProtocol,
  aeresProtocol,
  askoProtocol,
  liudgerProtocol,
  modelProtocol,
];

export {
  aeresProtocol,
  askoProtocol,
  hogelandProtocol,
  liudgerProtocol,
  modelProtocol,
  opoaProtocol,
};
