import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadRuntime, resetRuntime } from '../runtime';
import { V, advanceUntilDone, call, get, post, put, reprotectWeb01, withApi } from './test-helpers';
import { runbookDocument, runbookStep } from '../../contract/runbook-document.cases';

beforeEach(() => {
  resetRuntime();
});
afterEach(() => {
  vi.useRealTimers();
});

/** An imported drill done when the VPN is connected (network-vpn-down, RP-4). */
const imported = (over: Record<string, unknown> = {}) =>
  runbookDocument({
    id: 'my-drill',
    title: { en: 'My drill' },
    scenario: 'network-vpn-down',
    steps: [runbookStep({ done: { kind: 'vpnConnected', connected: true }, rules: ['RP-4'] })],
    ...over,
  });

describe('/simulator/runbooks (RUNBOOK-CONTRACT.md)', () => {
  it('lists the built-ins first, with every language filled; GET one; unknown → 404 RunbookNotFound', async () => {
    const list = await get('/simulator/runbooks');
    expect(list.status).toBe(200);
    expect(list.json.value[0]).toMatchObject({ id: 'vmware-failback-web-01', builtIn: true });
    expect(list.json.value[0].title['nl-NL']).toBeTruthy();
    expect((await get('/simulator/Runbooks/VMWARE-failback-web-01')).json.id).toBe('vmware-failback-web-01');
    const missing = await get('/simulator/runbooks/nope');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('RunbookNotFound');
  });

  it('start replaces the world (clock paused), progress is exposed; a reload keeps it; stop → null', async () => {
    await put('/simulator/clock', { speed: 600 });
    const started = await post('/simulator/runbooks/vmware-failback-web-01/start', {});
    expect(started.status).toBe(200);
    expect(started.json.progress).toMatchObject({ runbookId: 'vmware-failback-web-01', currentStep: 0 });
    expect((await get('/simulator/clock')).json.speed).toBe(0);
    // Progress follows operations and clock steps (runtime commit).
    await reprotectWeb01();
    await advanceUntilDone();
    reloadRuntime();
    const running = await get('/simulator/runbook');
    expect(running.json.progress.currentStep).toBe(1);
    expect(running.json.progress.steps[0].state).toBe('Done');
    expect((await call('DELETE', '/simulator/runbook')).json).toEqual({ progress: null });
    expect((await get('/simulator/runbook')).json.progress).toBeNull();
    // The report of the stopped run stays readable.
    const report = await get('/simulator/runbooks/vmware-failback-web-01/report');
    expect(report.status).toBe(200);
    expect(report.json.steps[0].result).toBe('Done');
    expect((await get('/simulator/runbooks/my-drill/report')).json.error.code).toBe('RunbookReportNotFound');
    expect((await post('/simulator/runbooks/nope/start', {})).status).toBe(404);
  });

  it('hint and mistakes routes; 409 without a running runbook', async () => {
    expect((await post('/simulator/runbook/hint', {})).json.error.code).toBe('NoRunbookRunning');
    expect((await post('/simulator/runbook/mistakes', { code: 'x', message: 'y' })).status).toBe(409);
    await post('/simulator/runbooks/vmware-failback-web-01/start', {});
    const hint = await post('/simulator/runbook/hint', {});
    expect(hint.json.progress).toMatchObject({ hintsUsed: 1 });
    await post('/simulator/runbook/hint', {});
    expect((await post('/simulator/runbook/hint', {})).json.error.code).toBe('NoHintLeft');
    const mistake = await post('/simulator/runbook/mistakes', {
      code: 'OperationNotAllowed',
      message: 'refused',
    });
    expect(mistake.json.progress.mistakes).toBe(1);
    expect((await post('/simulator/runbook/mistakes', {})).status).toBe(400);
  });

  it('import: 201; an imported id replaces that import; it survives starting another runbook', async () => {
    const created = await post('/simulator/runbooks', imported());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 'my-drill', builtIn: false, title: { 'pt-BR': 'My drill' } });
    expect((await post('/simulator/runbooks', imported({ version: 2 }))).status).toBe(201);
    await post('/simulator/runbooks/vmware-failback-web-01/start', {});
    reloadRuntime();
    const list = (await get('/simulator/runbooks')).json.value;
    expect(list.filter((r: { id: string }) => r.id === 'my-drill')).toEqual([
      expect.objectContaining({ version: 2 }),
    ]);
    const started = await post('/simulator/runbooks/my-drill/start', {});
    expect(started.json.progress.currentStep).toBe(0);
    await call('PATCH', '/simulator/lab', { network: { vpnConnected: true } });
    expect((await get('/simulator/runbook')).json.progress.complete).toBe(true);
  });

  it('import: an invalid document → 400 InvalidRunbook with a path and reason per problem; nothing changes', async () => {
    const before = (await get('/simulator/runbooks')).json.value.length;
    const bad = await post(
      '/simulator/runbooks',
      imported({
        scenario: 'no-such-preset',
        steps: [
          { ...imported().steps[0], done: { kind: 'teleport' } },
          { ...imported().steps[0], rules: ['not a rule'] },
        ],
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('InvalidRunbook');
    const targets = bad.json.error.details.map((d: { target: string }) => d.target);
    expect(targets).toEqual(['steps[0].done.kind', 'steps[1].rules[0]']);
    expect(bad.json.error.message).toContain('steps[0].done.kind: ');
    const refs = await post('/simulator/runbooks', imported({ scenario: 'no-such-preset' }));
    expect(refs.json.error.details[0]).toMatchObject({ code: 'InvalidRunbook', target: 'scenario' });
    expect((await post('/simulator/runbooks', '{oops')).json.error.code).toBe('InvalidRunbook');
    const builtIn = await post('/simulator/runbooks', imported({ id: 'vmware-failback-web-01' }));
    expect(builtIn.status).toBe(409);
    expect(builtIn.json.error.code).toBe('RunbookExists');
    expect((await get('/simulator/runbooks')).json.value.length).toBe(before);
  });

  it('the runbook file format as JSON Schema', async () => {
    const schema = await get('/simulator/runbook/schema');
    expect(schema.json.required).toEqual(expect.arrayContaining(['id', 'steps', 'scenario']));
  });

  it('troubleshoot-vpn-95226 through the HTTP API: the expected 95226 is no mistake; Restart completes it (RP-4)', async () => {
    await post('/simulator/runbooks/troubleshoot-vpn-95226/start', {});
    const started = await reprotectWeb01();
    const job = started.headers.get('x-ms-request-id');
    await advanceUntilDone();
    let progress = (await get('/simulator/runbook')).json.progress;
    expect(progress).toMatchObject({ currentStep: 1, mistakes: 0 });
    await call('PATCH', '/simulator/lab', { network: { vpnConnected: true } });
    expect((await get('/simulator/runbook')).json.progress.currentStep).toBe(2);
    const name = String(job).split('/').pop();
    expect((await post(withApi(`${V}/replicationJobs/${name}/restart`))).status).toBe(202);
    await advanceUntilDone();
    progress = (await get('/simulator/runbook')).json.progress;
    expect(progress).toMatchObject({ complete: true, currentStep: null, mistakes: 0 });
    const report = (await get('/simulator/runbooks/troubleshoot-vpn-95226/report')).json;
    expect(report).toMatchObject({ complete: true, mistakes: 0, hintsUsed: 0 });
    expect(report.steps.map((s: { result: string }) => s.result)).toEqual(['Done', 'Done', 'Done']);
  });

  it('progress follows the real-time catch-up too (a running clock, no request in between)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    await post('/simulator/runbooks/vmware-failback-web-01/start', {});
    await put('/simulator/clock', { speed: 600 });
    await reprotectWeb01();
    expect((await get('/simulator/runbook')).json.progress.currentStep).toBe(0);
    vi.setSystemTime(new Date('2030-01-01T00:00:10Z')); // 10 s real × 600 = 100 simulated minutes
    const progress = (await get('/simulator/runbook')).json.progress;
    expect(progress.currentStep).toBe(1);
    expect(progress.steps[0].doneAtReal).toBe(Date.parse('2030-01-01T00:00:10Z'));
  });
});
