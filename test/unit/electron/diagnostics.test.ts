import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reloadOnRendererCrash } from '../../../electron/services/diagnostics/crash-reload';
import { logProcessErrors } from '../../../electron/services/diagnostics/process-errors';
import { redactSecrets } from '../../../electron/services/diagnostics/redact';
import { diagnosticsReport } from '../../../electron/services/diagnostics/report';
import { openRotatingLog, type RotatingLog } from '../../../electron/services/diagnostics/rotating-log';
import { unknownHost } from '../../../shared/device/host';
import { catalogueGpu } from '../../support/devices';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-diag-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A log that only remembers, for the listeners' tests. */
const memoryLog = (): RotatingLog & { lines: string[] } => {
  const lines: string[] = [];
  return { dir: '', lines, write: (level, message) => void lines.push(`${level} ${message}`), tail: (n) => lines.slice(-n) };
};

describe('redaction', () => {
  it('removes the serve token, credentials and the home folder, and leaves the rest', () => {
    const text = redactSecrets('open http://127.0.0.1:7/#token=abc123 as /home/ana/x; pass=hunter2 api_key: "k-9" stratum+tcp://worker:secretpw@pool.example:3333 Authorization: Bearer zzz', '/home/ana');
    expect(text).not.toMatch(/abc123|hunter2|k-9|secretpw|zzz|\/home\/ana/);
    expect(text).toContain('#token=[redacted]');
    expect(text).toContain('~/x');
    expect(text).toContain('stratum+tcp://[redacted]@pool.example:3333');
  });
});

describe('rotating log', () => {
  it('writes redacted lines, rotates past the size limit, keeps at most `keep` old files and tails across them', () => {
    const dir = tempDir();
    const log = openRotatingLog(dir, { maxBytes: 400, keep: 2, now: () => new Date('2026-12-06T00:00:00Z') });
    for (let i = 0; i < 40; i++) log.write('error', `failure ${i} token=t${i}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['rigshift.1.log', 'rigshift.2.log', 'rigshift.log']);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(400);
    expect(readFileSync(join(dir, 'rigshift.log'), 'utf8')).not.toMatch(/token=t\d/);
    const tail = log.tail(3);
    expect(tail).toHaveLength(3);
    expect(tail.at(-1)).toMatch(/^2026-12-06T00:00:00.000Z ERROR failure 39 token=\[redacted\]$/);
  });

  it('tails only the end of a log that grew far past its limit', () => {
    const dir = tempDir();
    const log = openRotatingLog(dir, { maxBytes: 400, keep: 2 });
    // Written by something else (or a crash mid-rotation): 10 MB with the newest line last.
    writeFileSync(join(dir, 'rigshift.log'), `${'old line\n'.repeat(1_200_000)}newest line\n`);
    const tail = log.tail(1000);
    expect(tail.at(-1)).toBe('newest line');
    expect(tail.join('\n').length).toBeLessThanOrEqual(400);
  });

  it('never throws when its folder cannot be written', () => {
    const dir = tempDir();
    const log = openRotatingLog(join(dir, 'rigshift.log', 'x'));
    // A file stands where the folder should be: writing fails quietly.
    openRotatingLog(dir).write('info', 'make the file');
    expect(() => log.write('error', 'lost')).not.toThrow();
    expect(log.tail(5)).toEqual([]);
  });
});

describe('renderer crash → reload', () => {
  it('reloads after a crash, not after a clean exit, and stops after 3 reloads in a minute', () => {
    const host = Object.assign(new EventEmitter(), { reloads: 0, reload() { this.reloads++; } });
    const log = memoryLog();
    let now = 0;
    reloadOnRendererCrash(host, log, { now: () => now });
    host.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(host.reloads).toBe(0);
    for (let i = 0; i < 4; i++) host.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(host.reloads).toBe(3);
    expect(log.lines.at(-1)).toMatch(/not reloading/);
    now = 61_000;
    host.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(host.reloads).toBe(4);
  });
});

describe('main-process errors', () => {
  it('logs uncaught exceptions with their stack and unhandled rejections; exits only when asked to', () => {
    const source = new EventEmitter();
    const log = memoryLog();
    const exits: number[] = [];
    logProcessErrors(source, log, (code) => exits.push(code));
    source.emit('uncaughtException', new TypeError('boom'));
    source.emit('unhandledRejection', 'nope');
    expect(log.lines[0]).toMatch(/^error uncaught exception: TypeError: boom\n.*diagnostics\.test/s);
    expect(log.lines[1]).toBe('error unhandled rejection: nope');
    expect(exits).toEqual([1]);
  });
});

describe('diagnostics report', () => {
  it('names versions, the last scans in short and the log tail, and no miner address', () => {
    const text = diagnosticsReport({
      version: '1.2.3',
      runtime: { platform: 'linux', arch: 'x64', release: '6.1', versions: { node: '20.20.2', electron: '45.5.0', openssl: 'x' } },
      catalogue: { gpus: 120, asics: 60 },
      settingsNotice: null,
      lastLocalScan: { scannedAt: '2026-12-06T00:00:00Z', durationMs: 900, host: unknownHost, devices: [catalogueGpu('nvidia-rtx-3090')], warnings: ['nvidia-smi failed (exit 9)'] },
      lastLanScan: {
        devices: [],
        stats: { startedAt: '2026-12-06T00:00:00Z', targets: 254, probed: 254, found: 0, durationMs: 1280, cancelled: false, ranges: ['192.168.1.0/24'] },
        errors: [],
      },
      logTail: ['2026-12-06T00:00:01.000Z ERROR scanLocal: boom'],
      now: new Date('2026-12-06T01:00:00Z'),
    });
    expect(text).toMatch(/^RigShift 1\.2\.3 diagnostics/);
    expect(text).toMatch(/node 20\.20\.2, electron 45\.5\.0; linux 6\.1 x64/);
    expect(text).not.toMatch(/openssl/);
    expect(text).toMatch(/RTX 3090 \[exact\]/);
    expect(text).toMatch(/! nvidia-smi failed \(exit 9\)/);
    expect(text).toMatch(/0 miner\(s\) found, 254 of 254 addresses probed in 1280 ms/);
    expect(text).not.toMatch(/192\.168/);
    expect(text).toMatch(/ERROR scanLocal: boom$/);
  });

  it('strips every address from scan errors, warnings and the log tail, and keeps the rest of each line', () => {
    const addresses = ['192.168.1.23', '10.0.0.7', 'fe80::1c2:3ff:fe4d:5e6f', '2001:db8::42', 'antminer-s19.local', 'miner07', '00:1a:2b:3c:4d:5e', 'pool.example'];
    const text = diagnosticsReport({
      version: '1.2.3',
      runtime: { platform: 'linux', arch: 'x64', release: '6.1', versions: { node: '20.20.2' } },
      catalogue: { gpus: 1, asics: 1 },
      settingsNotice: null,
      lastLocalScan: { scannedAt: '2026-12-06T00:00:00Z', durationMs: 900, host: unknownHost, devices: [], warnings: ['lspci via 10.0.0.7 failed (exit 1)'] },
      lastLanScan: {
        devices: [],
        stats: { startedAt: '2026-12-06T00:00:00Z', targets: 254, probed: 254, found: 0, durationMs: 1280, cancelled: false, ranges: ['192.168.1.0/24'] },
        errors: ['192.168.1.23: connect ECONNREFUSED 192.168.1.23:4028', '[fe80::1c2:3ff:fe4d:5e6f]:4028: read ETIMEDOUT', '2001:db8::42: socket hang up', 'antminer-s19.local:80 answered 401 (MAC 00:1a:2b:3c:4d:5e)'],
      },
      logTail: ['2026-12-06T00:00:01.000Z ERROR scanLan: miner07:4028 sent garbage', '2026-12-06T00:00:02.000Z WARN updateMarket: stratum+tcp://pool.example:3333 unreachable'],
      now: new Date('2026-12-06T01:00:00Z'),
    });
    for (const address of addresses) expect(text).not.toContain(address);
    expect(text).toContain('  ! [address]: connect ECONNREFUSED [address]:4028');
    expect(text).toContain('  ! [address]:4028: read ETIMEDOUT');
    expect(text).toContain('  ! [address]: socket hang up');
    expect(text).toContain('  ! [address]:80 answered 401 (MAC [mac])');
    expect(text).toContain('  ! lspci via [address] failed (exit 1)');
    expect(text).toContain('2026-12-06T00:00:01.000Z ERROR scanLan: [address]:4028 sent garbage');
    expect(text).toContain('2026-12-06T00:00:02.000Z WARN updateMarket: stratum+tcp://[address]:3333 unreachable');
    expect(text).toMatch(/Runtime: node 20\.20\.2; linux 6\.1 x64/);
  });
});
