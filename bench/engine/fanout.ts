// Fan-out: one tap, then how long until each of N connected devices has it, the devices spread over child processes.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { signInDevice } from '../lib/client.ts';
import type { LatencyResult } from '../lib/scenarios.ts';
import { startBenchServer } from '../lib/server.ts';
import { summarize } from '../lib/stats.ts';
import type { ObserverMessage, ObserverReply } from './fanout-observer.ts';

export interface FanoutResult extends LatencyResult {
  /** Child processes the observing devices ran in (the server and the writer run in this one). */
  processes: number;
  method: string;
  /**
   * CPU of this process (the server, and the writer's client) during the rounds, per observer's
   * pull: what one device costs the server per change, less sensitive to the machine's load than
   * the latencies.
   */
  serverCpuMsPerPull: number;
  /** Whether the devices took pokes carrying their rows (R15) or pulled on every poke. */
  patches: boolean;
}

const now = () => performance.timeOrigin + performance.now();

/** A child and a way to wait for its next reply of one kind. */
function observerProcess() {
  const child: ChildProcess = fork(new URL('./fanout-observer.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
  });
  const waiting: { kind: ObserverReply['kind']; resolve: (r: ObserverReply) => void }[] = [];
  let failed: Error | null = null;
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting.splice(0)) w.resolve({ kind: 'error', message: error.message });
  };
  child.on('message', (reply: ObserverReply) => {
    if (reply.kind === 'error') return fail(new Error(reply.message));
    const i = waiting.findIndex((w) => w.kind === reply.kind);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(reply);
  });
  child.on('exit', (code) => {
    if (code !== 0) fail(new Error(`an observer process exited with ${code}`));
  });
  return {
    send: (message: ObserverMessage) => child.send(message),
    async next<K extends ObserverReply['kind']>(kind: K): Promise<Extract<ObserverReply, { kind: K }>> {
      if (failed) throw failed;
      const reply = await new Promise<ObserverReply>((resolve) => waiting.push({ kind, resolve }));
      if (reply.kind === 'error') throw new Error(reply.message);
      return reply as Extract<ObserverReply, { kind: K }>;
    },
    kill: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}

/**
 * A real server (SQLite, Paris 2024 demo, pokes coalesced as in production) in this process, one
 * writer (the real sync client) and `observers` devices signed in over HTTP, each with its own poke
 * stream and pulls (bench/engine/fanout-observer.ts), `perProcess` to a child. Each round: every
 * observer is armed, the writer notes the image and syncs, and each observer's latency is from
 * just before the writer's mutation to its pull answer holding the note.
 */
export async function measureFanout(
  observers: number,
  rounds: number,
  opts: {
    perProcess?: number;
    timeoutMs?: number;
    /** Called once every device is connected, before the first round (e.g. to start a CPU profile). */
    onReady?: () => Promise<void>;
    /** Devices ask for pokes carrying their rows (R15, the app's default); false: as older apps. */
    patches?: boolean;
  } = {},
): Promise<FanoutResult> {
  const perProcess = opts.perProcess ?? 100;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const server = await startBenchServer();
  const children: ReturnType<typeof observerProcess>[] = [];
  try {
    const signatureId = (await server.store.listEntities('signature'))[0]!.id;
    const writer = await signInDevice(server, 'Desk editor', 'editor');
    await writer.client.pull();
    const devices = [];
    for (let i = 0; i < observers; i++) {
      const { session, clientID } = await server.signIn(`Watcher ${i + 1}`, 'editor');
      devices.push({ token: session.deviceToken, clientID });
    }
    for (let start = 0; start < observers; start += perProcess) {
      const child = observerProcess();
      children.push(child);
      child.send({
        kind: 'setup',
        url: server.url,
        signatureId,
        devices: devices.slice(start, start + perProcess),
        patches: opts.patches ?? true,
      });
    }
    await Promise.all(children.map((c) => c.next('ready')));
    await opts.onReady?.();

    const samples: number[] = [];
    let missed = 0;
    const cpu = process.cpuUsage();
    for (let round = 1; round <= rounds; round++) {
      const note = `fan-out round ${round} ${Date.now()}`;
      const armed = children.map((c) => c.next('armed'));
      const seen = children.map((c) => c.next('seen'));
      children.forEach((c) => c.send({ kind: 'round', round, note, timeoutMs }));
      await Promise.all(armed);
      const t0 = now();
      await writer.store.mutate('signature.note', { id: signatureId, note }, writer.actor);
      await writer.client.sync();
      for (const reply of await Promise.all(seen)) {
        for (const at of reply.at) {
          if (at === null) missed++;
          else samples.push(at - t0);
        }
      }
    }
    const used = process.cpuUsage(cpu);
    writer.client.stop();
    await writer.store.close();
    return {
      ...summarize(samples),
      observers,
      rounds,
      missed,
      processes: children.length,
      serverCpuMsPerPull: (used.user + used.system) / 1000 / (observers * rounds),
      patches: opts.patches ?? true,
      method: `light devices (poke stream${opts.patches === false ? ' without rows' : ' with rows (R15)'} + real pulls, no local database) in child processes`,
    };
  } finally {
    for (const c of children) c.kill();
    await server.close();
  }
}
