// A bounded memo for the scorers' per-text caches (parses, quick reads, verdicts). It keeps two
// generations of at most `size / 2` entries each: a lookup tries the newer, then the older; when the
// newer is full the older is dropped whole. This replaces "delete the Map's first key" eviction,
// which costs ~6 µs a miss once the Map has churned (V8 keeps deleted entries as holes that
// `keys().next()` walks over) against ~0.4 µs here (issue 12 throughput). Values must be pure
// functions of their key: which entries survive changes speed, never a result.
export class Memo<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly half: number;

  constructor(size: number) {
    this.half = Math.max(1, Math.floor(size / 2));
  }

  get(key: K): V | undefined {
    const v = this.newer.get(key);
    return v !== undefined ? v : this.older.get(key);
  }

  set(key: K, value: V): void {
    this.newer.set(key, value);
    if (this.newer.size >= this.half) {
      this.older = this.newer;
      this.newer = new Map();
    }
  }
}

/**
 * One memo per owner (a project's vocabulary), for the last `owners` owners only: a worker scoring
 * many projects keeps the memos of the few it is scoring now, not one per project it ever saw.
 */
export function memosPer<O extends object, K, V>(size: number, owners = 4): (owner: O) => Memo<K, V> {
  let recent: Array<[O, Memo<K, V>]> = [];
  return (owner) => {
    if (recent[0]?.[0] === owner) return recent[0][1];
    const memo = recent.find(([o]) => o === owner)?.[1] ?? new Memo<K, V>(size);
    recent = [[owner, memo] as [O, Memo<K, V>], ...recent.filter(([o]) => o !== owner)].slice(0, owners);
    return memo;
  };
}
