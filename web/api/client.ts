// SPDX-License-Identifier: EUPL-1.2
/** Fetches JSON from the API; a failed answer becomes an `ApiError` with the server's Dutch message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
    /** The server's `details` (e.g. `velden` of a refused case step). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

/** The session's CSRF token, sent with every state-changing request (set by the session layer). */
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};

/** Fired when the server says the session is gone, so the app shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'aanwezig:afgemeld';

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {
    ...(init.body && !(init.body instanceof FormData)
      ? { 'content-type': 'application/json' }
      : {}),
    ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    ...(init.headers as Record<string, string> | undefined),
  };
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'network', 'De server is niet bereikbaar. Probeer het opnieuw.');
  }
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
  if (!res.ok) {
    const error = body?.error ?? {};
    if (res.status === 401 && error.code === 'auth.unauthenticated') {
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    }
    throw new ApiError(
      res.status,
      error.code ?? 'unknown',
      error.message ?? `Er ging iets mis (${res.status}).`,
      error.details?.fields ?? [],
      error.details ?? {},
    );
  }
  return body as T;
}

/** POSTs JSON and returns the answer as a file (PDF, JSON) for the browser to save. */
export async function apiFile(path: string, body: unknown): Promise<Blob> {
  const res = await fetch(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    },
    body: JSON.stringify(body),
  }).catch(() => {
    throw new ApiError(0, 'network', 'De server is niet bereikbaar. Probeer het opnieuw.');
  });
  if (!res.ok) {
    const error = res.headers.get('content-type')?.includes('json') ? (await res.json()).error : {};
    throw new ApiError(
      res.status,
      error?.code ?? 'unknown',
      error?.message ?? `Er ging iets mis (${res.status}).`,
    );
  }
  return res.blob();
}
