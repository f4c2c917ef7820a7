import 'i18next';
import type { nlResources } from './resources';

declare module 'i18next' {
  // Keys are typed from the Dutch source files.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nlResources;
  }
}
