// The protocol version test requests name, written once: a version step moves every test with it.
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';

/**
 * Spread into a push or pull body (`{ ...WIRE, clientID, … }`): the current PROTOCOL_VERSION. Tests
 * of the versions themselves (too old, too new, a version-1 client still served) name theirs.
 */
export const WIRE = { schemaVersion: PROTOCOL_VERSION } as const;
