import { isTiantianError } from '../../src/shared/errors.js';

/**
 * The `TiantianError` that `run` throws, as `{ code, message, path }` for a whole-object
 * comparison. Anything else thrown is rethrown; no throw at all fails.
 */
export function errorOf(run: () => unknown): { code: string; message: string; path: readonly PropertyKey[] } {
  try {
    run();
  } catch (error) {
    if (isTiantianError(error)) return { code: error.code, message: error.message, path: error.path };
    throw error;
  }
  throw new Error('expected a TiantianError, nothing was thrown');
}
