// A stand-in push service (RFC 8030) over HTTPS on 127.0.0.1: checks each request's VAPID JWT
// (RFC 8292, ES256 with the key in `k`) and decrypts its payload (RFC 8291, aes128gcm) with the
// private key of a subscription it made up, as a browser would.
import { createECDH, createPublicKey, hkdfSync, randomBytes, createDecipheriv, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export const PUSH_SERVICE_CERT = fileURLToPath(new URL('../fixtures/tls/push-service.crt', import.meta.url));
const KEY = fileURLToPath(new URL('../fixtures/tls/push-service.key', import.meta.url));

/** A push subscription as PushSubscription.toJSON() gives it, plus its private key (the browser's). */
export interface StandInSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** One message the service accepted, checked and decrypted. */
export interface ReceivedPush {
  /** The subscription (its endpoint's last path segment). */
  name: string;
  /** The decrypted payload, as text. */
  text: string;
  /** The VAPID public key the request carried (`k`), base64url. */
  vapidKey: string;
  claims: { aud: string; exp: number; sub: string };
  ttl: number;
  urgency: string | undefined;
  topic: string | undefined;
}

export interface StandInPushService {
  origin: string;
  /** Makes a subscription a browser would hold: endpoint here, fresh P-256 keys and auth secret. */
  subscribe(name: string): StandInSubscription;
  received: ReceivedPush[];
  /** Requests refused, with why (a bad signature, a payload that does not decrypt…). */
  refused: { name: string; status: number; why: string }[];
  /** The next answers for a subscription (e.g. [503, 201] or [410]); then 201. */
  answer(name: string, statuses: number[]): void;
  /** Resolves once `count` messages were accepted for `name` (polls; no fixed sleep). */
  waitFor(name: string, count?: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  /** An agent that trusts this service's certificate (for in-process web-push). */
  agent: Agent;
  close(): Promise<void>;
}

const b64 = (buf: Buffer) => buf.toString('base64url');

export async function startPushService(): Promise<StandInPushService> {
  const cert = readFileSync(PUSH_SERVICE_CERT);
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const answers = new Map<string, number[]>();
  const received: ReceivedPush[] = [];
  const refused: StandInPushService['refused'] = [];

  const server = createServer({ cert, key: readFileSync(KEY) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const name = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    const refuse = (status: number, why: string) => {
      refused.push({ name, status, why });
      res.writeHead(status).end(why);
    };
    const sub = keys.get(name);
    if (req.method !== 'POST' || !req.url?.startsWith('/push/') || !sub)
      return refuse(404, 'no such subscription');
    const queued = answers.get(name);
    const status = queued?.shift();
    if (status !== undefined && status !== 201) {
      res.writeHead(status, status === 503 ? { 'retry-after': '0' } : {}).end();
      return;
    }
    let claims: ReceivedPush['claims'];
    let vapidKey: string;
    try {
      ({ claims, vapidKey } = checkVapid(req.headers.authorization, origin));
    } catch (error) {
      return refuse(403, `VAPID: ${(error as Error).message}`);
    }
    if (req.headers['content-encoding'] !== 'aes128gcm')
      return refuse(415, 'Content-Encoding must be aes128gcm');
    let text: string;
    try {
      text = decrypt(body, sub.ecdh, sub.auth).toString('utf8');
    } catch (error) {
      return refuse(400, `payload: ${(error as Error).message}`);
    }
    received.push({
      name,
      text,
      vapidKey,
      claims,
      ttl: Number(req.headers.ttl),
      urgency: req.headers.urgency as string | undefined,
      topic: req.headers.topic as string | undefined,
    });
    res.writeHead(201, { location: `/message/${received.length}` }).end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    refused,
    agent: new Agent({ ca: cert }),
    subscribe(name) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      keys.set(name, { ecdh, auth });
      return {
        endpoint: `${origin}/push/${encodeURIComponent(name)}`,
        keys: { p256dh: b64(ecdh.getPublicKey()), auth: b64(auth) },
      };
    },
    answer(name, statuses) {
      answers.set(name, [...statuses]);
    },
    async waitFor(name, count = 1, timeoutMs = 15_000) {
      return vi.waitFor(
        () => {
          const mine = received.filter((r) => r.name === name);
          if (mine.length < count)
            throw new Error(
              `the push service received ${mine.length} of ${count} message(s) for ${name}; refused: ${JSON.stringify(refused)}`,
            );
          return mine;
        },
        { timeout: timeoutMs, interval: 50 },
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * RFC 8292 §3: `Authorization: vapid t=<JWT>, k=<public key>`. The JWT's ES256 signature must
 * verify with `k` (an uncompressed P-256 point), its audience be this service's origin, its
 * expiry in the future and at most 24 h away, its subject a mailto: or https: URL.
 */
function checkVapid(header: string | undefined, origin: string) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`expected "vapid t=…, k=…", got ${header ?? 'nothing'}`);
  const [, jwt, k] = match as unknown as [string, string, string];
  const [h, p, s] = jwt.split('.');
  if (!h || !p || !s) throw new Error('the JWT has not three parts');
  const head = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string; typ?: string };
  if (head.alg !== 'ES256') throw new Error(`alg ${head.alg}, expected ES256`);
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64(point.subarray(1, 33)), y: b64(point.subarray(33)) },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  );
  if (!signed) throw new Error('the JWT signature does not verify with k');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as ReceivedPush['claims'];
  if (claims.aud !== origin) throw new Error(`aud ${claims.aud}, expected ${origin}`);
  const now = Date.now() / 1000;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600 + 60))
    throw new Error(`exp ${claims.exp} out of range`);
  if (!/^(mailto:|https:)/.test(claims.sub)) throw new Error(`sub ${claims.sub} is not mailto: or https:`);
  return { claims, vapidKey: k };
}

/**
 * RFC 8291 §3.4 and RFC 8188 §2: header salt(16) | rs(4) | idlen(1) | keyid = the sender's
 * public key; IKM = HKDF(auth, ECDH secret, "WebPush: info\0" | ua_public | as_public, 32);
 * CEK = HKDF(salt, IKM, "Content-Encoding: aes128gcm\0", 16); nonce likewise (12 bytes); one
 * record, AES-128-GCM, ending with the padding delimiter 0x02 then zeros.
 */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): Buffer {
  if (body.length < 21) throw new Error('too short for an aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  if (idlen !== 65) throw new Error(`keyid of ${idlen} bytes, expected the 65-byte sender key`);
  if (record.length > rs) throw new Error('more than one record');
  const secret = ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', secret, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('no last-record padding delimiter (0x02)');
  return padded.subarray(0, end);
}
