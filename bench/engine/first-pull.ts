// A new phone's first pull of a whole Games: bytes on the wire raw, gzip and br, and the time the real client takes.
import { request } from 'node:http';
import type { DemoData } from '../../src/server/bootstrap.ts';
import { KINDS } from '../../src/shared/domain/entities.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';
import { signInDevice } from '../lib/client.ts';
import { startBenchServer } from '../lib/server.ts';

export interface FirstPullResult {
  copies: number;
  rows: number;
  /** The answer's body bytes as sent with each Accept-Encoding (headers excluded). */
  bytesOnWire: { identity: number; gzip: number; br: number };
  /** What a phone receives (its fetch negotiates br or gzip): the smaller compressed one. */
  bytesOnWireCompressed: number;
  /** The real sync client's first pull (HTTP, decompression, zod, applyPull into the memory store). */
  ms: number;
}

/**
 * "A whole Games": the Paris 2024 demo (both editions, their full competition schedules) copied
 * `copies` times under fresh ids, as one space, so the first pull carries what a large team's whole
 * Games would. Every copy goes through the real mutators when the server seeds.
 */
export function wholeGames(copies: number): () => DemoData {
  return () => {
    const demo = paris2024Demo();
    const out: DemoData = { members: [], mutations: [] };
    for (let c = 0; c < copies; c++) {
      const ids = new Map<string, string>();
      const fresh = (id: string) => {
        let next = ids.get(id);
        if (!next)
          ids.set(
            id,
            (next =
              c === 0
                ? id
                : `${id.slice(0, 24)}${(c * 1e11 + ids.size).toString(16).padStart(12, '0').slice(-12)}`),
          );
        return next;
      };
      const remap = <T>(value: T): T =>
        JSON.parse(
          JSON.stringify(value).replace(
            /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
            fresh,
          ),
        ) as T;
      out.members.push(...remap(demo.members));
      out.mutations.push(...remap(demo.mutations));
    }
    return out;
  };
}

function pullBytes(url: string, token: string, clientID: string, encoding: string): Promise<number> {
  const body = JSON.stringify({
    schemaVersion: PROTOCOL_VERSION,
    clientID,
    cookie: null,
    ackedMutationID: 0,
  });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/sync/pull`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'accept-encoding': encoding,
        },
      },
      (res) => {
        const got = res.headers['content-encoding'] ?? 'identity';
        if (res.statusCode !== 200 || got !== encoding) {
          reject(new Error(`pull with ${encoding}: ${res.statusCode}, content-encoding ${got}`));
        }
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function measureFirstPull(copies: number): Promise<FirstPullResult> {
  const server = await startBenchServer({ demo: wholeGames(copies) });
  try {
    const device = await signInDevice(server, 'New phone', 'admin');
    const { clientID } = await device.store.getMeta();
    const token = (await device.store.getMeta()).session!.deviceToken;
    const bytesOnWire = {
      identity: await pullBytes(server.url, token, clientID, 'identity'),
      gzip: await pullBytes(server.url, token, clientID, 'gzip'),
      br: await pullBytes(server.url, token, clientID, 'br'),
    };
    const started = performance.now();
    if (!(await device.client.pull())) throw new Error('the first pull failed');
    const ms = performance.now() - started;
    let rows = 0;
    for (const kind of KINDS) rows += (await device.store.list(kind)).length;
    await device.store.close();
    return {
      copies,
      rows,
      bytesOnWire,
      bytesOnWireCompressed: Math.min(bytesOnWire.gzip, bytesOnWire.br),
      ms,
    };
  } finally {
    await server.close();
  }
}
