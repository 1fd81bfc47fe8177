import { protocol } from 'electron';
import { SERVE_CSP } from '../serve/http-bridge';
import { readStatic } from '../serve/static-files';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/** Serves the built renderer from app://rigshift/ with the strict CSP as a header (checklist item 18: no file://). */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'rigshift' ? await readStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { 'content-type': file.type, 'content-security-policy': SERVE_CSP, 'x-content-type-options': 'nosniff' } });
  });
}
