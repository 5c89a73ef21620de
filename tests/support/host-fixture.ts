import { test as base } from '@playwright/test';
import { startHost, type HostOptions, type RunningHost } from './web-host';

export { expect } from '@playwright/test';

interface HostFixtures {
  /** The hosts this test started, stopped when it ends. */
  runningHosts: RunningHost[];
  /** Starts the real web host for this test; it is stopped when the test ends. */
  startHost: (options?: HostOptions) => Promise<RunningHost>;
  /** Stops this test's hosts now, for a spec whose own clean-up must come after them. */
  stopHosts: () => Promise<void>;
}

const stopAll = (hosts: RunningHost[]) => Promise.all(hosts.splice(0).map((host) => host.stop())).then(() => {});

/** Playwright's test with a web host at hand: `startHost(options)` in a test, no clean-up to write. */
export const test = base.extend<HostFixtures>({
  // Playwright reads a fixture's dependencies from its first argument, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  runningHosts: async ({}, use) => {
    const hosts: RunningHost[] = [];
    await use(hosts);
    await stopAll(hosts);
  },
  startHost: async ({ runningHosts }, use) => {
    await use(async (options) => {
      const host = await startHost(options);
      runningHosts.push(host);
      return host;
    });
  },
  stopHosts: async ({ runningHosts }, use) => {
    await use(() => stopAll(runningHosts));
  },
});
