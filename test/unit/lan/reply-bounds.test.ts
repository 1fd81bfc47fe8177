import { describe, expect, it } from 'vitest';
import { deviceWarningText } from '../../../shared/device/warning-text';
import { antminerStock } from '../../../shared/lan/families/antminer';
import { upper } from '../../../shared/lan/families/read';
import type { Collected } from '../../../shared/lan/families/types';
import { finaliseDevice, refusedRepliesWarning, unknownRpcDevice } from '../../../shared/lan/finalise';
import { parseHttpResponse } from '../../../shared/lan/http-response';
import { parseMinerJson, readMinerJson } from '../../../shared/lan/json-repair';
import { boundParsed, MAX_REPLY_DEPTH, MAX_REPLY_ELEMENTS, nestingDepth, tooDeep } from '../../../shared/lan/reply-bounds';
import { itWarnings } from '../../../renderer/src/i18n/it-warnings';
import { jsonShape, nested, wideArray } from '../../support/json-shape';

const DEEP = nested(100_000);
const collected = (extra: Partial<Collected>): Collected => ({ ip: '127.0.0.9', rpcPort: 4028, rpc: {}, rpcText: {}, webPort: null, web: {}, v3: {}, ...extra });

describe('nesting depth, counted before any parse', () => {
  it('counts brackets outside strings only, escapes included', () => {
    expect(nestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(nestingDepth('{"a":"[[[[{{{{","b":"\\"[[[["}')).toBe(1);
    expect(nestingDepth('plain text')).toBe(0);
  });

  it('stops counting once past the limit', () => {
    expect(nestingDepth(DEEP, MAX_REPLY_DEPTH)).toBe(MAX_REPLY_DEPTH + 1);
    expect(nestingDepth(DEEP)).toBe(100_000);
  });

  it('accepts exactly the bound and refuses one level more', () => {
    expect(tooDeep(`{"a":${nested(MAX_REPLY_DEPTH - 1)}}`)).toBe(false);
    expect(tooDeep(`{"a":${nested(MAX_REPLY_DEPTH)}}`)).toBe(true);
  });
});

describe('readMinerJson within the bounds', () => {
  it('refuses a reply nested 100,000 levels deep, unread, and says why', () => {
    expect(readMinerJson(`{"STATUS":[{"STATUS":"S"}],"VERSION":${DEEP}}\u0000`)).toEqual({ json: null, tooDeep: true });
    expect(parseMinerJson(DEEP)).toBeNull();
  });

  it('keeps a reply at the bound whole', () => {
    const read = readMinerJson(`{"a":${nested(MAX_REPLY_DEPTH - 1)}}`);
    expect(read.tooDeep).toBe(false);
    expect(jsonShape(read.json).depth).toBe(MAX_REPLY_DEPTH);
  });

  it('cuts arrays and objects to the element cap', () => {
    const many = `{${Array.from({ length: MAX_REPLY_ELEMENTS + 500 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    const read = readMinerJson(`{"SUMMARY":${wideArray(100_000)},"STATS":[${many}]}`);
    const json = read.json as { SUMMARY: unknown[]; STATS: Array<Record<string, number>> };
    expect(json.SUMMARY).toHaveLength(MAX_REPLY_ELEMENTS);
    expect(Object.keys(json.STATS[0] ?? {})).toHaveLength(MAX_REPLY_ELEMENTS);
    expect(json.STATS[0]?.k0).toBe(0);
  });

  it('keeps "__proto__" an own member, never the prototype', () => {
    const json = readMinerJson('{"__proto__":{"polluted":1},"a":[{"__proto__":[]}]}').json as Record<string, unknown>;
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses depth that only exists after parsing (the text scan is not the only guard), without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(boundParsed(deep)).toEqual({ ok: false, reason: 'too-deep' });
    expect(boundParsed({ a: [1, 2] })).toEqual({ ok: true, value: { a: [1, 2] }, cut: 0 });
  });

  it('refuses a deep HTTP body and marks the reply', () => {
    const reply = parseHttpResponse(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"deep":${DEEP}}`);
    expect(reply).toMatchObject({ status: 200, json: null, tooDeep: true });
    expect(parseHttpResponse('HTTP/1.1 200 OK\r\n\r\n{"a":1}')?.tooDeep).toBeUndefined();
  });
});

describe('a refused reply becomes a per-host note', () => {
  it('words the note in English and Italian, naming the bound and the replies', () => {
    const note = refusedRepliesWarning({ tooDeep: ['stats', 'stats', '/summary'] });
    expect(note).toEqual({ code: 'reply-too-deep', values: { max: MAX_REPLY_DEPTH, replies: 'stats, /summary' } });
    expect(deviceWarningText['reply-too-deep']).toMatch(/nested deeper than \{max\} levels; not read/);
    expect(itWarnings['reply-too-deep']).toMatch(/\{max\}.*\{replies\}/);
    expect(refusedRepliesWarning({ tooDeep: [] })).toBeNull();
    expect(refusedRepliesWarning({})).toBeNull();
  });

  it('an identified device and an unknown cgminer API carry it among their warnings', () => {
    const version = { STATUS: [{ STATUS: 'S' }], VERSION: [{ Type: 'Antminer S19 Pro', BMMiner: '1.0.0' }] };
    const c = collected({ rpc: { version }, rpcText: { version: JSON.stringify(version) }, tooDeep: ['stats'] });
    expect(antminerStock.matches(c)).toBe(true);
    expect(finaliseDevice(c, antminerStock).warnings).toContain(`Reply nested deeper than ${MAX_REPLY_DEPTH} levels; not read (stats)`);
    expect(unknownRpcDevice(c).warningCodes).toContainEqual({ code: 'reply-too-deep', values: { max: MAX_REPLY_DEPTH, replies: 'stats' } });
  });

  it('marker tests never throw on a value too deep to write out', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(upper(deep)).toBe('');
    expect(upper({ a: 'epic' })).toBe('{"A":"EPIC"}');
  });
});
