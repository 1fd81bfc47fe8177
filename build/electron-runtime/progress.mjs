/**
 * Download progress on stderr: one line rewritten in place on a terminal, a line every 10 % elsewhere (CI logs, pipes).
 */
const MiB = 1024 * 1024;

export function progressPrinter(label, stream = process.stderr) {
  let lastStep = -1;
  return ({ transferred, total }) => {
    const got = `${(transferred / MiB).toFixed(1)} MiB`;
    const text = total ? `${label}: ${Math.floor((transferred / total) * 100)} % of ${(total / MiB).toFixed(0)} MiB` : `${label}: ${got}`;
    if (stream.isTTY) {
      stream.write(`\r${text}   `);
      return;
    }
    const step = total ? Math.floor((transferred / total) * 10) : Math.floor(transferred / (10 * MiB));
    if (step !== lastStep) {
      lastStep = step;
      stream.write(`${text}\n`);
    }
  };
}

export function endProgress(stream = process.stderr) {
  if (stream.isTTY) stream.write('\n');
}
