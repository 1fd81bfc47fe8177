import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../support/electron-binary';

const saved = process.env.ELECTRON_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.ELECTRON_PATH;
  else process.env.ELECTRON_PATH = saved;
});

describe('electronBinary: where the _electron specs find Electron, without require("electron")', () => {
  it('uses ELECTRON_PATH when it names an existing file, and reports none when it does not', () => {
    process.env.ELECTRON_PATH = process.execPath;
    expect(electronBinary()).toBe(process.execPath);
    process.env.ELECTRON_PATH = '/nonexistent/electron';
    expect(electronBinary()).toBeNull();
  });
});
