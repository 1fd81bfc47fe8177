import { AsicSpecSchema, type AsicSpec } from './asic-spec';
import { asicCatalogue as rawAsics } from './asics';
import { legacyAsics } from './asics-legacy';

/** Every ASIC miner RigShift knows, validated once at load. */
export const asicCatalogue: readonly AsicSpec[] = [...rawAsics, ...legacyAsics].map((entry) => AsicSpecSchema.parse(entry));

const byId = new Map(asicCatalogue.map((asic) => [asic.id, asic]));
export const asicById = (id: string): AsicSpec | undefined => byId.get(id);
