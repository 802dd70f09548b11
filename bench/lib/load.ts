import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** CPU (user + system) the loaded process spent per request, when measured. */
  cpuMsPerRequest?: number;
}

const JSON_BODY = { 'content-type': 'application/json' };

/** Loads 127.0.0.1 with autocannon for `seconds`, bounded in time (and autocannon's own timeout per request). */
export async function load(opts: {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Requests each connection cycles through (autocannon's `requests`). */
  requests?: { method: 'GET' | 'POST'; path: string; body?: string }[];
}): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(opts.url)) throw new Error(`load only targets 127.0.0.1, not ${opts.url}`);
  const r = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    pipelining: 1,
    timeout: 10,
    method: opts.method ?? 'GET',
    ...(opts.body !== undefined ? { body: opts.body } : {}),
    // A content-type only where a body goes: tRPC's clients send none with a GET, and the
    // server's fast path (apps/server/src/trpc-fast-path.ts) leaves typed GETs to the generic path.
    ...(opts.requests
      ? { requests: opts.requests.map((r) => (r.body === undefined ? r : { ...r, headers: JSON_BODY })) }
      : {}),
    headers: { ...(opts.body !== undefined ? JSON_BODY : {}), ...(opts.headers ?? {}) },
  });
  return {
    rps: r.requests.total / (r.duration || opts.seconds),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

/** A load run's validity: a run that got errors measured the errors, not the work. */
export const clean = (r: LoadResult) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0;
