import type { EntityRow } from '../entity/entity.model.js';

export type OfficeModel = EntityRow;
