import autocannon from 'autocannon';

/** One request of a workload: the operation it counts under, what it sends, and how to tell a right answer. */
export interface Call {
  op: string;
  headers: Record<string, string>;
  body: string;
  /** Why the answer is wrong, or null when it is right. */
  check: (status: number, body: string) => string | null;
}

/** What one run of a workload saw: latencies per operation, and wrong answers or failed requests by reason. */
export interface WorkloadRun {
  latencies: Map<string, number[]>;
  seconds: number;
  errors: Map<string, number>;
  /** Requests sent, answered or not: autocannon stops at the end of its time with some still in flight. */
  sent: number;
}

/** Requests autocannon sent during a run (its result has the figure; its types do not say so). */
export function sentRequests(result: autocannon.Result): number {
  return (result.requests as { sent?: number }).sent ?? result.requests.total;
}

/** An answer that must be exactly `expected` (a read whose data does not change during the case). */
export function exactly(expected: string): Call['check'] {
  return (status, body) => (status !== 200 ? `HTTP ${status}` : body === expected ? null : 'another answer');
}

/** An answer with data and without errors (reads and writes whose data changes while the load runs). */
export function withoutErrors(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}`;
  if (!body.includes('"errors"')) return null;
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ? `error ${code}` : 'an error';
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Drives `next()`'s requests at `url` for `seconds` over `connections`
 * connections with autocannon, each connection sending its next request as
 * soon as the previous one is answered. Every request is built by `next()`
 * (its own token, operation and variables), so nothing repeats unless the
 * workload repeats it.
 */
export async function driveWorkload(
  url: string,
  next: () => Call,
  connections: number,
  seconds: number,
): Promise<WorkloadRun> {
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const fail = (reason: string, count = 1): void => {
    if (count > 0) errors.set(reason, (errors.get(reason) ?? 0) + count);
  };
  // autocannon reports a response's body (onResponse) just before its latency (the 'response' event).
  let answered: Call | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request, context) => {
              const call = next();
              (context as { call?: Call }).call = call;
              return {
                ...request,
                headers: { 'content-type': 'application/json', ...call.headers },
                body: call.body,
              };
            },
            onResponse: (status, body, context) => {
              const call = (context as { call?: Call }).call;
              answered = call;
              const wrong = call ? call.check(status, body) : 'no request';
              if (wrong) fail(`${call?.op ?? '?'}: ${wrong}`);
            },
          },
        ],
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (answered) add(latencies, answered.op, responseTime);
      answered = undefined;
    });
  });
  fail('connection errors', result.errors);
  fail('timeouts', result.timeouts);
  return { latencies, seconds: result.duration, errors, sent: sentRequests(result) };
}
