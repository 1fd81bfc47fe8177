/**
 * The one plain message `npm start` / `npm run dev` print when Electron's binary is missing and cannot be had:
 * what failed, how to retry, and the browser alternative. Never a stack trace.
 */

/** A short reason from a download error: the network cause (ECONNREFUSED, ENOTFOUND…) or the HTTP status line. */
export function reasonOf(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause && typeof cause === 'object') {
    const code = 'code' in cause ? String(cause.code) : '';
    const message = 'message' in cause ? String(cause.message) : '';
    return [code, message].filter(Boolean).join(': ') || error.message;
  }
  return error.message.split('\n')[0];
}

export function downloadFailedMessage(version, reason) {
  return [
    `RigShift: the desktop app needs Electron ${version}, which is downloaded once on first start, and the download failed.`,
    `  Reason: ${reason}`,
    '  Retry: run the same command again when this machine is online. Behind a proxy, set ELECTRON_GET_USE_PROXY=1',
    '  and HTTPS_PROXY; to use a mirror, set ELECTRON_MIRROR (electron_config_cache sets where the download is kept).',
    '  Meanwhile `npm run serve` opens the same app in your browser, and `npm run cli -- scan` runs it in a terminal.',
  ].join('\n');
}

export function downloadSkippedMessage(version) {
  return [
    `RigShift: the desktop app needs Electron ${version}, and its binary is not installed.`,
    '  ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded. Unset it and run the same command again,',
    '  or point ELECTRON_EXEC_PATH at an Electron executable.',
    '  Meanwhile `npm run serve` opens the same app in your browser, and `npm run cli -- scan` runs it in a terminal.',
  ].join('\n');
}

export function notInstalledMessage() {
  return 'RigShift: the electron package is not installed. Run `npm install` first, then the same command again.';
}

export function badExecPathMessage(path) {
  return `RigShift: ELECTRON_EXEC_PATH is set to ${path}, which does not exist. Unset it or point it at an Electron executable.`;
}
