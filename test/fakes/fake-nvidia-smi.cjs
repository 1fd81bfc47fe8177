// Replays a captured `nvidia-smi --query-gpu` table from $RIGSHIFT_FIXTURE/nvidia-smi.csv, printing the columns asked for.
// Modes ($RIGSHIFT_FIXTURE/nvidia-smi.mode): "hang" never answers (and logs the call to nvidia-smi.calls); "driver-failure", "old-driver" and "lost-gpu"
// replay the real messages in test/fixtures/hardware/_common.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.RIGSHIFT_FIXTURE;
const common = path.join(__dirname, '..', 'fixtures', 'hardware', '_common');
const read = (file) => fs.readFileSync(file, 'utf8');
const modeFile = path.join(dir, 'nvidia-smi.mode');
const mode = fs.existsSync(modeFile) ? read(modeFile).trim() : '';

if (mode === 'hang') {
  // Each hung call is counted (the folder is a temporary copy in every mode), so a test can tell how often it was run.
  fs.appendFileSync(path.join(dir, 'nvidia-smi.calls'), `${process.argv.slice(2).join(' ')}\n`);
  setInterval(() => {}, 1 << 30);
}
else if (mode === 'driver-failure') {
  process.stdout.write(read(path.join(common, 'nvidia-smi-driver-failure.txt')));
  process.exit(9);
} else main();

function main() {
  const args = process.argv.slice(2);
  const query = args.find((a) => a.startsWith('--query-gpu='));
  const format = (args.find((a) => a.startsWith('--format=')) || '--format=csv').slice('--format='.length).split(',');
  if (!query) {
    process.stdout.write('fake nvidia-smi: only --query-gpu is recorded\n');
    process.exit(1);
  }
  const fields = query.slice('--query-gpu='.length).split(',');
  if (mode === 'old-driver' && fields.includes('compute_cap')) {
    process.stdout.write(read(path.join(common, 'nvidia-smi-invalid-field.txt')));
    process.exit(2);
  }
  const lines = read(path.join(dir, 'nvidia-smi.csv')).split(/\r?\n/).filter(Boolean);
  const header = lines[0].split(', ');
  const nameOf = (cell) => cell.replace(/\s*\[.*\]$/, '');
  const ALIASES = { 'clocks.gr': 'clocks.current.graphics', 'clocks.mem': 'clocks.current.memory' };
  const column = (field) => header.findIndex((cell) => nameOf(cell) === field || nameOf(cell) === ALIASES[field]);
  const out = [];
  if (!format.includes('noheader')) out.push(fields.map((f) => (column(f) >= 0 ? (format.includes('nounits') ? header[column(f)] : header[column(f)]) : f)).join(', '));
  // A GPU that fell off the bus has no row; nvidia-smi prints its error instead (test/fixtures/hardware/_common).
  const lost = mode === 'lost-gpu' ? read(path.join(common, 'nvidia-smi-lost-gpu.txt')) : '';
  const lostBus = (/GPU ([0-9A-Fa-f:.]+):/.exec(lost) || [])[1];
  for (const line of lines.slice(1)) {
    const cells = line.split(', ');
    if (lostBus && cells[header.indexOf('pci.bus_id')].toLowerCase().endsWith(lostBus.toLowerCase().slice(-7))) continue;
    out.push(fields.map((f) => (column(f) >= 0 ? cells[column(f)] : '[N/A]')).join(', '));
  }
  process.stdout.write(out.join('\n') + '\n');
  if (lost) {
    process.stdout.write(lost);
    process.exit(15);
  }
}
