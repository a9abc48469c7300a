// SPDX-License-Identifier: EUPL-1.2
/** Fetches JSON from the API; a failed answer becomes an `ApiError` with the server's Dutch message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers =
    init.body && !(init.body instanceof FormData)
      ? { 'content-type': 'application/json', ...init.headers }
      : init.headers;
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'network', 'De server is niet bereikbaar. Probeer het opnieuw.');
  }
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
  if (!res.ok) {
    const error = body?.error ?? {};
    throw new ApiError(
      res.status,
      error.code ?? 'unknown',
      error.message ?? `Er ging iets mis (${res.status}).`,
      error.details?.fields ?? [],
    );
  }
  return body as T;
}
