import type { SearchType } from '../../generated/graphql.js';

/** A search result before its node is loaded. */
export interface SearchHitModel {
  id: string;
  type: SearchType;
  text: string;
  score: number;
  highlight: string;
}

/** A node of a subgraph as the Cypher returns it. */
export interface RawGraphNode {
  id: string;
  name?: string | null;
  title?: string | null;
  text?: string | null;
  labels: string[];
}

export interface RawGraphEdge {
  type: string;
  source: string;
  target: string;
}
