// A child process of the fan-out bench: light devices that each hold a poke stream and pull on every poke, timing when a note arrives.
import { createHttpTransport } from '../../src/client/sync/http.ts';
import type { PullResponse } from '../../src/shared/protocol/messages.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';

/** What the parent sends: the server, this child's devices and the image whose note is watched. */
export interface ObserverSetup {
  kind: 'setup';
  url: string;
  signatureId: string;
  devices: { token: string; clientID: string }[];
  /** Ask for pokes that carry their rows (R15), as the app does; false: as an app without it. */
  patches: boolean;
}
/** One round: the note to wait for (the parent pushes it once every child is armed). */
export interface ObserverRound {
  kind: 'round';
  round: number;
  note: string;
  timeoutMs: number;
}
export type ObserverMessage = ObserverSetup | ObserverRound | { kind: 'stop' };
export type ObserverReply =
  | { kind: 'ready'; devices: number }
  | { kind: 'armed'; round: number }
  /** `at`: when each device's pull answer held the note (epoch ms, timeOrigin + now); null: not in time. */
  | { kind: 'seen'; round: number; at: (number | null)[] }
  | { kind: 'error'; message: string };

const now = () => performance.timeOrigin + performance.now();
const send = (reply: ObserverReply) => process.send!(reply);

/**
 * One device as the server sees it: a real poke stream and real pulls with its own cookie (the
 * client's HTTP transport), but no local database: it only looks for the note in each answer.
 */
function lightDevice(
  url: string,
  signatureId: string,
  device: { token: string; clientID: string },
  patches: boolean,
) {
  const transport = createHttpTransport({
    baseUrl: url,
    token: () => device.token,
    pokePatches: patches,
  });
  let cookie: number | null = null;
  let pulling: Promise<void> | null = null;
  let again = false;
  let watch: { note: string; seen: (at: number) => void } | null = null;
  let firstPoke: () => void = () => {};
  const firstPoked = new Promise<void>((resolve) => (firstPoke = resolve));

  const notes = (answer: Pick<PullResponse, 'patch'>) =>
    answer.patch.flatMap((op) =>
      op.op === 'put' && op.kind === 'signature' && op.id === signatureId
        ? [(op.value as { note?: string }).note]
        : [],
    );
  const pullOnce = async () => {
    const answer = await transport.pull({
      schemaVersion: PROTOCOL_VERSION,
      clientID: device.clientID,
      cookie,
      ackedMutationID: 0,
    });
    const at = now();
    cookie = answer.cookie;
    if (watch && notes(answer).includes(watch.note)) watch.seen(at);
  };
  /** As the real client: one pull at a time, and one more if poked while pulling. */
  const pull = (): Promise<void> => {
    if (pulling) {
      again = true;
      return pulling;
    }
    pulling = (async () => {
      do {
        again = false;
        await pullOnce();
      } while (again);
    })().finally(() => (pulling = null));
    return pulling;
  };
  const stop = new AbortController();
  return {
    async start() {
      await pull();
      void transport.poke((version, patch) => {
        firstPoke();
        // As the app (client.ts landPokePatch): the rows land when the cookie is their base.
        if (patch && !pulling && cookie !== null && cookie >= patch.version) return;
        if (patch && !pulling && cookie === patch.from) {
          const at = now();
          cookie = patch.version;
          if (watch && notes(patch).includes(watch.note)) watch.seen(at);
          return;
        }
        if (version === null || cookie === null || version > cookie) void pull().catch(() => {});
      }, stop.signal);
      await firstPoked;
    },
    arm(note: string, timeoutMs: number): Promise<number | null> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          watch = null;
          resolve(null);
        }, timeoutMs);
        watch = {
          note,
          seen: (at) => {
            clearTimeout(timer);
            watch = null;
            resolve(at);
          },
        };
      });
    },
    stop: () => stop.abort(),
  };
}

let devices: ReturnType<typeof lightDevice>[] = [];
process.on('message', (message: ObserverMessage) => {
  void (async () => {
    try {
      if (message.kind === 'setup') {
        devices = message.devices.map((d) =>
          lightDevice(message.url, message.signatureId, d, message.patches),
        );
        // First pulls a few at a time: a whole demo each, not what is measured.
        for (let i = 0; i < devices.length; i += 5)
          await Promise.all(devices.slice(i, i + 5).map((d) => d.start()));
        send({ kind: 'ready', devices: devices.length });
      } else if (message.kind === 'round') {
        const waits = devices.map((d) => d.arm(message.note, message.timeoutMs));
        send({ kind: 'armed', round: message.round });
        send({ kind: 'seen', round: message.round, at: await Promise.all(waits) });
      } else {
        devices.forEach((d) => d.stop());
        process.exit(0);
      }
    } catch (error) {
      send({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
