import { FleetFileSchema, type FleetFile } from '../../shared/plan/fleet-file';
import { readJsonFileInput } from './json-file-input';

const MAX_FLEET_BYTES = 256 * 1024;

/** `plan --file fleet.json`: read bounded, parsed, checked against the schema. */
export function readFleet(path: string): FleetFile {
  return readJsonFileInput(path, MAX_FLEET_BYTES, FleetFileSchema, ' (a fleet file: see docs/plan.md)');
}
