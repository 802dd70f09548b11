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
    ...(opts.requests ? { requests: opts.requests } : {}),
    headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
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
