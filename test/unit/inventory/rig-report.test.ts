import { describe, expect, it } from 'vitest';
import { parseRigReport, RIG_REPORT_FORMAT } from '../../../shared/inventory/rig-report';
import { gpuAt, localScan } from './helpers';

const report = (over: Record<string, unknown> = {}) => ({
  format: RIG_REPORT_FORMAT,
  version: 1,
  createdAt: '2026-11-25T09:00:00.000Z',
  tool: { name: 'rigshift', version: '0.1.0' },
  machine: { id: 'a1b2c3d4e5f60718', name: 'rig-07' },
  scan: localScan('2026-11-25T09:00:00.000Z', [gpuAt('nvidia-rtx-3070', '0000:01:00.0')]),
  ...over,
});

describe('rig report files', () => {
  it('reads a valid report', () => {
    const parsed = parseRigReport(JSON.stringify(report()), 'rig.json');
    expect(parsed.ok && parsed.report.scan.devices).toHaveLength(1);
  });

  it.each([
    ['truncated', JSON.stringify(report()).slice(0, 200), /rig\.json: not JSON, or cut short/],
    ['another JSON file', JSON.stringify({ hello: 'world' }), /not a RigShift rig report/],
    ['a newer version', JSON.stringify(report({ version: 2 })), /newer RigShift \(report version 2\)/],
    ['a schema violation', JSON.stringify(report({ machine: { id: 'zz', name: 'x' } })), /machine\.id/],
    ['an extra field', JSON.stringify(report({ exploit: true })), /Unrecognized key/],
    [
      'HTML in a device name',
      JSON.stringify(report({ scan: { ...report().scan, devices: [{ ...gpuAt('nvidia-rtx-3070', '0000:01:00.0'), rawName: '<img src=x onerror=alert(1)>' }] } })),
      /scan\.devices\[0\]\.rawName contains markup/,
    ],
    ['an escape sequence in the host name', JSON.stringify(report({ machine: { id: 'a1b2c3d4e5f60718', name: 'rig\u001b[2J' } })), /machine\.name contains markup or control characters/],
    ['50 MB', `{"format":"${RIG_REPORT_FORMAT}","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`, /larger than 1024 KiB/],
  ])('refuses %s with a message naming what is wrong', (_label, text, message) => {
    const parsed = parseRigReport(text, 'rig.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(message);
  });
});
