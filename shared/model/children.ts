/**
 * The children of each parent (a phase's activities, a matrix's phases or party columns, a vocabulary's roles), kept
 * as sets and sorted by order key only when someone asks after a change: adding, moving or removing a child costs
 * O(1), and the sort is paid once per changed parent, not per change.
 */
export class Children {
  private readonly sets = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, readonly string[]>();

  /** `positionOf` gives a child's order key; ties (damaged files) fall back to the child's key so order is stable. */
  constructor(private readonly positionOf: (parent: string, child: string) => string) {}

  add(parent: string, child: string): void {
    let set = this.sets.get(parent);
    if (!set) this.sets.set(parent, (set = new Set()));
    set.add(child);
    this.sorted.delete(parent);
  }

  remove(parent: string, child: string): void {
    const set = this.sets.get(parent);
    if (!set?.delete(child)) return;
    if (set.size === 0) this.sets.delete(parent);
    this.sorted.delete(parent);
  }

  /** A child's order key changed without it changing parents. */
  reordered(parent: string): void {
    this.sorted.delete(parent);
  }

  count(parent: string): number {
    return this.sets.get(parent)?.size ?? 0;
  }

  /** The children of `parent` in order; the same array until they change. */
  of(parent: string): readonly string[] {
    const cached = this.sorted.get(parent);
    if (cached) return cached;
    const keyed = [...(this.sets.get(parent) ?? [])].map((child) => [this.positionOf(parent, child), child] as const);
    keyed.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
    const children = keyed.map(([, child]) => child);
    this.sorted.set(parent, children);
    return children;
  }

  clear(): void {
    this.sets.clear();
    this.sorted.clear();
  }
}
