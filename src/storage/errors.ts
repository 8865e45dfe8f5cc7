// The one error a storage write throws when its eTag no longer matches, so callers can retry on fresh state.

export class EtagConflictError extends Error {
  override readonly name = 'EtagConflictError';

  /**
   * @param key the first key whose expected eTag did not match (the whole write was rejected)
   * @param attempts set by retryOnEtagConflict (withEtagRetry, chunked appends) when it gave up after this many attempts
   */
  constructor(
    readonly key: string,
    readonly attempts?: number,
  ) {
    super(
      attempts === undefined
        ? `Storage: eTag conflict writing "${key}"`
        : `Storage: eTag conflict writing "${key}", gave up after ${attempts} attempts`,
    );
  }
}

/** True for an eTag conflict; checks the name too, so it holds across module copies (jest, workers). */
export function isEtagConflictError(err: unknown): err is EtagConflictError {
  return err instanceof EtagConflictError || (err instanceof Error && err.name === 'EtagConflictError');
}

/**
 * The store named by the configuration could not be opened at start (PostgreSQL unreachable, a login refused): the
 * message names the variable and the reason in one line, for the operator, without the connection string's password.
 */
export class StorageStartError extends Error {
  override readonly name = 'StorageStartError';
}
