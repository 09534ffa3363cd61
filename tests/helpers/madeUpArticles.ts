/**
 * Made-up articles for the tests of the write paths (one article a transaction, `--bulk`,
 * `--import`): people who come back (and one statement reported by two articles), two Browns, a
 * text given twice, nested attribution, an office, a date.
 */
export const MADE_UP_ARTICLES = [
  { id: 'a1', publisher: 'Example Wire', publishedAt: '2024-03-04', text: 'Foreign Minister Anna Kovacs said the talks would resume on Monday. "We are ready," Kovacs said. Prime Minister Tom Reed told reporters the deal was close.' },
  { id: 'a2', publisher: 'Sample Daily', publishedAt: '2024-03-05', text: 'Anna Kovacs said the talks would resume on Monday. Mr Reed said he was hopeful about the deal.' },
  { id: 'a3', publisher: 'Example Wire', publishedAt: '2024-03-06', text: 'Peter Brown, a farmer, said the drought was severe. His son, Tim Brown, said the crops had failed. "It is hard," Peter Brown said.' },
  { id: 'a4', publisher: 'Example Wire', publishedAt: '2024-03-04', text: 'Foreign Minister Anna Kovacs said the talks would resume on Monday. "We are ready," Kovacs said. Prime Minister Tom Reed told reporters the deal was close.' },
  { id: 'a5', publisher: 'Harbour Times', publishedAt: '2024-03-07', text: '"Last week Mayor Ana Ruiz said the bridge would close, and we believed her," Governor Tom Berg said. Kovacs said the talks went well.' },
];
