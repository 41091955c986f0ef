// The GraphQL explorer served at /graphiql (outside production): GraphiQL's own UI, bundled
// into this origin's hashed assets by the build so that it needs no CDN and works offline.
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { explorerFetcher } from './fetcher';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// What a first-time visitor reads in the editor: how the explorer authenticates.
const DEFAULT_QUERY = `# Tongxin GraphQL explorer
#
# Requests go to /graphql on this server. Signed in to the web app in this browser,
# they carry your session cookie. To act as an integrator, open the Headers tab below
# and send an API key:
#
#   { "Authorization": "Bearer <API key>" }
#
# Ctrl-Enter runs the query; the Docs button lists every type and field.

query Viewer {
  __typename
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={explorerFetcher('/graphql') as Fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
