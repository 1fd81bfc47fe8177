/**
 * The base URL of the local Ollama: OLLAMA_HOST ("host:port", "http://host:port", or "0.0.0.0" to listen everywhere,
 * reached here as 127.0.0.1) when it names a loopback address, else 127.0.0.1:11434. Null when it names any other
 * host: RigShift never contacts another machine for this.
 */
export function ollamaBaseUrl(ollamaHost: string | undefined): string | null {
  const raw = (ollamaHost ?? '').trim();
  if (raw === '') return 'http://127.0.0.1:11434';
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port || '11434';
  if (host === '0.0.0.0' || host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host)) return `http://${host === '0.0.0.0' || host === 'localhost' ? '127.0.0.1' : host}:${port}`;
  if (host === '::1' || host === '::') return `http://[::1]:${port}`;
  return null;
}
