/**
 * CPU milliseconds a piece of work takes in this process. The linear-cost checks of the tests use
 * CPU time, not wall time: a quadratic scan of their inputs takes minutes either way, while a
 * machine shared with other jobs stretches wall time without changing the work.
 */
export function cpuMillis(work: () => void): number {
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
