import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../../shared/api/envelope';
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
    ['truncated', JSON.stringify(report()).slice(0, 200), /rig\.json: not JSON, or cut short/, { code: 'not-json', values: { file: 'rig.json' } }],
    ['another JSON file', JSON.stringify({ hello: 'world' }), /not a RigShift rig report/, { code: 'not-a-report' }],
    ['a newer version', JSON.stringify(report({ version: 2 })), /newer RigShift \(report version 2\)/, { code: 'newer-version', values: { file: 'rig.json', version: 2, supported: 1 } }],
    ['a schema violation', JSON.stringify(report({ machine: { id: 'zz', name: 'x' } })), /machine\.id/, { code: 'schema', values: { field: 'machine.id' } }],
    ['an extra field', JSON.stringify(report({ exploit: true })), /Unrecognized key/, { code: 'schema' }],
    [
      'HTML in a device name',
      JSON.stringify(report({ scan: { ...report().scan, devices: [{ ...gpuAt('nvidia-rtx-3070', '0000:01:00.0'), rawName: '<img src=x onerror=alert(1)>' }] } })),
      /scan\.devices\[0\]\.rawName contains markup/,
      { code: 'unsafe', values: { file: 'rig.json', field: 'scan.devices[0].rawName' } },
    ],
    ['an escape sequence in the host name', JSON.stringify(report({ machine: { id: 'a1b2c3d4e5f60718', name: 'rig\u001b[2J' } })), /machine\.name contains markup or control characters/, { code: 'unsafe', values: { field: 'machine.name' } }],
    ['50 MB', `{"format":"${RIG_REPORT_FORMAT}","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`, /larger than 1024 KiB/, { code: 'too-large', values: { max: 1024 } }],
  ])('refuses %s with a message naming what is wrong, and the problem as a code for the interface to word', (_label, text, message, problem) => {
    const parsed = parseRigReport(text, 'rig.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(message);
    expect(parsed.ok ? null : parsed.problem).toMatchObject(problem);
    // Every value fits the contract's bounds, so the problem crosses IPC and HTTP as it is.
    expect(ProblemSchema.safeParse(parsed.ok ? null : parsed.problem).success).toBe(true);
  });
});
