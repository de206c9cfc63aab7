// Where the hub's tools keep what a reader types: localStorage, or a memory stand-in when the browser refuses it
// (some private modes, some file:// pages), so the page still works and says its work will not be kept.

/** A Storage-like object that lives as long as the page. */
export function memoryStore() {
  const memory = new Map();
  return { getItem: (k) => (memory.has(k) ? memory.get(k) : null), setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
}

/**
 * localStorage when it can be used, else memory. With `probeWrite`, storage that will not take a write counts as
 * unusable; without it, storage that reads but is full is still used, so what it holds is not lost, and each save
 * reports its own failure.
 */
export function openStorage(key, { probeWrite = false } = {}) {
  try {
    const local = window.localStorage;
    if (probeWrite) {
      local.setItem(key + ".probe", "1");
      local.removeItem(key + ".probe");
    } else {
      local.getItem(key);
    }
    return { store: local, persistent: true };
  } catch {
    return { store: memoryStore(), persistent: false };
  }
}
