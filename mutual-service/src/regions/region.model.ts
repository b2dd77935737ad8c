/** A region as this subgraph knows it: only its code (the foundation owns the rest). */
export interface RegionModel {
  code: string;
}
