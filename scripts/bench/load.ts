/**
 * Load against a loopback server, every run bounded in time: throughput through autocannon's
 * programmatic API (many connections), latency through a plain keep-alive loop on one connection
 * (autocannon's histogram keeps whole milliseconds, too coarse for a cached page's 1-3 ms).
 */
import http from 'node:http';
import autocannon from 'autocannon';

export interface Throughput {
  /** 2xx responses per second. */
  rps: number;
  /** Everything else: non-2xx answers, connection errors and timeouts (should be 0). */
  failures: number;
}

export async function throughput(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<Throughput> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: options.headers, timeout: 10 });
  return { rps: result['2xx'] / result.duration, failures: result.non2xx + result.errors + result.timeouts };
}

/** Several paths in turn on every connection (autocannon cycles through `requests`), for the mixed soak. */
export async function mixedLoad(baseUrl: string, paths: string[], options: { connections: number; seconds: number }): Promise<Throughput> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return { rps: result['2xx'] / result.duration, failures: result.non2xx + result.errors + result.timeouts };
}

export interface Latency {
  p50: number;
  p99: number;
  count: number;
  failures: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Back-to-back GETs on one keep-alive connection for `seconds`; milliseconds with microsecond precision. */
export async function latency(url: string, options: { seconds: number; headers?: Record<string, string> }): Promise<Latency> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let failures = 0;
  const deadline = performance.now() + options.seconds * 1000;
  try {
    while (performance.now() < deadline) {
      const started = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.get(url, { agent, headers: options.headers, timeout: 10_000 }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        });
        request.on('timeout', () => request.destroy(new Error('timeout')));
        request.on('error', reject);
      }).catch(() => 0);
      if (status >= 200 && status < 300) times.push(performance.now() - started);
      else failures++;
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), count: times.length, failures };
}
