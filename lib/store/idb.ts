// Promises over IndexedDB's event API, nothing more. A transaction runs a synchronous body that
// queues requests; the promise settles when the transaction commits or aborts, so callers only
// see data that is really on disk, and a throw in the body aborts every write it queued.
import { storageError } from './errors';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Runs `body` in a transaction and resolves with its result once the transaction completes.
 * Quota failures (from a request, the commit, or a synchronous throw) reject as StorageFullError.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: string | string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => T | Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let result: T;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting: the original error is what matters.
      }
      reject(storageError(error));
    };
    tx.oncomplete = () => {
      if (!failed) resolve(result);
    };
    tx.onabort = () => fail(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    tx.onerror = (event) => {
      // Stop the error from bubbling to the database as an unhandled event; onabort follows.
      event.preventDefault();
      fail(tx.error ?? (event.target as IDBRequest | null)?.error);
    };
    try {
      Promise.resolve(body(tx)).then((value) => {
        result = value;
      }, fail);
    } catch (error) {
      fail(error);
    }
  });
}
