import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_DRAIN_BYTES, SERVE_CSP } from '../../../electron/serve/http-bridge';
import { MAX_STATIC_FILE_BYTES } from '../../../electron/serve/static-files';
import { DEFAULT_MAX_BYTES as MAX_LAN_REPLY_BYTES } from '../../../electron/services/lan/exchange';
import { MAX_REPLY_BYTES as MAX_MARKET_REPLY_BYTES } from '../../../electron/services/market/fetch-json';
import { MAX_SETTINGS_BYTES } from '../../../electron/services/settings/settings-store';
import { MAX_RIG_REPORT_BYTES } from '../../../shared/inventory/rig-report';

const root = join(__dirname, '..', '..', '..');
const doc = readFileSync(join(root, 'docs', 'security.md'), 'utf8');
const MiB = 1024 * 1024;

describe('docs/security.md says what the code does', () => {
  it('states the CSP that is served, and index.html repeats it less frame-ancestors', () => {
    const stated = /`(default-src [^`]+)`/.exec(doc)?.[1];
    expect(stated).toBe(SERVE_CSP);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(root, 'renderer', 'index.html'), 'utf8'))?.[1];
    expect(meta).toBe(SERVE_CSP.replace(/; frame-ancestors 'none'$/, ''));
  });

  it('states the API body cap and the other caps the code uses', () => {
    expect(Number(/`application\/json` and at most\s+(\d+) MiB\s+\(`MAX_BODY_BYTES`\)/.exec(doc)?.[1]) * MiB).toBe(MAX_BODY_BYTES);
    expect(Number(/`Content-Length` over\s+(\d+) MiB\s+is refused unread/.exec(doc)?.[1]) * MiB).toBe(MAX_DRAIN_BYTES);
    expect(Number(/a\s+report of up to\s+(\d+) MiB/.exec(doc)?.[1]) * MiB).toBe(MAX_RIG_REPORT_BYTES);
    expect(Number(/settings file\s+(\d+) MiB/.exec(doc)?.[1]) * MiB).toBe(MAX_SETTINGS_BYTES);
    expect(Number(/at most\s+(\d+) MiB each/.exec(doc)?.[1]) * MiB).toBe(MAX_STATIC_FILE_BYTES);
    expect(Number(/LAN replies stop at\s+(\d+) KiB/.exec(doc)?.[1]) * 1024).toBe(MAX_LAN_REPLY_BYTES);
    expect(Number(/market API replies at\s+(\d+) KiB/.exec(doc)?.[1]) * 1024).toBe(MAX_MARKET_REPLY_BYTES);
  });

  it('has room in the body cap for the largest rig report, sent as the importRigReport call', () => {
    // A pretty-printed report padded to the report cap: quotes and line breaks are escaped in the JSON body.
    const line = '    "name": "GPU 0 \\"NVIDIA GeForce RTX 3090\\"",\n';
    const text = line.repeat(Math.floor(MAX_RIG_REPORT_BYTES / line.length));
    const body = JSON.stringify({ fileName: 'r'.repeat(200), text });
    expect(text.length).toBeLessThanOrEqual(MAX_RIG_REPORT_BYTES);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });
});
