import type { EditModel } from '../../curation/audit.js';

/** What a curation of an entity gives back: the entity's id (its row is read fresh) and the edit. */
export interface EntityPayloadModel {
  id: string;
  edit: EditModel;
}

export interface SplitPayloadModel {
  fromId: string;
  intoId: string;
  edit: EditModel;
}

export interface StatementPayloadModel {
  id: string;
  edit: EditModel;
}

export interface TenurePayloadModel {
  id: string;
  edit: EditModel;
}

export interface ArticlePayloadModel {
  id: string;
  affected: number;
  edit: EditModel;
}
