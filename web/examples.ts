/** The operations GraphiQL opens with: who said what in the TASS article of 17 February 2022. */

const whoSaidWhat = `# saidgraph: who said what, in which office, reported where.
# The example graph holds the TASS article of 17 February 2022 (Lavrov, Peskov).
# Press the run button and pick an operation.

# Sergey Lavrov's statements, in the office he held, with their spans in the article,
# and the words of others that he reported (nested statements).
query LavrovStatements {
  statements(where: { speakerName: "Sergey Lavrov" }, first: 50) {
    totalCount
    nodes {
      text
      kind
      speaker { __typename ... on Person { name } }
      inCapacityOf { title organization { name } }
      occurrences { start end cue speakerText article { title publishedAt publisher { name } } }
      embeds { text speaker { __typename ... on Person { name } ... on Group { name } } }
    }
  }
}

# What the Kremlin's spokesman said.
query PeskovStatements {
  person(name: "Peskov") {
    name
    tenures { office { title organization { name } } start end }
    statements(first: 10) { nodes { text kind occurrences { cue } } }
  }
}

# Who held Russia's foreign ministry on the day of the article?
query ForeignMinisterOn {
  offices(where: { title: "foreign", organizationId: "organization:russia" }) {
    nodes { id title holders(at: "2022-02-17") { person { name } start end } }
  }
}

# Statements that mention NATO, with who said them.
query MentionsOfNato {
  statements(where: { mentions: "organization:nato" }) {
    nodes { text speaker { ... on Person { name } ... on Group { name } } }
  }
}

# Full-text search in statement text.
query SearchSecurity {
  statements(where: { text: "security guarantees" }) {
    nodes { text speaker { ... on Person { name } } }
  }
}
`;

export const exampleTabs = [{ query: whoSaidWhat }];
