import type { LanDevice, LanHostError, LanScanResult, LanUnidentified } from '../../../shared/lan/lan-device';
import { classifyHost } from '../../../shared/lan/heard';
import { deviceMessageInEnglish, deviceWarning } from '../../../shared/device/warning-text';
import { refusedRepliesWarning } from '../../../shared/lan/finalise';
import type { Message } from '../../../shared/text/message';
import type { HostScan } from './scan-host';

const MAX_ERRORS = 50;
const MAX_UNIDENTIFIED = 1024;

/** Each probed address as exactly one outcome — identified, answering but not identified, silent — and its notes. */
export function scanTally() {
  const devices: LanDevice[] = [];
  const unidentified: LanUnidentified[] = [];
  const hostErrors: LanHostError[] = [];
  const counts = { identified: 0, answering: 0, silent: 0 };
  const note = (ip: string, message: Message): void => {
    if (hostErrors.length < MAX_ERRORS) hostErrors.push({ ip, message });
  };
  return {
    devices,
    /** Adds one host's scan; returns its device when identified. */
    add(ip: string, scan: HostScan): LanDevice | null {
      const outcome = classifyHost({ identified: scan.device !== null, acceptedPorts: scan.heard.length });
      counts[outcome] += 1;
      // A host that sent only refused replies is no device: its note goes with the scan's per-host notes.
      const refused = scan.device ? null : refusedRepliesWarning(scan);
      if (refused) note(ip, refused);
      if (scan.device) devices.push(scan.device);
      else if (outcome === 'answering' && unidentified.length < MAX_UNIDENTIFIED) unidentified.push({ ip, ports: scan.heard });
      return scan.device;
    },
    /** A host whose scan threw: it answered (or not) in a way the scanner could not read; counted as answering. */
    failed(ip: string, error: unknown): void {
      counts.answering += 1;
      note(ip, deviceWarning(error instanceof RangeError ? 'host-replies-unreadable' : 'host-scan-failed'));
    },
    finish(): Required<Pick<LanScanResult, 'devices' | 'errors' | 'hostErrors' | 'unidentified'>> & { counts: typeof counts } {
      const byIp = (a: { ip: string }, b: { ip: string }): number => ipKey(a.ip) - ipKey(b.ip);
      devices.sort(byIp);
      unidentified.sort(byIp);
      const errors = hostErrors.map((e) => `${e.ip}: ${deviceMessageInEnglish(e.message)}`.slice(0, 300));
      return { devices, errors, hostErrors, unidentified, counts: { ...counts } };
    },
  };
}

const ipKey = (ip: string): number => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
