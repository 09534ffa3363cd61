/**
 * The operations GraphiQL opens with, one tab each: research questions about the example graph
 * (the TASS article of 17 February 2022 and a made-up second article of 2 March 2022).
 */

/** The placeholder of a key in the tabs that write: the page puts the development key of `npm start` in its place (main.tsx). */
export const KEY_PLACEHOLDER = '<your key>';

/** The headers of the tabs that write. */
const DEVELOPMENT_HEADERS = `{ "Authorization": "Bearer ${KEY_PLACEHOLDER}" }`;

const whoSaidWhat = `# saidgraph: who said what, in which office, reported where.
# The example graph holds the TASS article of 17 February 2022 (Lavrov, Peskov) and a made-up
# second article (Example Wire, 2 March 2022; its speakers are fictional).
# Press the run button and pick an operation. Open "Graph view" on the left to see results drawn.

# Sergey Lavrov's statements, in the office he held, with their spans in the article,
# and the words of others that he reported (nested statements).
query LavrovStatements {
  statements(where: { speakerName: "Sergey Lavrov" }, first: 50) {
    totalCount
    nodes {
      id
      text
      kind
      speaker { __typename ... on Person { id name } }
      inCapacityOf { id title organization { id name } }
      occurrences { start end cue speakerText article { id title publishedAt publisher { id name } } }
      embeds { id text speaker { __typename ... on Person { id name } ... on Group { id name } } }
    }
  }
}

# What the Kremlin's spokesman said, and the office he holds.
query PeskovStatements {
  person(name: "Peskov") {
    id
    name
    tenures { office { id title organization { id name } } start end }
    statements(first: 10) { nodes { id text kind occurrences { cue } } }
  }
}

# Who held Russia's foreign ministry on the day of the article?
query ForeignMinisterOn {
  offices(where: { title: "foreign", organizationId: "organization:russia" }) {
    nodes { id title holders(at: "2022-02-17") { person { id name } start end } }
  }
}
`;

const research = `# Research questions: counts, time series, mentions.

# Which Russian officials spoke about NATO in February 2022, and how often?
query RussianOfficialsOnNato {
  statementCounts(
    by: SPEAKER
    where: { organizationId: "organization:russia", mentions: "organization:nato", saidFrom: "2022-02-01", saidTo: "2022-02-28" }
  ) { key label count }
}

# Statements per month: a time series (oldest first).
query StatementsPerMonth {
  statementCounts(by: MONTH) { key count }
}

# Statements per outlet and per office.
query PerPublisherAndOffice {
  publishers: statementCounts(by: PUBLISHER) { label count }
  offices: statementCounts(by: OFFICE) { label count }
}

# Who said what about NATO?
query AboutNato {
  statements(where: { mentions: "organization:nato" }) {
    nodes { id text speaker { __typename ... on Person { id name } ... on Group { id name } } }
  }
}
`;

const connections = `# How are people connected? Open "Graph view" to see the answer drawn.

# How is Peskov connected to Di Maio?
query PeskovToDiMaio {
  path(from: "person:dmitry-peskov", to: "person:luigi-di-maio") {
    nodes { id type label }
    edges { type source target }
  }
}

# Who has quoted Borrell? (statements that embed his words)
query WhoQuotedBorrell {
  person(name: "Josep Borrell") {
    statements { nodes { id text embeddedIn { id text speaker { ... on Person { id name } } } } }
  }
}

# The neighbourhood of Russia: a hub, so each node expands to at most 15 neighbours.
query AroundRussia {
  neighborhood(id: "organization:russia", depth: 2, limit: 15) {
    truncated
    nodes { id type label }
    edges { type source target }
  }
}
`;

const searchAndExport = `# Full-text search, and a statement as schema.org JSON-LD.

query SearchSecurity {
  search(query: "security guarantees", first: 10) {
    score
    type
    highlight
    node { id ... on Statement { text } ... on Person { name } }
  }
}

query QuotationAsJsonLd {
  statements(where: { text: "Definitely", kind: DIRECT }, first: 1) { nodes { id jsonLd } }
}

# Ingest an article (needs a key with the "ingest" scope: opened from \`npm start\` with no
# SAIDGRAPH_API_KEYS, the headers below hold its local development key; elsewhere, put yours there).
# dryRun shows what the extractor finds and writes nothing.
mutation DryRunIngest {
  ingestArticle(
    dryRun: true
    input: { title: "Minister backs new port", publisher: "Harbour Times", publishedAt: "2024-06-01",
      text: "Minister backs new port\\n\\nTransport Minister Lena Holm said on Friday that the new port would open in 2026." }
  ) { created dryRun newPeople statements { quote kind speakerName officeTitle cue } error { code message } }
}
`;

const curation = `# Correcting the graph: what a person sets stays set. Ingesting the articles again or
# re-extracting them leaves it (it is marked CURATED), and every change is in the audit trail.
# Each mutation takes the \`version\` you read: if someone changed the object since, the answer
# is CONFLICT and nothing changes. The variables below hold the versions of the example graph;
# run ReadBeforeCorrecting to see them, and again after each change.
# Mutations need a key with the "curate" scope: opened from \`npm start\` with no SAIDGRAPH_API_KEYS,
# the headers below hold its local development key; elsewhere, put your key there.

query ReadBeforeCorrecting {
  person(name: "Dmitry Peskov") { id name version aliases curatedFields tenures { id version origin office { id title } } }
  statement(id: "statement:fd5d3e8309c3b053e1338f3c1c217190") {
    id version text
    speaker { ... on Person { id name } }
    inCapacityOf { id title }
    attribution { origin curatedFields confidence method }
  }
  article(id: "article:edd09f15c8528c3f9d21ad49b3184944") { id title version retractedAt }
}

# A spelling of the name that Western media use, with the reason the audit trail keeps.
mutation AddSpelling($peskovVersion: Int!) {
  updateEntity(id: "person:dmitry-peskov", version: $peskovVersion,
               input: { aliases: ["Dmitri Peskov"] }, reason: "spelling in Western media") {
    entity { ... on Person { id name aliases version curatedFields } }
    edit { sequence actor operation reason before after }
  }
}

# The office the speaker spoke in, checked by a person: marked CURATED, confidence 1.
mutation ConfirmOffice($statementVersion: Int!) {
  correctAttribution(statementId: "statement:fd5d3e8309c3b053e1338f3c1c217190", version: $statementVersion,
                     officeId: "office:kremlin:press-secretary-of-the-president-of-russia",
                     reason: "Peskov speaks as the Kremlin's press secretary") {
    statement { id version inCapacityOf { title } attribution { origin curatedFields confidence method } }
    edit { sequence operation before after }
  }
}

# A withdrawn article leaves every answer, with the statements only it reports; restore brings it back.
mutation Retract($articleVersion: Int!) {
  retractArticle(id: "article:edd09f15c8528c3f9d21ad49b3184944", version: $articleVersion, reason: "made-up example") {
    article { id version retractedAt retractionReason }
    statementsAffected
  }
}

mutation Restore($restoreVersion: Int!) {
  restoreArticle(id: "article:edd09f15c8528c3f9d21ad49b3184944", version: $restoreVersion) {
    article { id version retractedAt }
    statementsAffected
  }
}

# Who changed what, when and why: the whole trail, or that of one person.
query AuditTrail {
  edits(first: 20) { nodes { sequence at actor operation reason entityIds articleIds } }
  person(name: "Dmitry Peskov") { edits { nodes { sequence actor operation reason before after } } }
}
`;

const changeFeed = `# The change feed: statements as they are added to the graph, over WebSocket.
# Run it, then ingest an article (DryRunIngest of the search tab with dryRun: false, or
# \`npx saidgraph ingest FILE\`):
# each new statement of a speaker named Holm appears here as it is written. A consumer that
# reconnects passes the last sequence it handled as $since and misses nothing.
subscription ChangeFeed($since: Int) {
  statementAdded(where: { speakerName: "Holm" }, since: $since) {
    sequence
    at
    operation
    statement { id text speaker { ... on Person { name } ... on Organization { name } ... on Group { name } } }
    article { title publisher { name } }
  }
}
`;

export const exampleTabs = [
  { query: whoSaidWhat },
  { query: research },
  { query: connections },
  { query: searchAndExport, headers: DEVELOPMENT_HEADERS },
  {
    query: curation,
    headers: DEVELOPMENT_HEADERS,
    variables: JSON.stringify({ peskovVersion: 3, statementVersion: 1, articleVersion: 1, restoreVersion: 2 }, null, 2),
  },
  { query: changeFeed, headers: DEVELOPMENT_HEADERS },
];
