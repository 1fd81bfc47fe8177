import { asicCatalogue } from '../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';
import { closestNames } from '../../../shared/catalogue/match-name';
import { candidateNames, pickNote } from '../../../shared/catalogue/match-note';
import { matchGpu } from '../../../shared/catalogue/match-gpu';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { deviceFromManual } from '../../../shared/device/manual-device';
import { unknownHost } from '../../../shared/device/host';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import { UsageError, type CliArgs } from '../args';
import { UnknownHardwareError } from '../errors';
import { judgeOneModel } from './judge-model';

/** Judges catalogue hardware by name: "RTX 3090", "Antminer S19 Pro". An unknown or ambiguous name is an error with suggestions. */
export function runJudge(args: CliArgs): JudgeReport {
  if (!!args.gpu === !!args.asic) throw new UsageError('judge needs exactly one of --gpu "<name>" or --asic "<name>"');
  const kind = args.gpu ? 'gpu' : 'asic';
  const name = (args.gpu ?? args.asic ?? '').slice(0, 200);
  const match = kind === 'gpu' ? matchGpu({ rawName: name }) : matchAsic(name);
  const entries = kind === 'gpu' ? gpuCatalogue : asicCatalogue;
  if (!match.id || match.level === 'family' || match.level === 'unrecognised') {
    const options = match.alternatives.length > 0 ? candidateNames(match, entries) : closestNames(name, entries);
    const lead = match.level === 'family' ? `"${name}" could be several ${kind.toUpperCase()}s` : `No ${kind.toUpperCase()} named "${name}" in the catalogue`;
    throw new UnknownHardwareError(`${lead}. Closest: ${options.map((o) => `"${o}"`).join(', ')}`);
  }
  const device = deviceFromManual({ id: 'manual-cli', kind, catalogueId: match.id, count: args.count });
  if (!device) throw new UnknownHardwareError(`Catalogue entry ${match.id} could not be loaded`);
  const note = pickNote(name, match, entries);
  const warnings = [...(note ? [note] : []), 'Judged from the catalogue: host RAM, disk and PCIe link are unknown (run "scan" on the machine itself for those)'];
  if (args.model !== undefined || args.params !== undefined) {
    if (device.kind !== 'gpu') throw new UsageError('--model needs --gpu');
    return judgeOneModel(args, device, warnings);
  }
  if (args.quant !== undefined || args.context !== undefined) throw new UsageError('--quant and --context need --model');
  return JudgeReportSchema.parse(judgeMachine(unknownHost, [device], warnings));
}
