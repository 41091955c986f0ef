import { test, expect } from '@playwright/test';
import { serverAudits } from 'graphql-http';

// The graphql-http package's conformance audit of the GraphQL-over-HTTP spec, run against the
// API itself (not through the preview proxy): every audit, MUST, SHOULD and MAY alike, passes.
const url = `http://127.0.0.1:${process.env.TX_E2E_API_PORT}/graphql`;

test.describe('GraphQL over HTTP', () => {
  for (const audit of serverAudits({ url })) {
    test(`the server passes audit ${audit.id}: ${audit.name}`, async () => {
      // Act
      const result = await audit.fn();

      // Assert
      const reason = result.status === 'ok' ? '' : `${result.reason} (HTTP ${result.response.status})`;
      expect(result.status, reason).toBe('ok');
    });
  }
});
