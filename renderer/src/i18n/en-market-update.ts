/** English text of "Update market figures" (Earnings). */
export const enMarketUpdate = {
  title: 'Fresh market figures',
  button: 'Update market figures',
  busy: 'Asking…',
  explain: 'Asks {{sources}} for today’s coin prices, difficulty, network hashrate and fees. RigShift stays offline until you click; nothing about you or your devices is sent, and a figure that cannot be read keeps its old value.',
  never: 'The figures below are the dated defaults shipped with RigShift.',
  last: 'Last updated {{date}}.',
  updated_one: '{{source}}: {{count}} figure updated',
  updated_other: '{{source}}: {{count}} figures updated',
  rejected: '{{source}}: {{key}} ignored as implausible, old figure kept',
  failed: '{{source}}: {{problem}}; its figures were kept',
  fetched: 'fetched {{date}}',
  problems: {
    timeout: 'no answer in time',
    cancelled: 'cancelled',
    http: 'the server refused the request',
    'not-json': 'the reply was not readable',
    'too-large': 'the reply was too large',
    unreachable: 'could not be reached (offline?)',
    'unexpected-reply': 'the reply did not have the expected figures',
  },
};
