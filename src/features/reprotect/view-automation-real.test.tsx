import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../testing/server';
import { arm } from '../../api/arm-client';
import { armPaths, simulatorPaths } from '../../api/arm-paths';
import type { ArmJob, ArmList } from '../../api/wire-types';
import { ReprotectPane } from './reprotect-pane';
import { renderPane } from '../../testing/render-pane';

type User = ReturnType<typeof userEvent.setup>;
const VAULT = 'contoso-vault';

async function pick(user: User, dialog: HTMLElement, label: string, name: string) {
  await user.click(await within(dialog).findByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}( |$)`) }));
}

/** The Re-protect pane of web-01 filled in: cs-01, ps-azure-01, datastore-vmfs-01, R: (RV-6). */
async function filledPane(user: User) {
  const { unmount } = renderPane(<ReprotectPane />, { vault: VAULT, item: 'web-01', child: 'reprotect' });
  await screen.findByRole('textbox', { name: 'Direction' }, { timeout: 5000 });
  const dialog = screen.getByRole('dialog', { name: 'Re-protect' });
  await pick(user, dialog, 'Master target server', 'cs-01');
  await pick(user, dialog, 'Process server', 'ps-azure-01');
  await within(dialog).findByRole('button', { name: /^Excluded retention drives/ });
  await pick(user, dialog, 'Datastore', 'datastore-vmfs-01');
  return { dialog, unmount };
}

/** The ARM request block: "POST <url>", a header line, a blank line, the JSON body. */
function parseShown(text: string) {
  const [requestLine, , , ...body] = text.split('\n');
  const [method, url] = requestLine.split(' ');
  return { method, url, body: JSON.parse(body.join('\n')) as unknown };
}

async function reprotectJobs() {
  const jobs = await arm.get<ArmList<ArmJob>>(armPaths.jobs(VAULT));
  return jobs.value.filter((job) => job.properties.scenarioName === 'Reprotect');
}

const summary = (job: ArmJob) => ({
  scenarioName: job.properties.scenarioName,
  targetObjectName: job.properties.targetObjectName,
  tasks: job.properties.tasks.map((task) => task.name),
});

beforeEach(async () => {
  await arm.post(simulatorPaths.loadScenario('default'));
});

describe('View automation against the simulated backend (docs/ui-names.md §4)', () => {
  it(
    'LIFE-3: the ARM request shown, sent as is, starts the same job that OK starts, and OK sends exactly it',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      const first = await filledPane(user);
      await user.click(within(first.dialog).getByRole('button', { name: 'View automation' }));
      const region = within(first.dialog).getByRole('region', { name: 'ARM request' });
      const shown = parseShown(region.querySelector('pre')?.textContent ?? '');
      expect(shown.method).toBe('POST');
      expect(shown.url).toMatch(/^https:\/\/management\.azure\.com\/.*\/web-01\/reProtect\?api-version=/i);

      // Send the shown request as a script would.
      const response = await fetch(shown.url, {
        method: shown.method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(shown.body),
      });
      expect(response.status).toBe(202);
      const [viaScript] = await reprotectJobs();
      first.unmount();

      // A fresh world, the same form, OK: the portal sends the same body and gets the same job.
      await arm.post(simulatorPaths.loadScenario('default'));
      const sent: unknown[] = [];
      const listener = ({ request }: { request: Request }) => {
        if (request.method === 'POST' && /\/reProtect(\?|$)/i.test(request.url))
          void request
            .clone()
            .json()
            .then((body: unknown) => sent.push(body));
      };
      server.events.on('request:start', listener);
      try {
        const second = await filledPane(user);
        await user.click(within(second.dialog).getByRole('button', { name: 'OK' }));
        await screen.findByRole('heading', { name: 'item blade' }, { timeout: 5000 });
      } finally {
        server.events.removeListener('request:start', listener);
      }
      expect(sent).toEqual([shown.body]);
      const [viaOk] = await reprotectJobs();
      expect(summary(viaOk)).toEqual(summary(viaScript));
      expect(viaOk.properties.targetObjectName).toBe('web-01');
    },
  );
});
