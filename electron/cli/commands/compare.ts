import { parseArgs } from 'node:util';
import { recognisedId } from '../../../shared/catalogue/recognised-id';
import { asicCatalogue } from '../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { matchGpu } from '../../../shared/catalogue/match-gpu';
import { closestNames } from '../../../shared/catalogue/match-name';
import { candidateNames, pickNote } from '../../../shared/catalogue/match-note';
import type { Dispatch } from '../../../shared/api/dispatcher';
import { MarketStateSchema } from '../../../shared/api/market-schemas';
import { compareDevices } from '../../../shared/compare/compare';
import { MAX_SUBJECTS, MIN_SUBJECTS } from '../../../shared/compare/limits';
import { ComparisonSchema, type Comparison } from '../../../shared/compare/schema';
import { catalogueSubject, type CompareSubject } from '../../../shared/compare/subject';
import { resolveMarket } from '../../../shared/market/assumptions';
import { verbatim } from '../../../shared/text/message';
import { UsageError } from '../args';
import { UnknownHardwareError } from '../errors';

export interface CompareArgs {
  names: string[];
  json: boolean;
}

/** `compare "<a>" "<b>" … [--json]`: 2 to 6 quoted catalogue names. */
export function parseCompareArgs(argv: string[]): CompareArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const names = parsed.positionals.map((name) => name.slice(0, 200));
  if (names.length < MIN_SUBJECTS || names.length > MAX_SUBJECTS)
    throw new UsageError(`compare needs ${MIN_SUBJECTS} to ${MAX_SUBJECTS} quoted names, got ${names.length}: rigshift compare "RTX 3090" "RX 580 8GB" "Antminer S19 Pro"`);
  return { names, json: parsed.values.json ?? false };
}

const namesOf = candidateNames;

/** A catalogue name as a subject: GPUs first, then ASICs; unknown or ambiguous names list the closest catalogue names. */
export function subjectForName(name: string): CompareSubject {
  const gpu = matchGpu({ rawName: name });
  const gpuId = recognisedId(gpu);
  if (gpuId) return catalogueSubject('gpu', gpuId);
  const asic = matchAsic(name);
  const asicId = recognisedId(asic);
  if (asicId) return catalogueSubject('asic', asicId);
  const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');
  if (gpu.level === 'family') throw new UnknownHardwareError(`"${name}" could be several GPUs. Closest: ${quoted(namesOf(gpu, gpuCatalogue))}`);
  if (asic.level === 'family') throw new UnknownHardwareError(`"${name}" could be several ASICs. Closest: ${quoted(namesOf(asic, asicCatalogue))}`);
  throw new UnknownHardwareError(`No GPU or ASIC named "${name}" in the catalogue. Closest: ${quoted(closestNames(name, [...gpuCatalogue, ...asicCatalogue]))}`);
}

/** `compare`: names matched like `judge`, market figures and preferences read through the dispatcher like `project`. */
export async function runCompare(dispatch: Dispatch, args: CompareArgs, now: Date = new Date()): Promise<Comparison> {
  const subjects = args.names.map(subjectForName);
  const envelope = await dispatch('getMarket', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  const state = MarketStateSchema.parse(envelope.data);
  const market = resolveMarket(state.overrides, state.halvingOverride, state.updates.figures);
  const comparison = compareDevices(subjects, market, state.preferences, now);
  // A name taken as one of several variants ("RX 580" → the 8 GB card) says so beside that column.
  const picked = comparison.subjects.map((subject, i) => {
    const note = pickNoteFor(args.names[i] ?? '');
    return note ? { ...subject, notes: [verbatim(note), ...subject.notes] } : subject;
  });
  return ComparisonSchema.parse({ ...comparison, subjects: picked });
}

function pickNoteFor(name: string): string | null {
  const gpu = matchGpu({ rawName: name });
  if (recognisedId(gpu)) return pickNote(name, gpu, gpuCatalogue);
  const asic = matchAsic(name);
  return recognisedId(asic) ? pickNote(name, asic, asicCatalogue) : null;
}
