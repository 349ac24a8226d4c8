import { useState } from 'react';

/**
 * Page-by-page browsing of a cursor connection for an Ant Design table: the cursor each visited page
 * started after, so "previous" returns to it. Pages are visited in order (cursors are opaque).
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  return {
    variables: { first: pageSize, after: cursors[page - 1] },
    pagination(totalCount: number | undefined, endCursor: string | null | undefined) {
      return {
        current: page,
        pageSize,
        total: totalCount ?? 0,
        // Forward and back only: a typed page number has no cursor to start from.
        simple: { readOnly: true },
        showSizeChanger: false,
        onChange: (next: number) => setCursors((visited) => (next > visited.length && endCursor ? [...visited, endCursor] : visited.slice(0, Math.max(1, next)))),
      };
    },
  };
}
