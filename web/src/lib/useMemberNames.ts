import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { MemberNameQuery } from '../api/operations';

/**
 * Labels (「姓名（单位）」) for members known only by id — those a saved draft names — asked for
 * once each; ids that cannot be read are left out (the picker then shows the id).
 */
export function useMemberNames(ids: readonly string[]): Readonly<Record<string, string>> {
  const client = useClient();
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const wanted = key.split(',');
    void Promise.all(wanted.map((id) => client.query(MemberNameQuery, { id }).toPromise())).then((results) => {
      if (cancelled) return;
      const found: Record<string, string> = {};
      results.forEach((res, i) => {
        const node = res.data?.node;
        if (node && 'name' in node && node.name) {
          found[wanted[i]] = node.organization ? `${node.name}（${node.organization.name}）` : node.name;
        }
      });
      setNames((prev) => ({ ...prev, ...found }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, key]);

  return names;
}
