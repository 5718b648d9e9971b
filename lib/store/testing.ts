// Writing past the store, for tests: how old, damaged or hand-made records look to it.
// Test-only: nothing in the extension imports this file.
import { ARTICLES } from './schema';

/** Writes raw values straight into the articles store at a database version: how damage looks. */
export async function putRaw(
  factory: IDBFactory,
  name: string,
  version: number,
  values: unknown[],
  create = false,
) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => {
      if (create) req.result.createObjectStore(ARTICLES, { keyPath: 'url' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(ARTICLES, 'readwrite');
    for (const v of values) tx.objectStore(ARTICLES).put(v);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
