import type { StorageLike } from '../../../src/lib/safe-storage';

/** An in-memory StorageLike (backed by a Map that tabs can share) whose failures can be switched on per method. */
export class FakeStorage implements StorageLike {
  failSet = false;
  failGet = false;
  failRemove = false;
  setCalls = 0;
  getCalls = 0;

  constructor(readonly data: Map<string, string> = new Map()) {}

  getItem(key: string): string | null {
    this.getCalls++;
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.has(key) ? this.data.get(key)! : null;
  }

  setItem(key: string, value: string): void {
    this.setCalls++;
    if (this.failSet) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    if (this.failRemove) throw new Error('remove failed');
    this.data.delete(key);
  }
}
