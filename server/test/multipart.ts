// SPDX-License-Identifier: EUPL-1.2
/** Test helper: a multipart/form-data body with fields and one file, for `app.inject`. */
export function multipart(fields: Record<string, string>, file: { name: string; content: string }) {
  const boundary = '----aanwezigtest';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n--${boundary}--\r\n`,
  );
  return {
    payload: parts.join(''),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
