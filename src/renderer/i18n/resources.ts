/**
 * Translation resources, one namespace per feature. Dutch is the source language: its JSON
 * files define the keys, and English must have the same shape (checked by the type below
 * and by a unit test).
 */
import enCommon from './en/common.json';
import nlCommon from './nl/common.json';

export const nlResources = {
  common: nlCommon,
};

/** English mirrors the Dutch keys exactly. */
export const enResources: {
  [K in keyof typeof nlResources]: DeepStringShape<(typeof nlResources)[K]>;
} = {
  common: enCommon,
};

type DeepStringShape<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringShape<T[K]> };

export const NAMESPACES = Object.keys(nlResources) as (keyof typeof nlResources)[];
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
