import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { UnauthenticatedError, type GraphQLErrorShape, type GraphQLResult } from './graphql';

/** A Relay connection as the queue operations select it; a feed (the audit page's latest changes) has no count. */
interface Connection<TNode> {
  totalCount?: number;
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Reads the first page (null) or the page after a cursor. */
export type PageFetcher<TNode> = (after: string | null) => Promise<GraphQLResult<Connection<TNode> | null>>;

export interface Pages<TNode> {
  items: TNode[];
  setItems: Dispatch<SetStateAction<TNode[]>>;
  totalCount: number | null;
  setTotalCount: Dispatch<SetStateAction<number | null>>;
  /** The cursor of the next page, null when there is none. */
  next: string | null;
  loading: boolean;
  errors: GraphQLErrorShape[];
  failure: string | null;
  /** Loads the first page (null) or the page after a cursor, appended without the rows already shown. */
  load: (after: string | null) => Promise<void>;
}

/**
 * The paging of the work queues (claims and applications) and of the latest changes: `fetchPage` reads
 * one page; the first page loads again whenever `fetchPage` changes (a new
 * filter). An answer to an earlier filter that arrives after the new one was
 * asked is dropped, so the rows and the count always follow the filter on
 * show. What the user acted on is changed in place with setItems.
 */
export function usePages<TNode extends { id: string }>(fetchPage: PageFetcher<TNode>): Pages<TNode> {
  const [items, setItems] = useState<TNode[]>([]);
  const [totalCount, setTotalCount] = useState<number | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [errors, setErrors] = useState<GraphQLErrorShape[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // The filter on show: answers read with any other are stale.
  const shown = useRef(fetchPage);

  const load = useCallback(
    async (after: string | null) => {
      // Whether the filter this page was read with is still the one on show.
      const current = () => shown.current === fetchPage;
      setLoading(true);
      try {
        const result = await fetchPage(after);
        if (!current()) return;
        const connection = result.data;
        if (connection) {
          const page = connection.edges.map((e) => e.node);
          setItems((previous) =>
            after ? [...previous, ...page.filter((n) => !previous.some((p) => p.id === n.id))] : page,
          );
          setTotalCount(connection.totalCount ?? null);
          setNext(connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null);
          setErrors([]);
        } else setErrors(result.errors);
        setFailure(null);
      } catch (error) {
        if (current() && !(error instanceof UnauthenticatedError))
          setFailure(error instanceof Error ? error.message : String(error));
      } finally {
        if (current()) setLoading(false);
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    shown.current = fetchPage;
    void load(null);
  }, [fetchPage, load]);

  return { items, setItems, totalCount, setTotalCount, next, loading, errors, failure, load };
}
