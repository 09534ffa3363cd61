import type { EntityRow } from '../entity/entity.model.js';

export type PersonModel = EntityRow;

/** A HELD relationship: who, which office, from when to when. */
export interface TenureModel {
  personId: string;
  officeId: string;
  start: string | null;
  end: string | null;
  source: string | null;
  id: string;
  version: number;
  origin: 'MACHINE' | 'REFERENCE' | 'CURATED';
}
