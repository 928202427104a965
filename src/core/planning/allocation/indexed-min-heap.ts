// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
/**
 * A binary min-heap over the nodes 0 … size − 1 with decrease-key, in typed arrays (Dijkstra in exact-duals.ts).
 * A node's key stays readable after it is popped: that is its final distance.
 */
export class IndexedMinHeap {
  private readonly keys: Float64Array;
  private readonly heap: Int32Array;
  /** Position of each node in heap, or −1 once popped. */
  private readonly position: Int32Array;
  private count: number;

  constructor(nodeCount: number) {
    this.keys = new Float64Array(nodeCount);
    this.heap = Int32Array.from({ length: nodeCount }, (_, i) => i);
    this.position = Int32Array.from({ length: nodeCount }, (_, i) => i);
    this.count = nodeCount;
  }

  get size(): number {
    return this.count;
  }

  key(node: number): number {
    return this.keys[node]!;
  }

  /** Sets a key before heapify (every node is in the heap from the start). */
  set(node: number, key: number): void {
    this.keys[node] = key;
  }

  heapify(): void {
    for (let i = (this.count >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** Lowers a node's key if it is still in the heap and the new key is smaller. */
  decrease(node: number, key: number): void {
    const at = this.position[node]!;
    if (at < 0 || key >= this.keys[node]!) return;
    this.keys[node] = key;
    this.siftUp(at);
  }

  pop(): number {
    const top = this.heap[0]!;
    this.position[top] = -1;
    this.count--;
    if (this.count > 0) {
      const last = this.heap[this.count]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(from: number): void {
    const { heap, keys, position } = this;
    const node = heap[from]!;
    const key = keys[node]!;
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentNode = heap[parent]!;
      if (keys[parentNode]! <= key) break;
      heap[at] = parentNode;
      position[parentNode] = at;
      at = parent;
    }
    heap[at] = node;
    position[node] = at;
  }

  private siftDown(from: number): void {
    const { heap, keys, position } = this;
    const node = heap[from]!;
    const key = keys[node]!;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.count) break;
      if (child + 1 < this.count && keys[heap[child + 1]!]! < keys[heap[child]!]!) child++;
      const childNode = heap[child]!;
      if (keys[childNode]! >= key) break;
      heap[at] = childNode;
      position[childNode] = at;
      at = child;
    }
    heap[at] = node;
    position[node] = at;
  }
}
