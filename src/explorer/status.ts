// The status line under the header: what the explorer is doing, and what went wrong.
import { ApiError } from './api.ts';

export interface Status {
  info(text: string): void;
  /** Shows an error from the API (its message and codes) or from the page. */
  error(error: unknown, doing?: string): void;
}

export function createStatus(element: HTMLElement): Status {
  return {
    info(text) {
      element.dataset.kind = 'info';
      element.textContent = text;
    },
    error(error, doing) {
      const message = error instanceof Error ? error.message : String(error);
      const codes =
        error instanceof ApiError && error.codes.length > 0 ? ` (${[...new Set(error.codes)].join(', ')})` : '';
      element.dataset.kind = 'error';
      element.textContent = `${doing ? `${doing}: ` : ''}${message}${codes}`;
    },
  };
}
