#!/usr/bin/env node
// CydShunt BLE telemetry protocol v1 - independent JavaScript codec + conformance runner.
// Written from the prose in spec/*.md and spec/vectors/README.md only.
// Node >= 20, standard library only.

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

export class ProtocolError extends Error {
  constructor(kind, detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
    this.kind = kind;
  }
}
const fail = (kind, detail) => { throw new ProtocolError(kind, detail); };

// ---------------------------------------------------------------------------
// Byte helpers (little-endian everywhere, README.md#conventions)
// ---------------------------------------------------------------------------

export function fromHex(hex) {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) throw new Error(`bad hex string: ${hex}`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
export function toHex(bytes) { return Buffer.from(bytes).toString('hex'); }

const rdU = (b, o, n) => { let v = 0; for (let i = n - 1; i >= 0; i--) v = v * 256 + b[o + i]; return v; };
const rdI = (b, o, n) => { const u = rdU(b, o, n); const half = 2 ** (8 * n - 1); return u >= half ? u - 2 * half : u; };
const u8 = (b, o) => b[o];
const u16 = (b, o) => rdU(b, o, 2);
const u24 = (b, o) => rdU(b, o, 3);
const u32 = (b, o) => rdU(b, o, 4);
const i16 = (b, o) => rdI(b, o, 2);
const i24 = (b, o) => rdI(b, o, 3);
const i32 = (b, o) => rdI(b, o, 4);

function wr(n, v) { // two's complement / unsigned little-endian, v already in range
  const out = [];
  let x = v < 0 ? v + 2 ** (8 * n) : v;
  for (let i = 0; i < n; i++) { out.push(x % 256); x = Math.floor(x / 256); }
  return out;
}

// Type limits
const T = {
  u8: { n: 1, min: 0, max: 0xFF, signed: false },
  u16: { n: 2, min: 0, max: 0xFFFF, signed: false },
  u24: { n: 3, min: 0, max: 0xFFFFFF, signed: false },
  u32: { n: 4, min: 0, max: 0xFFFFFFFF, signed: false },
  i16: { n: 2, min: -0x8000, max: 0x7FFF, signed: true },
  i24: { n: 3, min: -0x800000, max: 0x7FFFFF, signed: true },
  i32: { n: 4, min: -0x80000000, max: 0x7FFFFFFF, signed: true },
};
const naOf = (t) => (t.signed ? t.min : t.max);

// ---------------------------------------------------------------------------
// Quantisation and clamping (README.md#quantisation-and-clamping)
// ---------------------------------------------------------------------------

export function q(x, s) {
  const h = Math.trunc(s / 2);
  return x >= 0 ? Math.trunc((x + h) / s) : -Math.trunc((-x + h) / s);
}
const clamp = (v, lo, hi) => (v < lo ? lo : v > hi ? hi : v);

// Encode one NA-capable field: NA stays NA, otherwise quantise then clamp.
function encField(typeName, model, { scale = 1, lo, hi } = {}) {
  const t = T[typeName];
  if (model === null || model === undefined) return wr(t.n, naOf(t));
  const defLo = t.signed ? t.min + 1 : 0;
  const defHi = t.signed ? t.max : t.max - 1;
  const v = clamp(scale === 1 ? model : q(model, scale), lo ?? defLo, hi ?? defHi);
  return wr(t.n, v);
}
// Encode an always-present field (no NA), clamped into [lo, hi].
function encPlain(typeName, model, lo, hi) {
  const t = T[typeName];
  return wr(t.n, clamp(model, lo ?? t.min, hi ?? t.max));
}
// Decode one NA-capable field.
function decField(typeName, b, o, { scale = 1, lo, hi, name = 'field' } = {}) {
  const t = T[typeName];
  const raw = rdU(b, o, t.n);
  const v = t.signed ? rdI(b, o, t.n) : raw;
  if (v === naOf(t)) return null;
  if ((lo !== undefined && v < lo) || (hi !== undefined && v > hi)) fail('ValueOutOfRange', `${name} = ${v}`);
  return v * scale;
}
const need = (b, n, what) => { if (b.length < n) fail('TooShort', `${what}: ${b.length} < ${n} bytes`); };

// Reserved-bit masks
const STATUS_MASK = 0x1F;
const ALARM_MASK = 0x001F;
const FEATURE_MASK = 0x07;

// ---------------------------------------------------------------------------
// Live snapshot 0x010B (gatt.md#live-snapshot-0x010b)
// ---------------------------------------------------------------------------

export function decodeSnapshot(b) {
  need(b, 20, 'live snapshot');
  return {
    sequence: u8(b, 0),
    status: u8(b, 1),
    voltageMillivolts: decField('u24', b, 2),
    currentMilliamps: decField('i24', b, 5),
    powerMilliwatts: decField('i24', b, 8, { scale: 100 }),
    stateOfChargeCentipercent: decField('u16', b, 11, { lo: 0, hi: 10000, name: 'SOC' }),
    temperatureCentidegrees: decField('i16', b, 13),
    timeToGoMinutes: decField('u16', b, 15),
    consumedMilliampHours: decField('i24', b, 17, { scale: 10 }),
  };
}
export function encodeSnapshot(v) {
  return Uint8Array.from([
    ...encPlain('u8', v.sequence, 0, 255),
    ...encPlain('u8', v.status & STATUS_MASK),
    ...encField('u24', v.voltageMillivolts),
    ...encField('i24', v.currentMilliamps),
    ...encField('i24', v.powerMilliwatts, { scale: 100 }),
    ...encField('u16', v.stateOfChargeCentipercent, { lo: 0, hi: 10000 }),
    ...encField('i16', v.temperatureCentidegrees),
    ...encField('u16', v.timeToGoMinutes),
    ...encField('i24', v.consumedMilliampHours, { scale: 10 }),
  ]);
}

// ---------------------------------------------------------------------------
// Scalar characteristics (gatt.md#scalar-characteristics)
// ---------------------------------------------------------------------------

const SCALARS = {
  voltage: { type: 'u32', lo: 0, hi: 2147483647 },
  current: { type: 'i32' },
  power: { type: 'i32' },
  consumedCharge: { type: 'i32' },
  energyCharged: { type: 'u32', lo: 0, hi: 2147483647 },
  energyDischarged: { type: 'u32', lo: 0, hi: 2147483647 },
  stateOfCharge: { type: 'u16', lo: 0, hi: 10000 },
  temperature: { type: 'i16' },
  timeToGo: { type: 'u16' },
  batteryLevel: { type: 'u8', lo: 0, hi: 100, noNA: true },
};
export function decodeScalar(ch, b) {
  const d = SCALARS[ch]; if (!d) throw new Error(`unknown characteristic ${ch}`);
  const t = T[d.type];
  need(b, t.n, ch);
  if (d.noNA) {
    const v = rdU(b, 0, t.n);
    if (v < d.lo || v > d.hi) fail('ValueOutOfRange', `${ch} = ${v}`);
    return v;
  }
  return decField(d.type, b, 0, { lo: d.lo, hi: d.hi, name: ch });
}
export function encodeScalar(ch, v) {
  const d = SCALARS[ch]; if (!d) throw new Error(`unknown characteristic ${ch}`);
  if (d.noNA) {
    if (v === null) throw new Error(`${ch} has no NA`);
    return Uint8Array.from(encPlain(d.type, v, d.lo, d.hi));
  }
  return Uint8Array.from(encField(d.type, v, { lo: d.lo, hi: d.hi }));
}

// ---------------------------------------------------------------------------
// Alarms 0x010A
// ---------------------------------------------------------------------------

export function decodeAlarms(b) {
  need(b, 3, 'alarms');
  return { status: u8(b, 0), alarms: u16(b, 1) };
}
export function encodeAlarms(v) {
  return Uint8Array.from([...encPlain('u8', v.status & STATUS_MASK), ...encPlain('u16', v.alarms & ALARM_MASK)]);
}

// ---------------------------------------------------------------------------
// Device info 0x010C
// ---------------------------------------------------------------------------

export function decodeDeviceInfo(b) {
  need(b, 9, 'device info');
  const protocolVersion = u8(b, 0);
  if (protocolVersion === 0) fail('ValueOutOfRange', 'protocol version 0');
  const capRaw = u16(b, 6);
  if (capRaw === 0) fail('ValueOutOfRange', 'capacity 0');
  return {
    protocolVersion,
    firmwareMajor: u8(b, 1),
    firmwareMinor: u8(b, 2),
    firmwarePatch: u8(b, 3),
    sensorType: u8(b, 4),
    features: u8(b, 5),
    capacityAmpHours: capRaw === 0xFFFF ? null : capRaw,
    nominalVoltage: u8(b, 8),
  };
}
export function encodeDeviceInfo(v) {
  // gatt.md §Device info, protocol version: "Encoders refuse 0 with ValueOutOfRange".
  if (v.protocolVersion === 0) fail('ValueOutOfRange', 'protocol version 0');
  return Uint8Array.from([
    ...encPlain('u8', v.protocolVersion, 0, 255),
    ...encPlain('u8', v.firmwareMajor, 0, 255),
    ...encPlain('u8', v.firmwareMinor, 0, 255),
    ...encPlain('u8', v.firmwarePatch, 0, 255),
    ...encPlain('u8', v.sensorType, 0, 255),
    ...encPlain('u8', v.features & FEATURE_MASK),
    ...encField('u16', v.capacityAmpHours, { lo: 1, hi: 65534 }),
    ...encPlain('u8', v.nominalVoltage, 0, 255),
  ]);
}

// ---------------------------------------------------------------------------
// Control point (gatt.md#control-point-0x010d)
// ---------------------------------------------------------------------------

const OPCODES = {
  0x01: { name: 'ResetEnergyCounters', param: null },
  0x02: { name: 'SynchroniseSoc', param: null },
  0x03: { name: 'SetBatteryCapacity', param: { lo: 1, hi: 65534 } },
  0x04: { name: 'SetNotificationInterval', param: { lo: 200, hi: 10000 } },
};
export const RESULT = { Success: 1, OpcodeNotSupported: 2, InvalidLength: 3, InvalidParameter: 4, OperationFailed: 5 };

export function decodeCpRequest(b) {
  if (b.length < 1) fail('TooShort', 'empty write');
  const opcode = b[0];
  const def = OPCODES[opcode];
  if (!def) fail('UnknownOpcode', `opcode 0x${opcode.toString(16)}`);
  if (!def.param) return { opcode, parameter: null };
  if (b.length < 3) fail('TooShort', 'parameter missing or shorter than 2 bytes');
  const p = u16(b, 1);
  if (p < def.param.lo || p > def.param.hi) fail('ValueOutOfRange', `parameter ${p}`);
  return { opcode, parameter: p };
}
export function encodeCpRequest(v) {
  const def = OPCODES[v.opcode];
  // gatt.md §Request, "Encoding a request": a request the device would refuse is never encoded.
  // Checks in the spec's order: unknown opcode, missing parameter, parameter out of range (not clamped).
  if (!def) fail('UnknownOpcode', `opcode ${v.opcode}`);
  // Opcodes 0x01/0x02 have no parameter: a given one is ignored, not sent.
  if (!def.param) return Uint8Array.from([v.opcode]);
  if (v.parameter === null || v.parameter === undefined) fail('ValueOutOfRange', 'parameter missing (NA)');
  if (v.parameter < def.param.lo || v.parameter > def.param.hi) fail('ValueOutOfRange', `parameter ${v.parameter}`);
  return Uint8Array.from([v.opcode, ...encPlain('u16', v.parameter)]);
}
// What a device would indicate for a request (only the decode-related result codes).
export function deviceResponseFor(b) {
  const requestOpcode = b.length ? b[0] : 0;
  try { decodeCpRequest(b); return { requestOpcode, resultCode: RESULT.Success }; } catch (e) {
    if (!(e instanceof ProtocolError)) throw e;
    const map = { TooShort: RESULT.InvalidLength, UnknownOpcode: RESULT.OpcodeNotSupported, ValueOutOfRange: RESULT.InvalidParameter };
    return { requestOpcode, resultCode: map[e.kind] };
  }
}
export function decodeCpResponse(b) {
  need(b, 3, 'control point response');
  if (b[0] !== 0x80) fail('NotAResponse', `byte 0 = 0x${b[0].toString(16)}`);
  return { requestOpcode: b[1], resultCode: b[2] };
}
export function encodeCpResponse(v) {
  return Uint8Array.from([0x80, ...encPlain('u8', v.requestOpcode, 0, 255), ...encPlain('u8', v.resultCode, 0, 255)]);
}

// ---------------------------------------------------------------------------
// Glance frame (advertising.md#glance-frame). Input = manufacturer data content.
// ---------------------------------------------------------------------------

export function decodeGlance(b) {
  if (b.length < 5 || b[2] !== 0x43 || b[3] !== 0x53) fail('BadSignature');
  if (b[4] !== 0x01) fail('UnsupportedVersion', `glance version ${b[4]}`);
  need(b, 2 + 14, 'glance frame');
  const p = 2;
  return {
    companyId: u16(b, 0),
    sequence: u8(b, p + 3),
    status: u8(b, p + 4),
    voltageMillivolts: decField('u16', b, p + 5, { scale: 10 }),
    currentMilliamps: decField('i24', b, p + 7),
    stateOfChargeCentipercent: decField('u16', b, p + 10, { lo: 0, hi: 10000, name: 'SOC' }),
    timeToGoMinutes: decField('u16', b, p + 12),
  };
}
export function encodeGlance(v) {
  return Uint8Array.from([
    ...encPlain('u16', v.companyId, 0, 0xFFFF),
    0x43, 0x53, 0x01,
    ...encPlain('u8', v.sequence, 0, 255),
    ...encPlain('u8', v.status & STATUS_MASK),
    ...encField('u16', v.voltageMillivolts, { scale: 10 }),
    ...encField('i24', v.currentMilliamps),
    ...encField('u16', v.stateOfChargeCentipercent, { lo: 0, hi: 10000 }),
    ...encField('u16', v.timeToGoMinutes),
  ]);
}
export function glanceAd(v) { const d = encodeGlance(v); return Uint8Array.from([d.length + 1, 0xFF, ...d]); }

// ---------------------------------------------------------------------------
// BTHome v2 (bthome.md). Input = whole AD structure.
// ---------------------------------------------------------------------------

const BTH_SIZES = { 0x00: 1, 0x01: 1, 0x02: 2, 0x0C: 2, 0x4D: 4, 0x5C: 4, 0x5D: 2 };
const BTH_POWER_LIMIT = 214748364;

export function decodeBTHome(b) {
  if (b.length < 2) fail('TooShort', 'fewer than 2 bytes');
  const n = b[0];
  if (1 + n > b.length) fail('MalformedAdStructure', `length ${n} runs past ${b.length} bytes`);
  if (b[1] !== 0x16 || n < 3 || b[2] !== 0xD2 || b[3] !== 0xFC) fail('BadSignature');
  if (n === 3) fail('TooShort', 'no device information byte');
  const info = b[4];
  if ((info >> 5) !== 2) fail('BTHomeUnsupportedVersion', `version ${info >> 5}`);
  if (info & 0x01) fail('BTHomeEncrypted');
  const end = 1 + n;
  let o = 5;
  // Bit 1 (MAC included): 6 MAC bytes precede the objects; skipped (bthome.md, Decoding step 7).
  if (info & 0x02) {
    if (end - o < 6) fail('TooShort', 'MAC-included bit set, fewer than 6 MAC bytes');
    o += 6;
  }
  const r = { packetId: null, stateOfChargeCentipercent: null, temperatureCentidegrees: null, voltageMillivolts: null, powerMilliwatts: null, currentMilliamps: null, energyChargedWattHours: null, energyDischargedWattHours: null };
  let energies = 0;
  const seen = new Set();
  while (o < end) {
    const id = b[o];
    const size = BTH_SIZES[id];
    if (size === undefined) fail('BTHomeUnknownObject', `object id 0x${id.toString(16)}`);
    if (o + 1 + size > end) fail('TooShort', `object 0x${id.toString(16)} truncated`);
    const vo = o + 1;
    // Energy 0x4D: 1st = charged, 2nd = discharged, later ones skipped; > 2147483647 -> ValueOutOfRange (bthome.md).
    if (id === 0x4D) {
      if (energies < 2) {
        const e = u32(b, vo);
        if (e > 2147483647) fail('ValueOutOfRange', `energy ${e}`);
        r[energies === 0 ? 'energyChargedWattHours' : 'energyDischargedWattHours'] = e;
      }
      energies++; o = vo + size; continue;
    }
    // A repeated id is skipped entirely: first occurrence wins, later ones are not range-checked (bthome.md).
    if (seen.has(id)) { o = vo + size; continue; }
    let field, val;
    switch (id) {
      case 0x00: field = 'packetId'; val = u8(b, vo); break;
      case 0x01: { const bat = u8(b, vo); if (bat > 100) fail('ValueOutOfRange', `battery ${bat}`); field = 'stateOfChargeCentipercent'; val = bat * 100; break; }
      case 0x02: field = 'temperatureCentidegrees'; val = i16(b, vo); break;
      case 0x0C: field = 'voltageMillivolts'; val = u16(b, vo); break;
      case 0x5C: { const p = i32(b, vo); if (p < -BTH_POWER_LIMIT || p > BTH_POWER_LIMIT) fail('ValueOutOfRange', `power ${p}`); field = 'powerMilliwatts'; val = p * 10; break; }
      case 0x5D: field = 'currentMilliamps'; val = i16(b, vo); break;
    }
    seen.add(id); r[field] = val;
    o = vo + size;
  }
  return r;
}
export function encodeBTHome(v) {
  const obj = [];
  if (v.packetId !== null && v.packetId !== undefined) obj.push(0x00, ...encPlain('u8', v.packetId, 0, 255));
  if (v.stateOfChargeCentipercent !== null && v.stateOfChargeCentipercent !== undefined)
    obj.push(0x01, ...wr(1, clamp(q(v.stateOfChargeCentipercent, 100), 0, 100)));
  if (v.temperatureCentidegrees !== null && v.temperatureCentidegrees !== undefined)
    obj.push(0x02, ...wr(2, clamp(v.temperatureCentidegrees, -32767, 32767)));
  if (v.voltageMillivolts !== null && v.voltageMillivolts !== undefined)
    obj.push(0x0C, ...wr(2, clamp(v.voltageMillivolts, 0, 65535)));
  const has = (x) => x !== null && x !== undefined;
  // Energy objects only as a pair, charged first; negative -> 0 (bthome.md, Frame layout).
  if (has(v.energyChargedWattHours) && has(v.energyDischargedWattHours))
    obj.push(0x4D, ...wr(4, Math.max(0, v.energyChargedWattHours)), 0x4D, ...wr(4, Math.max(0, v.energyDischargedWattHours)));
  if (v.powerMilliwatts !== null && v.powerMilliwatts !== undefined)
    obj.push(0x5C, ...wr(4, clamp(q(v.powerMilliwatts, 10), -BTH_POWER_LIMIT, BTH_POWER_LIMIT)));
  if (v.currentMilliamps !== null && v.currentMilliamps !== undefined)
    obj.push(0x5D, ...wr(2, clamp(v.currentMilliamps, -32767, 32767)));
  const body = [0x16, 0xD2, 0xFC, 0x40, ...obj];
  return Uint8Array.from([body.length, ...body]);
}

// ---------------------------------------------------------------------------
// Device name (advertising.md#device-name)
// ---------------------------------------------------------------------------

export function validateName(text) {
  if (text.length === 0) fail('NameEmpty');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x1F || c === 0x7F) fail('NameInvalidCharacter', `U+${c.toString(16).padStart(4, '0')}`);
    if (c >= 0xD800 && c <= 0xDBFF) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xDC00 && d <= 0xDFFF)) fail('NameInvalidCharacter', 'lone high surrogate');
      i++;
    } else if (c >= 0xDC00 && c <= 0xDFFF) fail('NameInvalidCharacter', 'lone low surrogate');
  }
  const utf8 = Uint8Array.from(Buffer.from(text, 'utf8'));
  if (utf8.length > 20) fail('NameTooLong', `${utf8.length} bytes`);
  return utf8;
}
export function nameAd(text) {
  const utf8 = validateName(text);
  if (utf8.length <= 11) return { type: 'complete', ad: Uint8Array.from([utf8.length + 1, 0x09, ...utf8]) };
  let cut = 11;
  while (cut > 0 && (utf8[cut] & 0xC0) === 0x80) cut--;
  const part = utf8.subarray(0, cut);
  return { type: 'shortened', ad: Uint8Array.from([part.length + 1, 0x08, ...part]) };
}

// ---------------------------------------------------------------------------
// Advertising build (advertising.md#advertising-formats)
// ---------------------------------------------------------------------------

const FLAGS_AD = [0x02, 0x01, 0x06];
const SERVICE_UUID_LE = fromHex('8c80ed54db7bb7bcbd46ccd60100257e');
const UUID_AD = [0x11, 0x07, ...SERVICE_UUID_LE];

// The BTHome frame to send (bthome.md, Two frames): the energy frame (the two totals, no packet id) when asked for and
// both totals are available, otherwise the measurement frame.
export function bthomeFrameOf({ snapshot: s, bthomeFrame, energyChargedWattHours: ec, energyDischargedWattHours: ed }) {
  if (bthomeFrame === 'energy' && ec !== null && ec !== undefined && ed !== null && ed !== undefined)
    return { energyChargedWattHours: ec, energyDischargedWattHours: ed };
  if (bthomeFrame !== 'energy' && bthomeFrame !== 'measurements') throw new Error(`unknown bthomeFrame ${bthomeFrame}`);
  return {
    packetId: s.sequence, stateOfChargeCentipercent: s.stateOfChargeCentipercent,
    temperatureCentidegrees: s.temperatureCentidegrees, voltageMillivolts: s.voltageMillivolts,
    powerMilliwatts: s.powerMilliwatts, currentMilliamps: s.currentMilliamps,
  };
}
export function buildAdvertising({ format, companyId, name, snapshot: s, bthomeFrame, energyChargedWattHours, energyDischargedWattHours }) {
  const glance = glanceAd({
    companyId, sequence: s.sequence, status: s.status, voltageMillivolts: s.voltageMillivolts,
    currentMilliamps: s.currentMilliamps, stateOfChargeCentipercent: s.stateOfChargeCentipercent,
    timeToGoMinutes: s.timeToGoMinutes,
  });
  const nm = nameAd(name).ad;
  // Ordered list of AD structures; the glance (manufacturer data) is always last.
  let second;
  if (format === 'CydShunt') {
    second = UUID_AD;
  } else if (format === 'BTHome') {
    second = [...encodeBTHome(bthomeFrameOf({ snapshot: s, bthomeFrame, energyChargedWattHours, energyDischargedWattHours }))];
  } else throw new Error(`unknown format ${format}`);
  // First fit (advertising.md, packet layout): each structure, in list order, goes into the
  // advertising packet if it still fits in its 31 bytes, otherwise into the scan response.
  const adv = [], rsp = [];
  for (const ad of [FLAGS_AD, second, nm, glance]) {
    if (adv.length + ad.length <= 31) adv.push(...ad);
    else if (rsp.length + ad.length <= 31) rsp.push(...ad);
    else throw new Error('AD structure fits in neither packet');
  }
  return { advertising: Uint8Array.from(adv), scanResponse: Uint8Array.from(rsp) };
}

// ---------------------------------------------------------------------------
// Scan record parser (advertising.md#parsing-a-scan-record)
// ---------------------------------------------------------------------------

const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function parseScanRecord(b) {
  let glance = null, bthome = null, localName = null, localNameComplete = false, hasServiceUuid = false;
  // A frame that fails is recorded and the walk goes on (advertising.md, decided rule); only the first
  // glance (signature match) and the first BTHome structure are examined.
  let glanceSeen = false, bthomeSeen = false, glanceError = null, bthomeError = null;
  let o = 0;
  while (o < b.length) {
    const n = b[o];
    if (n === 0) { o += 1; continue; }
    if (o + 1 + n > b.length) fail('MalformedAdStructure', `structure at ${o} length ${n}`);
    const type = b[o + 1];
    const data = b.subarray(o + 2, o + 1 + n);
    switch (type) {
      case 0xFF:
        if (!glanceSeen) {
          try { glance = decodeGlance(data); glanceSeen = true; } catch (e) {
            if (!(e instanceof ProtocolError)) throw e;
            if (e.kind !== 'BadSignature') { glanceSeen = true; glanceError = e; }
          }
        }
        break;
      case 0x16:
        if (!bthomeSeen && data.length >= 2 && data[0] === 0xD2 && data[1] === 0xFC) {
          bthomeSeen = true;
          try { bthome = decodeBTHome(b.subarray(o, o + 1 + n)); } catch (e) {
            if (!(e instanceof ProtocolError)) throw e;
            bthomeError = e;
          }
        }
        break;
      case 0x08: case 0x09:
        // advertising.md §Parsing a scan record: a name structure with no data is skipped as if absent.
        if (localName === null && data.length > 0) { localName = utf8Lenient.decode(data); localNameComplete = type === 0x09; }
        break;
      case 0x06: case 0x07:
        for (let g = 0; g + 16 <= data.length; g += 16) {
          let eq = true;
          for (let k = 0; k < 16; k++) if (data[g + k] !== SERVICE_UUID_LE[k]) { eq = false; break; }
          if (eq) hasServiceUuid = true;
        }
        break;
      default: break;
    }
    o += 1 + n;
  }
  if (glance === null && bthome === null) {
    if (glanceError) throw glanceError;
    if (bthomeError) throw bthomeError;
    fail('FrameNotFound');
  }
  return { glance, bthome, localName, localNameComplete, hasServiceUuid };
}

// ===========================================================================
// Conformance runner
// ===========================================================================

function deepEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k])) return false;
  return true;
}
const show = (v) => JSON.stringify(v);

// Codec table for the generic kinds (files 1-8).
const CODECS = {
  'live-snapshot': { dec: (b) => decodeSnapshot(b), enc: (v) => encodeSnapshot(v) },
  'scalars': { dec: (b, c) => decodeScalar(c.characteristic, b), enc: (v, c) => encodeScalar(c.characteristic, v) },
  'alarms': { dec: decodeAlarms, enc: encodeAlarms },
  'device-info': { dec: decodeDeviceInfo, enc: encodeDeviceInfo },
  'control-point-request': { dec: decodeCpRequest, enc: encodeCpRequest },
  'control-point-response': { dec: decodeCpResponse, enc: encodeCpResponse },
  'glance-frame': { dec: decodeGlance, enc: encodeGlance },
  'bthome': { dec: decodeBTHome, enc: encodeBTHome },
};

// Returns null on pass, or a reason string.
function runDecode(codec, c) {
  let got;
  try { got = codec.dec(fromHex(c.hex), c); } catch (e) {
    return `decode(${c.hex}) threw ${e instanceof ProtocolError ? e.kind : e.stack}`;
  }
  return deepEqual(got, c.value) ? null : `decode(${c.hex}) = ${show(got)}, expected ${show(c.value)}`;
}
function runEncode(codec, c) {
  let got;
  try { got = toHex(codec.enc(c.value, c)); } catch (e) {
    return `encode(${show(c.value)}) threw ${e instanceof ProtocolError ? e.kind : e.stack}`;
  }
  return got === c.hex ? null : `encode(${show(c.value)}) = ${got}, expected ${c.hex}`;
}
// vectors/README.md, kind `encode-error`: encoding `value` fails with the error kind `error`.
function runEncodeError(codec, c) {
  try {
    const got = codec.enc(c.value, c);
    return `encode(${show(c.value)}) succeeded with ${toHex(got)}, expected error ${c.error}`;
  } catch (e) {
    if (!(e instanceof ProtocolError)) return `encode(${show(c.value)}) crashed: ${e.stack}`;
    return e.kind === c.error ? null : `encode(${show(c.value)}) failed with ${e.kind} (${e.message}), expected ${c.error}`;
  }
}
function runInvalid(codec, c, message) {
  const bytes = fromHex(c.hex);
  try {
    const got = codec.dec(bytes, c);
    return `decode(${c.hex}) succeeded with ${show(got)}, expected error ${c.error}`;
  } catch (e) {
    if (!(e instanceof ProtocolError)) return `decode(${c.hex}) crashed: ${e.stack}`;
    if (e.kind !== c.error) return `decode(${c.hex}) failed with ${e.kind} (${e.message}), expected ${c.error}`;
  }
  if (message === 'control-point-request' && ('resultCode' in c || 'requestOpcode' in c)) {
    const r = deviceResponseFor(bytes);
    if ('resultCode' in c && r.resultCode !== c.resultCode) return `device result code ${r.resultCode}, expected ${c.resultCode}`;
    if ('requestOpcode' in c && r.requestOpcode !== c.requestOpcode) return `device request opcode ${r.requestOpcode}, expected ${c.requestOpcode}`;
  }
  return null;
}

function runCase(message, c) {
  if (message === 'device-name') {
    if (c.kind === 'valid') {
      let utf8, ad;
      try { utf8 = validateName(c.text); ad = nameAd(c.text); } catch (e) {
        return `validate(${show(c.text)}) threw ${e instanceof ProtocolError ? e.kind : e.stack}`;
      }
      const errs = [];
      if (toHex(utf8) !== c.utf8Hex) errs.push(`utf8 ${toHex(utf8)} != ${c.utf8Hex}`);
      if (ad.type !== c.advertisedType) errs.push(`advertisedType ${ad.type} != ${c.advertisedType}`);
      if (toHex(ad.ad) !== c.advertisedHex) errs.push(`advertisedHex ${toHex(ad.ad)} != ${c.advertisedHex}`);
      return errs.length ? errs.join('; ') : null;
    }
    if (c.kind === 'invalid') {
      try { validateName(c.text); return `validate(${show(c.text)}) succeeded, expected ${c.error}`; } catch (e) {
        if (!(e instanceof ProtocolError)) return `crashed: ${e.stack}`;
        return e.kind === c.error ? null : `validate(${show(c.text)}) failed with ${e.kind}, expected ${c.error}`;
      }
    }
    return `unknown kind ${c.kind}`;
  }
  if (message === 'advertising') {
    if (c.kind !== 'build') return `unknown kind ${c.kind}`;
    let r;
    try { r = buildAdvertising(c.input); } catch (e) {
      return `build threw ${e instanceof ProtocolError ? e.kind : e.stack}`;
    }
    const errs = [];
    const adv = toHex(r.advertising), rsp = toHex(r.scanResponse);
    if (adv !== c.expected.advertisingHex) errs.push(`advertising ${adv} != ${c.expected.advertisingHex}`);
    if (rsp !== c.expected.scanResponseHex) errs.push(`scanResponse ${rsp} != ${c.expected.scanResponseHex}`);
    if (errs.length) return errs.join('; ');
    // Parse back, checking exactly what client-guide.md "Using the test vectors" requires.
    let parsed;
    try { parsed = parseScanRecord(fromHex(adv + rsp)); } catch (e) {
      return `parse-back threw ${e instanceof ProtocolError ? e.kind : e.stack}`;
    }
    const s = c.input.snapshot;
    const na = nameAd(c.input.name);
    const want = {
      glance: decodeGlance(encodeGlance({
        companyId: c.input.companyId, sequence: s.sequence, status: s.status, voltageMillivolts: s.voltageMillivolts,
        currentMilliamps: s.currentMilliamps, stateOfChargeCentipercent: s.stateOfChargeCentipercent,
        timeToGoMinutes: s.timeToGoMinutes,
      })),
      bthome: c.input.format === 'BTHome' ? decodeBTHome(encodeBTHome(bthomeFrameOf(c.input))) : null,
      localName: utf8Lenient.decode(na.ad.subarray(2)),
      localNameComplete: na.type === 'complete',
      hasServiceUuid: c.input.format === 'CydShunt',
    };
    if (!deepEqual(parsed, want)) return `parse-back ${show(parsed)}, expected ${show(want)}`;
    return null;
  }
  if (message === 'scan-records') {
    if (c.kind === 'parse') {
      let got;
      try { got = parseScanRecord(fromHex(c.hex)); } catch (e) {
        return `parse(${c.hex}) threw ${e instanceof ProtocolError ? e.kind + ' (' + e.message + ')' : e.stack}`;
      }
      return deepEqual(got, c.expected) ? null : `parse(${c.hex}) = ${show(got)}, expected ${show(c.expected)}`;
    }
    if (c.kind === 'invalid') {
      try { const got = parseScanRecord(fromHex(c.hex)); return `parse(${c.hex}) succeeded with ${show(got)}, expected ${c.error}`; } catch (e) {
        if (!(e instanceof ProtocolError)) return `crashed: ${e.stack}`;
        return e.kind === c.error ? null : `parse(${c.hex}) failed with ${e.kind} (${e.message}), expected ${c.error}`;
      }
    }
    return `unknown kind ${c.kind}`;
  }
  const codec = CODECS[message];
  if (!codec) return `no codec for message ${message}`;
  switch (c.kind) {
    case 'roundtrip': return runEncode(codec, c) ?? runDecode(codec, c);
    case 'decode': return runDecode(codec, c);
    case 'encode': return runEncode(codec, c);
    case 'invalid': return runInvalid(codec, c, message);
    case 'encode-error': return runEncodeError(codec, c);
    default: return `unknown kind ${c.kind}`;
  }
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const vecDir = process.argv[2] ?? join(here, '..', '..', 'vectors');
  const files = readdirSync(vecDir).filter((f) => f.endsWith('.json')).sort();
  let passed = 0, failed = 0;
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(vecDir, f), 'utf8'));
    const message = doc.message ?? basename(f, '.json');
    if (message !== basename(f, '.json')) { console.log(`${f}: message "${message}" does not match file name`); failed++; }
    const names = new Set();
    let p = 0, q2 = 0;
    for (const c of doc.cases) {
      let reason;
      if (names.has(c.name)) reason = 'duplicate case name';
      names.add(c.name);
      try { reason = reason ?? runCase(message, c); } catch (e) { reason = `runner crash: ${e.stack}`; }
      if (reason) { q2++; console.log(`FAIL ${f} :: ${c.name} [${c.kind}] :: ${reason}`); } else p++;
    }
    console.log(`${f}: ${p} passed, ${q2} failed (${doc.cases.length} cases)`);
    passed += p; failed += q2;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
