import type { EntityRow } from '../entity/entity.model.js';

export type OrganizationModel = EntityRow;
export type GroupModel = EntityRow;
export type PlaceModel = EntityRow;
