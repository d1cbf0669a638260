/**
 * Polling follows the simulation clock. While it runs, blades poll so jobs visibly progress; while
 * it is paused nothing in the world changes except through the portal's own actions (operations,
 * clock steps, Lab changes, role), and each of those invalidates the queries it affects — so
 * polling then would only burn CPU. The clock query (always mounted in the header) reports here.
 */
let clockRunning = true;

export function setClockRunning(running: boolean): void {
  clockRunning = running;
}

/** A refetchInterval value: `ms` while the simulation clock runs, none while it is paused. */
export function poll(ms: number): number | false {
  return clockRunning ? ms : false;
}
