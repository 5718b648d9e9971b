// Errors the UI can tell apart and explain, instead of a bare DOMException.

/** The browser refused the write because the extension's storage quota is used up. */
export class StorageFullError extends Error {
  readonly code = 'storage-full';
  constructor(options?: { cause?: unknown }) {
    super(
      'Storage is full: this article was not saved. Export and delete older articles, or free disk space, then try again. Nothing already saved was lost.',
      options,
    );
    this.name = 'StorageFullError';
  }
}

/** A record that does not meet the storage schema was offered for saving. */
export class InvalidRecordError extends Error {
  readonly code = 'invalid-record';
  constructor(detail: string) {
    super(`This article could not be saved: ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox used NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The error to surface for a failed write: quota problems become StorageFullError. */
export function storageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
}
