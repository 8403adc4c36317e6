// Explorer entry point. Talks only to the GraphQL API of the server that serves it.
const status = document.getElementById('status');

async function showHealth(): Promise<void> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok neo4j reason } }' }),
    });
    const { data } = (await response.json()) as { data?: { health: { ok: boolean; neo4j: string | null; reason: string | null } } };
    if (status) status.textContent = data?.health.ok ? `Neo4j ${data.health.neo4j ?? ''} is answering.` : `The database is not answering: ${data?.health.reason ?? 'unknown'}`;
  } catch {
    if (status) status.textContent = 'The PlanGraph API is not answering.';
  }
}

void showHealth();
