import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBusId } from '../../../shared/hardware/bus-id';
import { cellNumber, parseNvidiaSmiCsv } from '../../../shared/hardware/parse-nvidia-smi';
import { FIXTURES } from '../../fakes/fake-bin';

const capture = (scenario: string, file = 'nvidia-smi.csv') => readFileSync(join(FIXTURES, scenario, file), 'utf8');

describe('nvidia-smi CSV parser', () => {
  it('reads a recorded 6× RTX 3070 rig by column name', () => {
    const { rows, problems } = parseNvidiaSmiCsv(capture('rig-6x-rtx3070-x1'));
    expect(rows).toHaveLength(6);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ name: 'NVIDIA GeForce RTX 3070', 'pci.bus_id': '00000000:01:00.0', compute_cap: '8.6', 'pcie.link.width.current': '1' });
    expect(cellNumber(rows[0]?.['memory.total'])).toBe(8192);
    expect(rows[0]?.['temperature.gpu']).toBe('42');
  });

  it('drops "[N/A]" and "[Not Supported]" cells instead of parsing them as values', () => {
    const { rows } = parseNvidiaSmiCsv('index, pci.bus_id, name, power.limit [W]\n0, 00000000:01:00.0, NVIDIA Graphics Device, [N/A]\n1, 00000000:02:00.0, X, [Not Supported]\n');
    expect(rows[0]?.['power.limit']).toBeUndefined();
    expect(rows[1]?.['power.limit']).toBeUndefined();
  });

  it('keeps the rows it can read and reports the error lines of lost GPUs', () => {
    const lost = capture('_common', 'nvidia-smi-lost-gpu.txt');
    const text = `${capture('desktop-rtx3090')}${lost}`;
    const { rows, problems } = parseNvidiaSmiCsv(text);
    expect(rows).toHaveLength(1);
    expect(problems[0]).toMatch(/Unable to determine the device handle/);
  });

  it('returns the driver failure text as a problem and no rows', () => {
    const { rows, problems } = parseNvidiaSmiCsv(capture('_common', 'nvidia-smi-driver-failure.txt'));
    expect(rows).toEqual([]);
    expect(problems[0]).toMatch(/couldn't communicate with the NVIDIA driver/);
  });

  it('caps the number of rows', () => {
    const header = 'index, pci.bus_id, name';
    const body = Array.from({ length: 200 }, (_, i) => `${i}, 00000000:${(i % 256).toString(16).padStart(2, '0')}:00.0, GPU`).join('\n');
    expect(parseNvidiaSmiCsv(`${header}\n${body}`).rows).toHaveLength(64);
  });
});

describe('bus ids', () => {
  it('normalises nvidia-smi, lspci and sysfs forms to one', () => {
    expect(normaliseBusId('00000000:0B:00.0')).toBe('0000:0b:00.0');
    expect(normaliseBusId('0b:00.0')).toBe('0000:0b:00.0');
    expect(normaliseBusId('0000:0b:00.0')).toBe('0000:0b:00.0');
    expect(normaliseBusId('PCI bus 11')).toBeNull();
  });
});
