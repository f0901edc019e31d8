// One-dimensional clustering by sort and sweep, and a union-find for grouping by touch.

/**
 * A sort comparison of two numbers: the sign of their difference. NOTE: not the difference
 * itself: the sort builtin boxes a fractional result in a heap number, one per comparison, and
 * pages sort thousands of words and ruling lines.
 */
export function ascending(a: number, b: number): number {
  return Math.sign(a - b);
}

/** Values grouped where each is within `tolerance` of the previous one; groups ascending. */
export function clusterValues(values: readonly number[], tolerance: number): number[][] {
  const sorted = [...values].sort(ascending);
  const groups: number[][] = [];
  for (const value of sorted) {
    const group = groups[groups.length - 1];
    if (group && value - group[group.length - 1]! <= tolerance) group.push(value);
    else groups.push([value]);
  }
  return groups;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Index of the interval [edges[i], edges[i+1]) holding `value`, or -1 outside all of them. */
export function intervalIndex(edges: readonly number[], value: number): number {
  if (value < edges[0]! || value > edges[edges.length - 1]!) return -1;
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (edges[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

export class UnionFind {
  private readonly parent: number[] = [];

  constructor(size: number) {
    // A plain loop: Array.from with a mapping function costs several times more, and every grid builds one.
    for (let i = 0; i < size; i++) this.parent.push(i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    // The smaller index stays root, so a merged cell's root is its top-left cell.
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
