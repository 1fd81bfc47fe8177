import { describe, expect, it } from 'vitest';
import { hostConcurrency, openFileLimit } from '../../../electron/services/lan/fd-budget';
import { heardRecorder } from '../../../electron/services/lan/port-heard';
import { scanTally } from '../../../electron/services/lan/scan-tally';
import { BANNER_MAX_BYTES, classifyHost, httpSummary, printableBanner } from '../../../shared/lan/heard';
import { LanScanResultSchema } from '../../../shared/lan/lan-device';

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

describe('what an address said', () => {
  it('is escaped to printable ASCII: control bytes, backslashes and high bytes as escapes', () => {
    expect(printableBanner(bytes('SSH-2.0-OpenSSH_8.4\r\n'))).toBe('SSH-2.0-OpenSSH_8.4\\r\\n');
    expect(printableBanner(Uint8Array.from([0, 0x1b, 0x5c, 0x7f, 0xff, 0x41, 9]))).toBe('\\x00\\x1b\\\\\\x7f\\xffA\\t');
  });

  it('keeps at most the bound from a host that sent megabytes', () => {
    const flood = new Uint8Array(5 * 1024 * 1024).fill(0x78);
    expect(printableBanner(flood)).toBe('x'.repeat(BANNER_MAX_BYTES));
    const recorder = heardRecorder();
    recorder.record(80, flood);
    const [port] = recorder.ports();
    expect(port).toMatchObject({ port: 80, bytes: BANNER_MAX_BYTES, http: null });
    expect(port?.banner.length).toBe(BANNER_MAX_BYTES);
    // The worst case, every byte escaped, still fits the schema's bound (4 characters a byte).
    recorder.record(4028, new Uint8Array(5 * 1024 * 1024));
    expect(recorder.ports()[1]?.banner.length).toBe(BANNER_MAX_BYTES * 4);
  });

  it('names an HTTP reply by its status line and Server header, and nothing else as HTTP', () => {
    const reply = bytes('HTTP/1.1 401 Unauthorized\r\nServer: lighttpd/1.4.55\r\nWWW-Authenticate: Digest realm="antMiner"\r\n\r\n');
    expect(httpSummary(reply)).toEqual({ status: 'HTTP/1.1 401 Unauthorized', server: 'lighttpd/1.4.55' });
    expect(httpSummary(bytes('HTTP/1.0 200 OK\r\n\r\n{}'))).toEqual({ status: 'HTTP/1.0 200 OK', server: null });
    expect(httpSummary(bytes('SSH-2.0-dropbear\r\n'))).toBeNull();
    expect(httpSummary(bytes(`HTTP/1.1 200 OK\r\nServer: \u0007${'y'.repeat(500)}\r\n\r\n`))?.server).toBe(`\\x07${'y'.repeat(119)}`);
  });

  it('keeps the first port reply that said something (a tarpit on one pass, a banner on the next)', () => {
    const recorder = heardRecorder();
    recorder.record(4028, new Uint8Array());
    recorder.record(4028, bytes('hello'));
    recorder.record(4028, bytes('later'));
    expect(recorder.ports()).toEqual([{ port: 4028, banner: 'hello', bytes: 5, http: null }]);
  });
});

describe('three outcomes per address', () => {
  it('classifies: a miner, a port that accepted, no port that accepted', () => {
    expect(classifyHost({ identified: true, acceptedPorts: 1 })).toBe('identified');
    expect(classifyHost({ identified: false, acceptedPorts: 2 })).toBe('answering');
    expect(classifyHost({ identified: false, acceptedPorts: 0 })).toBe('silent');
  });

  it('counts each address once, lists the answering ones with what they said, and notes failures as codes', () => {
    const tally = scanTally();
    const heard = [{ port: 22, banner: 'SSH-2.0', bytes: 7, http: null }];
    tally.add('10.0.0.9', { alive: true, device: null, tooDeep: [], heard });
    tally.add('10.0.0.2', { alive: false, device: null, tooDeep: [], heard: [] });
    tally.add('10.0.0.3', { alive: true, device: null, tooDeep: ['version'], heard: [{ port: 4028, banner: '{', bytes: 1, http: null }] });
    tally.failed('10.0.0.4', new RangeError('Maximum call stack size exceeded'));
    tally.failed('10.0.0.5', new Error('boom'));
    const result = tally.finish();
    expect(result.counts).toEqual({ identified: 0, answering: 4, silent: 1 });
    expect(result.unidentified.map((u) => u.ip)).toEqual(['10.0.0.3', '10.0.0.9']);
    expect(result.hostErrors.map((e) => [e.ip, e.message.code])).toEqual([
      ['10.0.0.3', 'reply-too-deep'],
      ['10.0.0.4', 'host-replies-unreadable'],
      ['10.0.0.5', 'host-scan-failed'],
    ]);
    // English for the CLI, without the engine's own words.
    expect(result.errors.join(' ')).not.toMatch(/boom|call stack/);
    const parsed = LanScanResultSchema.safeParse({ ...result, stats: { startedAt: 'x', targets: 5, probed: 5, found: 0, durationMs: 1, cancelled: false, outcomes: result.counts } });
    expect(parsed.success).toBe(true);
  });
});

describe('hosts probed at once', () => {
  it('is sized by the open-file limit, two sockets a host, between 16 and 4096', () => {
    expect(openFileLimit(() => 'Max open files            20000                20000                files\n')).toBe(20000);
    expect(openFileLimit(() => { throw new Error('no /proc'); })).toBe(1024);
    expect(hostConcurrency(undefined, 20000)).toBe(1024);
    expect(hostConcurrency(4096, 20000)).toBe(4096);
    expect(hostConcurrency(undefined, 1024)).toBe(384);
    expect(hostConcurrency(2000, 100)).toBe(16);
  });
});
