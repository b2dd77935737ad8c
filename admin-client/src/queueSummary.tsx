import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useFormat } from './intl';

/** One queue of the page as its summary names it: its title and how many it holds (null until read). */
interface QueueCount {
  title: string;
  count: number | null;
}

interface Summary {
  set: (anchor: string, queue: QueueCount) => void;
  remove: (anchor: string) => void;
}

const SummaryContext = createContext<Summary | null>(null);

/**
 * A page of several work queues, one under the other, with what each holds
 * said at its top and a link to each: the agent's morning starts with every
 * queue's count, not with the first queue's rows and the others below them.
 * Each queue says its count with useQueueCount; a page of one queue has no
 * summary.
 */
export function QueuesWithSummary({ children }: { children: ReactNode }) {
  const { t, number } = useFormat();
  // In the order the queues first said themselves, which is the page's: a Map keeps it as counts change.
  const [queues, setQueues] = useState<ReadonlyMap<string, QueueCount>>(new Map());
  const summary = useMemo<Summary>(
    () => ({
      set: (anchor, queue) => setQueues((previous) => new Map(previous).set(anchor, queue)),
      remove: (anchor) =>
        setQueues((previous) => {
          const next = new Map(previous);
          next.delete(anchor);
          return next;
        }),
    }),
    [],
  );
  return (
    <SummaryContext.Provider value={summary}>
      {queues.size > 1 ? (
        <Paper component="nav" withBorder p="md" my="md" aria-label={t('queueSummary')} data-testid="queue-summary">
          <Title order={3} size="h5">
            {t('queueSummary')}
          </Title>
          <List my="xs">
            {[...queues].map(([anchor, queue]) => (
              <List.Item key={anchor} data-queue={anchor} data-count={queue.count ?? ''}>
                <Anchor href={`#${anchor}`}>{queue.title}</Anchor>
                {t('labelSeparator')}
                {queue.count === null ? <Text span>{t('queueSummaryReading')}</Text> : number(queue.count)}
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      {children}
    </SummaryContext.Provider>
  );
}

/** Says a queue's count to the page's summary, under the anchor of the queue's section (no summary: nothing). */
export function useQueueCount(anchor: string, title: string, count: number | null): void {
  const summary = useContext(SummaryContext);
  useEffect(() => {
    if (!summary) return;
    return () => summary.remove(anchor);
  }, [summary, anchor]);
  useEffect(() => {
    summary?.set(anchor, { title, count });
  }, [summary, anchor, title, count]);
}
