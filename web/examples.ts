/**
 * The operations GraphiQL opens with, one tab each: research questions about the example graph
 * (the TASS article of 17 February 2022 and a made-up second article of 2 March 2022).
 */

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

# Ingest an article (needs an API key: set the header below and SAIDGRAPH_API_KEYS on the server).
# dryRun shows what the extractor finds and writes nothing.
mutation DryRunIngest {
  ingestArticle(
    dryRun: true
    input: { title: "Minister backs new port", publisher: "Harbour Times", publishedAt: "2024-06-01",
      text: "Minister backs new port\\n\\nTransport Minister Lena Holm said on Friday that the new port would open in 2026." }
  ) { created dryRun newPeople statements { quote kind speakerName officeTitle cue } error { code message } }
}
`;

export const exampleTabs = [
  { query: whoSaidWhat },
  { query: research },
  { query: connections },
  { query: searchAndExport, headers: '{ "Authorization": "Bearer <your key>" }' },
];
