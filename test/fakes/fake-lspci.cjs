// Replays a captured `lspci -vvv` from $RIGSHIFT_FIXTURE/lspci-vvv.txt (the only form systeminformation runs).
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(process.env.RIGSHIFT_FIXTURE, 'lspci-vvv.txt');
if (fs.existsSync(file)) process.stdout.write(fs.readFileSync(file, 'utf8'));
