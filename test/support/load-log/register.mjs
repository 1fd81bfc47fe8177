// `node --import ./test/support/load-log/register.mjs …`: appends every module URL the process resolves, one a line, to
// the file named by RIGSHIFT_LOAD_LOG (test/integration/cli-chunks.test.ts reads it to see what `judge` loads).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { log: process.env.RIGSHIFT_LOAD_LOG } });
