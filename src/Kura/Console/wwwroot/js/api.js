// Calls to the console API. Every state-changing request carries X-Kura-Console: 1 and the
// session cookie; errors arrive as {error, message} and are thrown as ApiError.

const CONSOLE_HEADER = 'X-Kura-Console';
let unauthorizedHandler = () => {};

/** A failed API call with the server's error code and human message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.serverMessage = message;
  }
}

/** Called when a call answers 401 outside the sign-in request, so the app can sign out. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

const enc = encodeURIComponent;

/** URL builders; keys always travel in the query string. */
export const paths = {
  session: '/api/session',
  buckets: '/api/buckets',
  bucket: (bucket) => `/api/buckets/${enc(bucket)}`,
  cors: (bucket) => `/api/buckets/${enc(bucket)}/cors`,
  objects: (bucket, query) => `/api/buckets/${enc(bucket)}/objects?${new URLSearchParams(query)}`,
  object: (bucket, key) => `/api/buckets/${enc(bucket)}/object?key=${enc(key)}`,
  download: (bucket, key) => `/api/buckets/${enc(bucket)}/object?key=${enc(key)}&download=1`,
  objectInfo: (bucket, key) => `/api/buckets/${enc(bucket)}/object-info?key=${enc(key)}`,
  folder: (bucket, key) => `/api/buckets/${enc(bucket)}/folder?key=${enc(key)}`,
  deleteObjects: (bucket) => `/api/buckets/${enc(bucket)}/delete`,
  share: (bucket) => `/api/buckets/${enc(bucket)}/share`,
  uploads: (bucket, key) => `/api/buckets/${enc(bucket)}/uploads?key=${enc(key)}`,
  part: (bucket, id, n, key) => `/api/buckets/${enc(bucket)}/uploads/${enc(id)}/parts/${n}?key=${enc(key)}`,
  complete: (bucket, id, key) => `/api/buckets/${enc(bucket)}/uploads/${enc(id)}/complete?key=${enc(key)}`,
  upload: (bucket, id, key) => `/api/buckets/${enc(bucket)}/uploads/${enc(id)}?key=${enc(key)}`,
  snapshots: (bucket) => `/api/buckets/${enc(bucket)}/snapshots`,
  snapshot: (bucket, name) => `/api/buckets/${enc(bucket)}/snapshots/${enc(name)}`,
  keys: '/api/keys',
  key: (accessKey) => `/api/keys/${enc(accessKey)}`,
  inspector: (query) => `/api/inspector?${new URLSearchParams(query)}`,
  inspectorStream: (query) => `/api/inspector/stream?${new URLSearchParams(query)}`,
};

/** Sends one request and returns the parsed JSON body, or null for an empty answer. */
export async function request(method, path, { json, body, contentType, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers[CONSOLE_HEADER] = '1';
  }

  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }

  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal });
  if (!response.ok) {
    throw await toError(response, path);
  }

  const text = response.status === 204 ? '' : await response.text();
  return text ? JSON.parse(text) : null;
}

async function toError(response, path) {
  let code = `Http${response.status}`;
  let message = '';
  try {
    const body = await response.json();
    code = body.error ?? code;
    message = body.message ?? '';
  } catch {
    // Not a JSON error body; the status code alone has to do.
  }

  const error = new ApiError(response.status, code, message);
  if (response.status === 401 && path !== paths.session) {
    unauthorizedHandler(error);
  }

  return error;
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, json) => request('POST', path, { json }),
  put: (path, json) => request('PUT', path, { json }),
  patch: (path, json) => request('PATCH', path, { json }),
  del: (path) => request('DELETE', path),
};

/**
 * Sends a body with upload progress, which fetch cannot report. Resolves with the parsed
 * JSON answer; rejects with ApiError, or an AbortError when the signal fires.
 */
export function sendWithProgress(method, path, blob, contentType, onProgress, signal) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.setRequestHeader(CONSOLE_HEADER, '1');
    xhr.setRequestHeader('Content-Type', contentType || 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(blob.size);
        resolve(xhr.responseText ? JSON.parse(xhr.responseText) : null);
        return;
      }

      let body = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON; keep the status only.
      }

      if (xhr.status === 401) {
        unauthorizedHandler();
      }

      reject(new ApiError(xhr.status, body.error ?? `Http${xhr.status}`, body.message ?? ''));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NetworkError', ''));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(blob);
  });
}
