import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled CLI that `npm run cli` and the package's `bin` run (built by build/build-cli.mjs; test/support/build-cli.global.ts builds it before the tests). */
export const cliEntry = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'cli', 'rigshift.mjs');
