// The example queries GraphiQL opens on, one tab each; a test runs every one of them.

export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'How is Kishida connected to Trump?',
    query: `# How is Kishida connected to Trump? The fewest hops, each with its relation and the quote behind it.
query KishidaToTrump {
  shortestPath(from: "Kishida", to: "Trump") {
    length
    steps {
      from { name }
      relation { type summary evidence { quote source { title } } }
      to { name }
      forward
    }
  }
}
`,
  },
  {
    title: "Japan's neighbourhood",
    query: `# Japan's neighbourhood: every entity one hop away, and the relations among them.
# Try depth: 2, or types: [ALLY, RIVAL], or direction: OUT.
query JapanNeighbourhood {
  neighborhood(ref: "Japan", depth: 1) {
    entities { id name kind }
    relations { type from { name } to { name } summary }
  }
}
`,
  },
  {
    title: 'Every concern, with its evidence',
    query: `# Every concern in the graph: who worries about what, and the quote that says so.
query Concerns {
  relations(types: [CONCERN], first: 50) {
    totalCount
    nodes {
      from { name }
      to { name }
      summary
      confidence
      evidence { quote start end source { id } }
    }
  }
}
`,
  },
  {
    title: 'Allies of the United States',
    query: `# The United States' allies, named the way readers write it ("US", "U.S.", "America" all work).
query AlliesOfTheUS {
  entity(ref: "U.S.") {
    name
    neighbors(types: [ALLY]) { name kind }
    relations(types: [ALLY]) { from { name } to { name } summary evidence { quote } }
  }
}
`,
  },
  {
    title: 'Every path from Abe to China',
    query: `# Every simple path of up to three hops from Abe to China, shortest first.
query AbeToChina($maxLength: Int = 3) {
  paths(from: "Abe", to: "China", maxLength: $maxLength, first: 5) {
    length
    steps { from { name } relation { type } to { name } forward }
  }
}
`,
  },
];
