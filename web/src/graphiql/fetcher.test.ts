import { explorerFetcher } from './fetcher';

describe('the explorer fetcher', () => {
  it('posts JSON to the endpoint asking for the GraphQL response type first and passes typed headers on', async () => {
    // Arrange
    const calls: [string, RequestInit][] = [];
    const fake = (async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return new Response('{"data":{"__typename":"Query"}}', {
        headers: { 'content-type': 'application/graphql-response+json' },
      });
    }) as unknown as typeof fetch;

    // Act
    const result = await explorerFetcher('/graphql', fake)(
      { query: '{ __typename }' },
      { headers: { Authorization: 'Bearer txk_1' } },
    );

    // Assert
    expect(result).toEqual({ data: { __typename: 'Query' } });
    const [url, init] = calls[0];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const headers = init.headers as Record<string, string>;
    expect(headers.accept).toBe('application/graphql-response+json, application/json;q=0.9');
    expect(headers['content-type']).toBe('application/json');
    expect(headers.authorization).toBe('Bearer txk_1');
    expect(JSON.parse(init.body as string)).toEqual({ query: '{ __typename }' });
  });

  it('turns an answer that is not JSON into a GraphQL error naming the status', async () => {
    // Arrange
    const fake = (async () =>
      new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' })) as unknown as typeof fetch;

    // Act
    const result = await explorerFetcher('/graphql', fake)({ query: '{ __typename }' });

    // Assert
    expect(result).toEqual({ errors: [{ message: '502 Bad Gateway: bad gateway' }] });
  });
});
