#!/usr/bin/env python3
"""Generates spec/vectors/*.json from the case lists below, using the
reference codec in cydshunt_reference.py, and self-checks every case:

  * roundtrip: encode(value) == hex and decode(hex) == value
  * decode:    decode(hex) == value (the expected value is written here by hand)
  * encode:    encode(value) == hex; additionally decode(hex) must equal the
               hand-written quantised/clamped value "expect" (not emitted)
  * invalid:   decode(hex) raises the named error kind

Run:  python3 spec/tools/generate_vectors.py      (output is deterministic)
"""

from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True  # keep spec/tools free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cydshunt_reference as ref  # noqa: E402
from cydshunt_reference import ProtocolError  # noqa: E402

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vectors")

I32_MAX = 2147483647
I32_MIN_PLUS_1 = -2147483647


def h(b: bytes) -> str:
    return b.hex()


def expect_error(kind: str, fn, *args):
    try:
        fn(*args)
    except ProtocolError as e:
        assert e.kind == kind, f"expected {kind}, got {e.kind} for {args!r}"
        return
    raise AssertionError(f"expected {kind}, no error for {args!r}")


class Builder:
    """Collects cases for one message and checks them against the codec."""

    def __init__(self, message, spec, encode, decode):
        self.message, self.spec = message, spec
        self.encode, self.decode = encode, decode
        self.cases = []
        self.names = set()

    def _add(self, case):
        assert case["name"] not in self.names, case["name"]
        self.names.add(case["name"])
        self.cases.append(case)

    def roundtrip(self, name, value, hex_=None):
        got = h(self.encode(value))
        if hex_ is not None:
            assert got == hex_, f"{name}: {got} != {hex_}"
        assert self.decode(bytes.fromhex(got)) == value, name
        self._add({"name": name, "kind": "roundtrip", "hex": got, "value": value})

    def decode_only(self, name, hex_, value):
        got = self.decode(bytes.fromhex(hex_))
        assert got == value, f"{name}: {got} != {value}"
        self._add({"name": name, "kind": "decode", "hex": hex_, "value": value})

    def encode_only(self, name, value, expect, hex_=None):
        got = h(self.encode(value))
        if hex_ is not None:
            assert got == hex_, f"{name}: {got} != {hex_}"
        back = self.decode(bytes.fromhex(got))
        assert back == expect, f"{name}: decoded {back} != {expect}"
        assert back != value, f"{name}: not a quantising/clamping case, use roundtrip"
        self._add({"name": name, "kind": "encode", "value": value, "hex": got})

    def encode_error(self, name, value, error):
        expect_error(error, self.encode, value)
        self._add({"name": name, "kind": "encode-error", "value": value, "error": error})

    def invalid(self, name, hex_, error, **extra):
        expect_error(error, self.decode, bytes.fromhex(hex_))
        case = {"name": name, "kind": "invalid", "hex": hex_, "error": error}
        case.update(extra)
        self._add(case)

    def doc(self):
        return {"message": self.message, "spec": self.spec, "cases": self.cases}


def write(doc):
    path = os.path.join(OUT_DIR, doc["message"] + ".json")
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path, len(doc["cases"])


# ----------------------------------------------------------------------------
# 1. live snapshot
# ----------------------------------------------------------------------------

def snap(seq, status, v, i, p, soc, t, ttg, c):
    return {"sequence": seq, "status": status, "voltageMillivolts": v,
            "currentMilliamps": i, "powerMilliwatts": p,
            "stateOfChargeCentipercent": soc, "temperatureCentidegrees": t,
            "timeToGoMinutes": ttg, "consumedMilliampHours": c}


TYPICAL_DISCHARGE = snap(42, 0x09, 13245, -5234, -69300, 8750, 2150, 754, -12340)
TYPICAL_CHARGE = snap(7, 0x05, 14120, 15500, 218900, 9420, 2560, None, -3000)
ALL_NA = snap(200, 0x10, None, None, None, None, None, None, None)


def live_snapshot():
    b = Builder("live-snapshot", "gatt.md#live-snapshot-0x010b",
                ref.encode_snapshot, ref.decode_snapshot)
    b.roundtrip("typical discharging", TYPICAL_DISCHARGE,
                "2a09bd33008eebff4bfdff2e226608f2022efbff")
    b.roundtrip("typical charging, time to go NA while charging", TYPICAL_CHARGE)
    b.roundtrip("all zero", snap(0, 0, 0, 0, 0, 0, 0, 0, 0),
                "00" * 20)
    b.roundtrip("all NA (sensor fault, not synchronised)", ALL_NA,
                "c810ffffff000080000080ffff0080ffff000080")
    b.roundtrip("maximum values", snap(255, 0x1F, 16777214, 8388607, 838860700, 10000,
                                       32767, 65534, 83886070),
                "ff1ffeffffffff7fffff7f1027ff7ffeffffff7f")
    b.roundtrip("minimum values", snap(0, 0, 0, -8388607, -838860700, 0, -32767, 0,
                                       -83886070),
                "0000000000010080010080000001800000010080")
    b.roundtrip("not synchronised: SOC NA, other values present",
                snap(1, 0x08, 12800, -1000, -12800, None, -550, None, None))
    b.roundtrip("sequence wrapped to 0 after 255", snap(0, 0x01, 13000, 0, 0, 10000, 2000, None, 0))
    # quantisation (encode only)
    b.encode_only("power quantised 12349 mW -> 123 (12300 mW)",
                  snap(3, 0x05, 13000, 950, 12349, 5000, 2000, None, 0),
                  snap(3, 0x05, 13000, 950, 12300, 5000, 2000, None, 0))
    b.encode_only("power quantised half away from zero 12350 mW -> 124 (12400 mW)",
                  snap(3, 0x05, 13000, 950, 12350, 5000, 2000, None, 0),
                  snap(3, 0x05, 13000, 950, 12400, 5000, 2000, None, 0))
    b.encode_only("power quantised half away from zero -12350 mW -> -124 (-12400 mW)",
                  snap(3, 0x09, 13000, -950, -12350, 5000, 2000, 300, 0),
                  snap(3, 0x09, 13000, -950, -12400, 5000, 2000, 300, 0))
    b.encode_only("power quantised -12349 mW -> -123 (-12300 mW)",
                  snap(3, 0x09, 13000, -950, -12349, 5000, 2000, 300, 0),
                  snap(3, 0x09, 13000, -950, -12300, 5000, 2000, 300, 0))
    b.encode_only("consumed charge quantised half away from zero -15 mAh -> -2 (-20 mAh)",
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, -15),
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, -20))
    b.encode_only("consumed charge quantised -14 mAh -> -1 (-10 mAh)",
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, -14),
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, -10))
    b.encode_only("consumed charge quantised +5 mAh -> 1 (10 mAh)",
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, 5),
                  snap(4, 0x01, 13000, 0, 0, 9990, 2000, None, 10))
    # clamping (encode only)
    b.encode_only("clamp high: every field above its range",
                  snap(9, 0x01, I32_MAX, I32_MAX, I32_MAX, 12000, 40000, 70000, I32_MAX),
                  snap(9, 0x01, 16777214, 8388607, 838860700, 10000, 32767, 65534, 83886070))
    b.encode_only("clamp low: every field below its range (negative into unsigned -> 0)",
                  snap(9, 0x01, -5, I32_MIN_PLUS_1, I32_MIN_PLUS_1, -1, -40000, -3,
                       I32_MIN_PLUS_1),
                  snap(9, 0x01, 0, -8388607, -838860700, 0, -32767, 0, -83886070))
    b.encode_only("clamp: signed type minimum is never produced (-8388608 mA -> -8388607)",
                  snap(9, 0x09, 13000, -8388608, -100, 5000, -32768, 10, -83886080),
                  snap(9, 0x09, 13000, -8388607, -100, 5000, -32767, 10, -83886070))
    b.encode_only("clamp: voltage 16777215 mV (the NA pattern) -> 16777214",
                  snap(9, 0x01, 16777215, 0, 0, 5000, 0, 65535, 0),
                  snap(9, 0x01, 16777214, 0, 0, 5000, 0, 65534, 0))
    b.encode_only("reserved status bits 5-7 are sent as 0",
                  snap(10, 0xE1, 13000, 0, 0, 5000, 2000, None, 0),
                  snap(10, 0x01, 13000, 0, 0, 5000, 2000, None, 0))
    # decode only
    base = h(ref.encode_snapshot(TYPICAL_DISCHARGE))
    b.decode_only("trailing bytes ignored", base + "0102030405", TYPICAL_DISCHARGE)
    tmp = bytearray.fromhex(base)
    tmp[1] = 0xE9
    b.decode_only("reserved status bits set: passed through, not an error", h(bytes(tmp)),
                  dict(TYPICAL_DISCHARGE, status=0xE9))
    # invalid
    b.invalid("empty", "", "TooShort")
    b.invalid("19 bytes (one short)", base[:38], "TooShort")
    tmp = bytearray.fromhex(base)
    tmp[11:13] = (10001).to_bytes(2, "little")
    b.invalid("SOC 10001 out of range", h(bytes(tmp)), "ValueOutOfRange")
    tmp[11:13] = (0xFFFE).to_bytes(2, "little")
    b.invalid("SOC 0xFFFE out of range (not NA)", h(bytes(tmp)), "ValueOutOfRange")
    return b.doc()


# ----------------------------------------------------------------------------
# 2. scalar characteristics
# ----------------------------------------------------------------------------

def scalars():
    cases, names = [], set()

    def add(case):
        assert case["name"] not in names, case["name"]
        names.add(case["name"])
        cases.append(case)

    def rt(ch, name, value, hex_):
        got = h(ref.encode_scalar(ch, value))
        assert got == hex_, f"{ch} {name}: {got} != {hex_}"
        assert ref.decode_scalar(ch, bytes.fromhex(hex_)) == value
        add({"name": f"{ch}: {name}", "kind": "roundtrip", "characteristic": ch,
             "hex": hex_, "value": value})

    def enc(ch, name, value, expect, hex_):
        got = h(ref.encode_scalar(ch, value))
        assert got == hex_, f"{ch} {name}: {got} != {hex_}"
        assert ref.decode_scalar(ch, bytes.fromhex(hex_)) == expect
        add({"name": f"{ch}: {name}", "kind": "encode", "characteristic": ch,
             "value": value, "hex": hex_})

    def dec(ch, name, hex_, value):
        assert ref.decode_scalar(ch, bytes.fromhex(hex_)) == value
        add({"name": f"{ch}: {name}", "kind": "decode", "characteristic": ch,
             "hex": hex_, "value": value})

    def bad(ch, name, hex_, error):
        expect_error(error, ref.decode_scalar, ch, bytes.fromhex(hex_))
        add({"name": f"{ch}: {name}", "kind": "invalid", "characteristic": ch,
             "hex": hex_, "error": error})

    # voltage u32 mV, valid 0..2147483647, NA ffffffff
    rt("voltage", "typical 13.245 V", 13245, "bd330000")
    rt("voltage", "zero", 0, "00000000")
    rt("voltage", "maximum 2147483647 mV", I32_MAX, "ffffff7f")
    rt("voltage", "NA", None, "ffffffff")
    enc("voltage", "negative clamps to 0", -12, 0, "00000000")
    dec("voltage", "trailing bytes ignored", "bd330000aa", 13245)
    bad("voltage", "too short (3 bytes)", "bd3300", "TooShort")
    bad("voltage", "0x80000000 out of range", "00000080", "ValueOutOfRange")
    bad("voltage", "0xfffffffe out of range", "feffffff", "ValueOutOfRange")
    # current i32 mA, NA 80000000
    rt("current", "typical discharging -5.234 A", -5234, "8eebffff")
    rt("current", "typical charging 15.5 A", 15500, "8c3c0000")
    rt("current", "zero", 0, "00000000")
    rt("current", "maximum", I32_MAX, "ffffff7f")
    rt("current", "minimum -2147483647", I32_MIN_PLUS_1, "01000080")
    rt("current", "NA", None, "00000080")
    dec("current", "trailing bytes ignored", "8eebffff0000", -5234)
    bad("current", "empty", "", "TooShort")
    # power i32 mW
    rt("power", "typical discharging -69.324 W", -69324, "34f1feff")
    rt("power", "zero", 0, "00000000")
    rt("power", "maximum", I32_MAX, "ffffff7f")
    rt("power", "minimum", I32_MIN_PLUS_1, "01000080")
    rt("power", "NA", None, "00000080")
    bad("power", "too short (2 bytes)", "34f0", "TooShort")
    # consumed charge i32 mAh
    rt("consumedCharge", "typical -12.34 Ah", -12340, "cccfffff")
    rt("consumedCharge", "zero (just synchronised)", 0, "00000000")
    rt("consumedCharge", "positive (charged past full) 250 mAh", 250, "fa000000")
    rt("consumedCharge", "minimum", I32_MIN_PLUS_1, "01000080")
    rt("consumedCharge", "maximum", I32_MAX, "ffffff7f")
    rt("consumedCharge", "NA (not synchronised)", None, "00000080")
    # energy u32 Wh, valid 0..0x7fffffff
    for ch in ("energyCharged", "energyDischarged"):
        rt(ch, "typical 12345 Wh", 12345, "39300000")
        rt(ch, "zero (after reset)", 0, "00000000")
        rt(ch, "maximum 2147483647 Wh", I32_MAX, "ffffff7f")
        rt(ch, "NA", None, "ffffffff")
        enc(ch, "negative clamps to 0", -1, 0, "00000000")
        bad(ch, "0x80000000 out of range", "00000080", "ValueOutOfRange")
        bad(ch, "0xfffffffe out of range", "feffffff", "ValueOutOfRange")
        bad(ch, "too short", "393000", "TooShort")
    dec("energyCharged", "trailing bytes ignored", "3930000001", 12345)
    # state of charge u16 0.01 %, 0..10000
    rt("stateOfCharge", "typical 87.50 %", 8750, "2e22")
    rt("stateOfCharge", "zero", 0, "0000")
    rt("stateOfCharge", "maximum 100.00 %", 10000, "1027")
    rt("stateOfCharge", "NA (not synchronised)", None, "ffff")
    enc("stateOfCharge", "above 10000 clamps to 10000", 10001, 10000, "1027")
    enc("stateOfCharge", "negative clamps to 0", -50, 0, "0000")
    dec("stateOfCharge", "trailing bytes ignored", "2e22ff", 8750)
    bad("stateOfCharge", "10001 out of range", "1127", "ValueOutOfRange")
    bad("stateOfCharge", "0xfffe out of range", "feff", "ValueOutOfRange")
    bad("stateOfCharge", "too short", "2e", "TooShort")
    # temperature i16 0.01 degC
    rt("temperature", "typical 21.50 degC", 2150, "6608")
    rt("temperature", "negative -5.50 degC", -550, "dafd")
    rt("temperature", "zero", 0, "0000")
    rt("temperature", "maximum 327.67 degC", 32767, "ff7f")
    rt("temperature", "minimum -327.67 degC", -32767, "0180")
    rt("temperature", "NA (no sensor)", None, "0080")
    enc("temperature", "-32768 clamps to -32767", -32768, -32767, "0180")
    enc("temperature", "40000 clamps to 32767", 40000, 32767, "ff7f")
    bad("temperature", "too short", "66", "TooShort")
    # time to go u16 minutes, 0..65534
    rt("timeToGo", "typical 754 min", 754, "f202")
    rt("timeToGo", "zero", 0, "0000")
    rt("timeToGo", "maximum 65534 min", 65534, "feff")
    rt("timeToGo", "NA (not discharging)", None, "ffff")
    enc("timeToGo", "65535 clamps to 65534", 65535, 65534, "feff")
    enc("timeToGo", "negative clamps to 0", -3, 0, "0000")
    dec("timeToGo", "trailing bytes ignored", "f2020000", 754)
    bad("timeToGo", "empty", "", "TooShort")
    # battery level (SIG 0x2A19) u8 percent 0..100, no NA
    rt("batteryLevel", "typical 88 %", 88, "58")
    rt("batteryLevel", "zero", 0, "00")
    rt("batteryLevel", "maximum 100 %", 100, "64")
    enc("batteryLevel", "101 clamps to 100", 101, 100, "64")
    enc("batteryLevel", "negative clamps to 0", -1, 0, "00")
    dec("batteryLevel", "trailing bytes ignored", "5800", 88)
    bad("batteryLevel", "101 out of range", "65", "ValueOutOfRange")
    bad("batteryLevel", "0xff out of range (no NA)", "ff", "ValueOutOfRange")
    bad("batteryLevel", "empty", "", "TooShort")
    return {"message": "scalars", "spec": "gatt.md#scalar-characteristics", "cases": cases}


# ----------------------------------------------------------------------------
# 3. alarms
# ----------------------------------------------------------------------------

def alarms():
    b = Builder("alarms", "gatt.md#alarms-0x010a", ref.encode_alarms, ref.decode_alarms)
    b.roundtrip("typical: low SOC alarm while discharging", {"status": 0x0B, "alarms": 0x0004},
                "0b0400")
    b.roundtrip("no alarms", {"status": 0x01, "alarms": 0}, "010000")
    b.roundtrip("all zero", {"status": 0, "alarms": 0}, "000000")
    b.roundtrip("all defined bits set", {"status": 0x1F, "alarms": 0x001F}, "1f1f00")
    b.roundtrip("high and low voltage", {"status": 0x03, "alarms": 0x0003}, "030300")
    b.encode_only("reserved bits are sent as 0", {"status": 0xFF, "alarms": 0xFFFF},
                  {"status": 0x1F, "alarms": 0x001F}, "1f1f00")
    b.decode_only("reserved bits set: passed through", "ffffff", {"status": 0xFF, "alarms": 0xFFFF})
    b.decode_only("trailing bytes ignored", "0b040000000000", {"status": 0x0B, "alarms": 0x0004})
    b.invalid("empty", "", "TooShort")
    b.invalid("too short (2 bytes)", "0b04", "TooShort")
    return b.doc()


# ----------------------------------------------------------------------------
# 4. device info
# ----------------------------------------------------------------------------

def di(pv, ma, mi, pa, st, feat, cap, nom):
    return {"protocolVersion": pv, "firmwareMajor": ma, "firmwareMinor": mi,
            "firmwarePatch": pa, "sensorType": st, "features": feat,
            "capacityAmpHours": cap, "nominalVoltage": nom}


def device_info():
    b = Builder("device-info", "gatt.md#device-info-0x010c",
                ref.encode_device_info, ref.decode_device_info)
    b.roundtrip("typical INA228 with temperature sensor, 200 Ah, 12 V",
                di(1, 1, 2, 3, 2, 0x01, 200, 12), "010102030201c8000c")
    b.roundtrip("INA226, BTHome advertising and pairing required, 24 V",
                di(1, 0, 9, 0, 1, 0x06, 100, 24), "010009000106640018")
    b.roundtrip("capacity not configured (NA), unknown sensor, unknown voltage",
                di(1, 0, 1, 0, 0, 0, None, 0), "010001000000ffff00")
    b.roundtrip("minimum capacity 1 Ah", di(1, 0, 0, 0, 2, 0, 1, 48), "010000000200010030")
    b.roundtrip("maximum values", di(255, 255, 255, 255, 255, 0x07, 65534, 255),
                "ffffffffff07feffff")
    b.roundtrip("unknown sensor type 7 passed through", di(1, 1, 0, 0, 7, 0, 280, 12))
    b.roundtrip("nominal voltage 36 (not in the list) passed through", di(1, 1, 0, 0, 2, 0, 50, 36))
    b.encode_only("capacity 0 clamps to 1", di(1, 1, 0, 0, 2, 0, 0, 12),
                  di(1, 1, 0, 0, 2, 0, 1, 12))
    b.encode_only("negative capacity clamps to 1", di(1, 1, 0, 0, 2, 0, -5, 12),
                  di(1, 1, 0, 0, 2, 0, 1, 12))
    b.encode_only("capacity 70000 clamps to 65534", di(1, 1, 0, 0, 2, 0, 70000, 12),
                  di(1, 1, 0, 0, 2, 0, 65534, 12))
    b.encode_only("reserved feature bits are sent as 0", di(1, 1, 0, 0, 2, 0xF9, 200, 12),
                  di(1, 1, 0, 0, 2, 0x01, 200, 12))
    b.decode_only("reserved feature bits set: passed through", "010102030280c8000c",
                  di(1, 1, 2, 3, 2, 0x80, 200, 12))
    b.decode_only("trailing bytes ignored (future fields)", "010102030201c8000c0000ff",
                  di(1, 1, 2, 3, 2, 0x01, 200, 12))
    b.decode_only("protocol version 2 accepted (layout is append-only)", "020102030201c8000c",
                  di(2, 1, 2, 3, 2, 0x01, 200, 12))
    b.invalid("empty", "", "TooShort")
    b.invalid("8 bytes (one short)", "010102030201c800", "TooShort")
    b.invalid("protocol version 0", "000102030201c8000c", "ValueOutOfRange")
    b.invalid("capacity 0", "01010203020100000c", "ValueOutOfRange")
    b.encode_error("protocol version 0 is not encoded (decoders reject it)",
                   di(0, 1, 2, 3, 2, 0x01, 200, 12), "ValueOutOfRange")
    return b.doc()


# ----------------------------------------------------------------------------
# 5./6. control point
# ----------------------------------------------------------------------------

def control_point_request():
    b = Builder("control-point-request", "gatt.md#control-point-0x010d",
                ref.encode_cp_request, ref.decode_cp_request)
    b.roundtrip("ResetEnergyCounters", {"opcode": 1, "parameter": None}, "01")
    b.roundtrip("SynchroniseSoc", {"opcode": 2, "parameter": None}, "02")
    b.roundtrip("SetBatteryCapacity 200 Ah", {"opcode": 3, "parameter": 200}, "03c800")
    b.roundtrip("SetBatteryCapacity minimum 1 Ah", {"opcode": 3, "parameter": 1}, "030100")
    b.roundtrip("SetBatteryCapacity maximum 65534 Ah", {"opcode": 3, "parameter": 65534}, "03feff")
    b.roundtrip("SetNotificationInterval 1000 ms", {"opcode": 4, "parameter": 1000}, "04e803")
    b.roundtrip("SetNotificationInterval minimum 200 ms", {"opcode": 4, "parameter": 200}, "04c800")
    b.roundtrip("SetNotificationInterval maximum 10000 ms", {"opcode": 4, "parameter": 10000},
                "041027")
    b.decode_only("ResetEnergyCounters with trailing bytes", "01ff00", {"opcode": 1, "parameter": None})
    b.decode_only("SetBatteryCapacity with trailing bytes", "03c80099", {"opcode": 3, "parameter": 200})

    def bad(name, hex_, error):
        req_op, rc = ref.cp_result_for(bytes.fromhex(hex_))
        b.invalid(name, hex_, error, resultCode=rc, requestOpcode=req_op)

    bad("empty write", "", "TooShort")
    bad("opcode 0x00 unknown", "00", "UnknownOpcode")
    bad("opcode 0x05 unknown", "05", "UnknownOpcode")
    bad("opcode 0x80 (response code) is not a request", "800101", "UnknownOpcode")
    bad("opcode 0xff unknown", "ff", "UnknownOpcode")
    bad("SetBatteryCapacity without parameter", "03", "TooShort")
    bad("SetBatteryCapacity parameter one byte short", "03c8", "TooShort")
    bad("SetBatteryCapacity 0 Ah", "030000", "ValueOutOfRange")
    bad("SetBatteryCapacity 65535 Ah", "03ffff", "ValueOutOfRange")
    bad("SetNotificationInterval without parameter", "04", "TooShort")
    bad("SetNotificationInterval 199 ms", "04c700", "ValueOutOfRange")
    bad("SetNotificationInterval 10001 ms", "041127", "ValueOutOfRange")
    bad("SetNotificationInterval 0 ms", "040000", "ValueOutOfRange")
    b.encode_only("ResetEnergyCounters with a parameter: the parameter is not sent",
                  {"opcode": 1, "parameter": 5}, {"opcode": 1, "parameter": None}, "01")
    # Encoder errors: a client never sends what the device would refuse.
    for op in (0x00, 0x05, 0x80, 0xFF):
        b.encode_error(f"encode opcode 0x{op:02x}: unknown", {"opcode": op, "parameter": None}, "UnknownOpcode")
    b.encode_error("encode SetBatteryCapacity without parameter (null)", {"opcode": 3, "parameter": None},
                   "ValueOutOfRange")
    b.encode_error("encode SetNotificationInterval without parameter (null)", {"opcode": 4, "parameter": None},
                   "ValueOutOfRange")
    b.encode_error("encode SetBatteryCapacity 0 Ah", {"opcode": 3, "parameter": 0}, "ValueOutOfRange")
    b.encode_error("encode SetBatteryCapacity 65535 Ah", {"opcode": 3, "parameter": 65535}, "ValueOutOfRange")
    b.encode_error("encode SetBatteryCapacity -1 Ah", {"opcode": 3, "parameter": -1}, "ValueOutOfRange")
    b.encode_error("encode SetNotificationInterval 199 ms", {"opcode": 4, "parameter": 199}, "ValueOutOfRange")
    b.encode_error("encode SetNotificationInterval 10001 ms", {"opcode": 4, "parameter": 10001},
                   "ValueOutOfRange")
    return b.doc()


def control_point_response():
    b = Builder("control-point-response", "gatt.md#control-point-0x010d",
                ref.encode_cp_response, ref.decode_cp_response)
    b.roundtrip("ResetEnergyCounters success", {"requestOpcode": 1, "resultCode": 1}, "800101")
    b.roundtrip("SynchroniseSoc success", {"requestOpcode": 2, "resultCode": 1}, "800201")
    b.roundtrip("SetBatteryCapacity invalid parameter", {"requestOpcode": 3, "resultCode": 4},
                "800304")
    b.roundtrip("SetNotificationInterval operation failed", {"requestOpcode": 4, "resultCode": 5},
                "800405")
    b.roundtrip("empty write: request opcode 0, invalid length", {"requestOpcode": 0, "resultCode": 3},
                "800003")
    b.roundtrip("unknown opcode 0x42: opcode not supported", {"requestOpcode": 0x42, "resultCode": 2},
                "804202")
    b.roundtrip("unknown result code 0x7f passed through", {"requestOpcode": 1, "resultCode": 0x7F},
                "80017f")
    b.decode_only("trailing bytes ignored", "8001010000", {"requestOpcode": 1, "resultCode": 1})
    b.invalid("empty", "", "TooShort")
    b.invalid("two bytes", "8001", "TooShort")
    b.invalid("short and not a response: length is checked first", "01", "TooShort")
    b.invalid("first byte 0x01 is not the response code", "010101", "NotAResponse")
    b.invalid("first byte 0x00", "000101", "NotAResponse")
    return b.doc()


# ----------------------------------------------------------------------------
# 7. glance frame
# ----------------------------------------------------------------------------

def gl(cid, seq, status, v, i, soc, ttg):
    return {"companyId": cid, "sequence": seq, "status": status, "voltageMillivolts": v,
            "currentMilliamps": i, "stateOfChargeCentipercent": soc, "timeToGoMinutes": ttg}


GLANCE_TYPICAL = gl(0xFFFF, 42, 0x09, 13250, -5234, 8750, 754)


def glance_frame():
    b = Builder("glance-frame", "advertising.md#glance-frame", ref.encode_glance, ref.decode_glance)
    b.roundtrip("typical discharging, company 0xffff", GLANCE_TYPICAL,
                "ffff4353012a092d058eebff2e22f202")
    b.roundtrip("typical charging, time to go NA", gl(0xFFFF, 7, 0x05, 14120, 15500, 9420, None))
    b.roundtrip("all zero, company 0x0000", gl(0, 0, 0, 0, 0, 0, 0),
                "00004353010000000000000000000000")
    b.roundtrip("all NA (sensor fault)", gl(0xFFFF, 200, 0x10, None, None, None, None),
                "ffff435301c810ffff000080ffffffff")
    b.roundtrip("maximum values", gl(0xFFFF, 255, 0x1F, 655340, 8388607, 10000, 65534),
                "ffff435301ff1ffeffffff7f1027feff")
    b.roundtrip("minimum values", gl(0xFFFF, 0, 0, 0, -8388607, 0, 0),
                "ffff4353010000000001008000000000")
    b.roundtrip("other company id 0x02e5", dict(GLANCE_TYPICAL, companyId=0x02E5))
    b.encode_only("voltage quantised 13244 mV -> 1324 (13240 mV)",
                  dict(GLANCE_TYPICAL, voltageMillivolts=13244),
                  dict(GLANCE_TYPICAL, voltageMillivolts=13240))
    b.encode_only("voltage quantised half up 13245 mV -> 1325 (13250 mV)",
                  dict(GLANCE_TYPICAL, voltageMillivolts=13245),
                  dict(GLANCE_TYPICAL, voltageMillivolts=13250))
    b.encode_only("voltage quantised 5 mV -> 1 (10 mV)",
                  dict(GLANCE_TYPICAL, voltageMillivolts=5),
                  dict(GLANCE_TYPICAL, voltageMillivolts=10))
    b.encode_only("voltage quantised 4 mV -> 0",
                  dict(GLANCE_TYPICAL, voltageMillivolts=4),
                  dict(GLANCE_TYPICAL, voltageMillivolts=0))
    b.encode_only("voltage 700000 mV clamps to 65534 (655340 mV)",
                  dict(GLANCE_TYPICAL, voltageMillivolts=700000),
                  dict(GLANCE_TYPICAL, voltageMillivolts=655340))
    b.encode_only("voltage 655345 mV rounds to 65535 then clamps to 65534",
                  dict(GLANCE_TYPICAL, voltageMillivolts=655345),
                  dict(GLANCE_TYPICAL, voltageMillivolts=655340))
    b.encode_only("negative voltage clamps to 0",
                  dict(GLANCE_TYPICAL, voltageMillivolts=-20),
                  dict(GLANCE_TYPICAL, voltageMillivolts=0))
    b.encode_only("current clamps to +-8388607",
                  dict(GLANCE_TYPICAL, currentMilliamps=-9000000),
                  dict(GLANCE_TYPICAL, currentMilliamps=-8388607))
    b.encode_only("SOC 10500 clamps to 10000, time to go 99999 clamps to 65534",
                  dict(GLANCE_TYPICAL, stateOfChargeCentipercent=10500, timeToGoMinutes=99999),
                  dict(GLANCE_TYPICAL, stateOfChargeCentipercent=10000, timeToGoMinutes=65534))
    b.encode_only("reserved status bits are sent as 0",
                  dict(GLANCE_TYPICAL, status=0xE9), GLANCE_TYPICAL)
    base = h(ref.encode_glance(GLANCE_TYPICAL))
    b.decode_only("trailing payload bytes ignored", base + "00112233", GLANCE_TYPICAL)
    b.decode_only("reserved status bits passed through", base[:12] + "e9" + base[14:],
                  dict(GLANCE_TYPICAL, status=0xE9))
    b.invalid("empty", "", "BadSignature")
    b.invalid("company id only", "ffff", "BadSignature")
    b.invalid("payload of 2 bytes (signature only)", "ffff4353", "BadSignature")
    b.invalid("wrong signature 'CT'", "ffff4354" + base[8:], "BadSignature")
    b.invalid("signature bytes swapped 'SC'", "ffff5343" + base[8:], "BadSignature")
    b.invalid("version 2", "ffff435302" + base[10:], "UnsupportedVersion")
    b.invalid("version 0", "ffff435300" + base[10:], "UnsupportedVersion")
    b.invalid("version 2 with a short payload is still UnsupportedVersion", "ffff435302", "UnsupportedVersion")
    b.invalid("version 1, payload of 3 bytes", "ffff435301", "TooShort")
    b.invalid("version 1, payload of 13 bytes (one short)", base[:-2], "TooShort")
    b.invalid("SOC 10001 out of range", base[:24] + "1127" + base[28:], "ValueOutOfRange")
    return b.doc()


# ----------------------------------------------------------------------------
# 8. BTHome
# ----------------------------------------------------------------------------

def bt(pid, soc, t, v, p, i, charged=None, discharged=None):
    return {"packetId": pid, "stateOfChargeCentipercent": soc, "temperatureCentidegrees": t,
            "voltageMillivolts": v, "powerMilliwatts": p, "currentMilliamps": i,
            "energyChargedWattHours": charged, "energyDischargedWattHours": discharged}


def bt_energy(charged, discharged, pid=None):
    """An energy-frame value: the two totals (Wh), nothing else (no packet id)."""
    return bt(pid, None, None, None, None, None, charged, discharged)


# bthome.md worked example: 1234.567 kWh charged, 1100.000 kWh discharged
ENERGY_CHARGED_WH = 1234567
ENERGY_DISCHARGED_WH = 1100000


BT_TYPICAL = bt(42, 8800, 2150, 13245, -69320, -5234)


def bthome():
    b = Builder("bthome", "bthome.md#frame-layout", ref.encode_bthome, ref.decode_bthome)
    b.roundtrip("typical, all objects (23-byte AD structure)", BT_TYPICAL,
                "1616d2fc40002a01580266080cbd335cece4ffff5d8eeb")
    b.roundtrip("charging", bt(7, 9400, 2560, 14120, 218860, 15500))
    b.roundtrip("SOC omitted (not synchronised)", bt(5, None, 2150, 12800, -12800, -1000))
    b.roundtrip("temperature omitted (no sensor)", bt(6, 5000, None, 12800, 0, 0))
    b.roundtrip("SOC and temperature omitted (bthome.md example)",
                bt(5, None, None, 12800, -12800, -1000), "1116d2fc4000050c00325c00fbffff5d18fc")
    b.roundtrip("only the packet id (sensor fault: every measurement NA)",
                bt(200, None, None, None, None, None), "0616d2fc4000c8")
    b.roundtrip("all zero", bt(0, 0, 0, 0, 0, 0))
    b.roundtrip("maximum values", bt(255, 10000, 32767, 65535, 2147483640, 32767))
    b.roundtrip("minimum values", bt(0, 0, -32767, 0, -2147483640, -32767))
    # the energy frame (bthome.md#two-frames): 0x4D charged, 0x4D discharged, no packet id
    b.roundtrip("energy frame: energy charged 1234.567 kWh then energy discharged 1100.000 kWh "
                "(15-byte AD structure)", bt_energy(ENERGY_CHARGED_WH, ENERGY_DISCHARGED_WH),
                "0e16d2fc404d87d612004de0c81000")
    b.roundtrip("energy frame: both totals zero", bt_energy(0, 0), "0e16d2fc404d000000004d00000000")
    b.roundtrip("energy frame: largest model totals 2147483647 Wh", bt_energy(I32_MAX, I32_MAX),
                "0e16d2fc404dffffff7f4dffffff7f")
    b.roundtrip("every object at once (33 bytes: the codec allows it, the device never sends it)",
                dict(BT_TYPICAL, energyChargedWattHours=ENERGY_CHARGED_WH,
                     energyDischargedWattHours=ENERGY_DISCHARGED_WH),
                "2016d2fc40002a01580266080cbd334d87d612004de0c810005cece4ffff5d8eeb")
    # encode: quantisation, saturation, omission
    b.encode_only("battery rounds half up: 8750 -> 88 % (8800)",
                  dict(BT_TYPICAL, stateOfChargeCentipercent=8750), BT_TYPICAL)
    b.encode_only("battery 8749 -> 87 % (8700)", dict(BT_TYPICAL, stateOfChargeCentipercent=8749),
                  dict(BT_TYPICAL, stateOfChargeCentipercent=8700))
    b.encode_only("battery 50 (0.50 %) -> 1 %", dict(BT_TYPICAL, stateOfChargeCentipercent=50),
                  dict(BT_TYPICAL, stateOfChargeCentipercent=100))
    b.encode_only("battery 49 (0.49 %) -> 0 %", dict(BT_TYPICAL, stateOfChargeCentipercent=49),
                  dict(BT_TYPICAL, stateOfChargeCentipercent=0))
    b.encode_only("power -69324 mW -> -6932 (0.01 W) = -69320 mW",
                  dict(BT_TYPICAL, powerMilliwatts=-69324), BT_TYPICAL)
    b.encode_only("power -69325 mW rounds away from zero -> -6933",
                  dict(BT_TYPICAL, powerMilliwatts=-69325), dict(BT_TYPICAL, powerMilliwatts=-69330))
    b.encode_only("power +12345 mW rounds away from zero -> 1235",
                  dict(BT_TYPICAL, powerMilliwatts=12345), dict(BT_TYPICAL, powerMilliwatts=12350))
    b.encode_only("power int32 maximum clamps to 214748364 (0.01 W) so it decodes",
                  dict(BT_TYPICAL, powerMilliwatts=I32_MAX),
                  dict(BT_TYPICAL, powerMilliwatts=2147483640))
    b.encode_only("power -2147483647 mW clamps to -214748364 (0.01 W)",
                  dict(BT_TYPICAL, powerMilliwatts=I32_MIN_PLUS_1),
                  dict(BT_TYPICAL, powerMilliwatts=-2147483640))
    b.encode_only("current -40000 mA saturates at -32767",
                  dict(BT_TYPICAL, currentMilliamps=-40000), dict(BT_TYPICAL, currentMilliamps=-32767))
    b.encode_only("current +32768 mA saturates at 32767",
                  dict(BT_TYPICAL, currentMilliamps=32768), dict(BT_TYPICAL, currentMilliamps=32767))
    b.encode_only("voltage 70000 mV saturates at 65535",
                  dict(BT_TYPICAL, voltageMillivolts=70000), dict(BT_TYPICAL, voltageMillivolts=65535))
    b.encode_only("negative voltage clamps to 0",
                  dict(BT_TYPICAL, voltageMillivolts=-1), dict(BT_TYPICAL, voltageMillivolts=0))
    b.encode_only("temperature -32768 clamps to -32767",
                  dict(BT_TYPICAL, temperatureCentidegrees=-32768),
                  dict(BT_TYPICAL, temperatureCentidegrees=-32767))
    b.encode_only("SOC above 10000 clamps to 100 %",
                  dict(BT_TYPICAL, stateOfChargeCentipercent=12000),
                  dict(BT_TYPICAL, stateOfChargeCentipercent=10000))
    b.encode_only("negative energy totals are sent as 0", bt_energy(-5, I32_MIN_PLUS_1),
                  bt_energy(0, 0), "0e16d2fc404d000000004d00000000")
    b.encode_only("energy discharged NA: neither energy object is sent (they go in pairs)",
                  bt_energy(ENERGY_CHARGED_WH, None), bt_energy(None, None), "0416d2fc40")
    b.encode_only("energy charged NA: neither energy object is sent (they go in pairs)",
                  bt_energy(None, ENERGY_DISCHARGED_WH, pid=42), bt_energy(None, None, pid=42),
                  "0616d2fc40002a")
    # decode only
    typ = h(ref.encode_bthome(BT_TYPICAL))
    b.decode_only("trailing bytes after the AD structure ignored", typ + "0201060000", BT_TYPICAL)
    b.decode_only("objects out of ascending order accepted",
                  "1616d2fc405d8eeb002a5cece4ffff01580266080cbd33", BT_TYPICAL)
    b.decode_only("repeated object: first occurrence wins",
                  "0d16d2fc40002a0158015a026400",
                  bt(42, 8800, 100, None, None, None))
    b.decode_only("repeated object: a later out-of-range occurrence (101 %) is ignored, not checked",
                  "0a16d2fc40002a01580165",
                  bt(42, 8800, None, None, None, None))
    b.decode_only("trigger-based bit (0x44) ignored", "0616d2fc44002a",
                  bt(42, None, None, None, None, None))
    # device information bit 1 (bthome.md, Decoding step 7): MAC 11:22:33:44:55:66, LSB first
    b.decode_only("MAC-included bit (0x42): the 6 MAC bytes after the device information are skipped",
                  "0e16d2fc42665544332211002a0158", bt(42, 8800, None, None, None, None))
    b.decode_only("MAC-included bit with the MAC and no objects", "0a16d2fc42665544332211",
                  bt(None, None, None, None, None, None))
    b.decode_only("no objects at all", "0416d2fc40", bt(None, None, None, None, None, None))
    b.decode_only("temperature -32768 is a value (BTHome has no NA)", "0716d2fc40020080",
                  bt(None, None, -32768, None, None, None))
    b.decode_only("current -32768 mA decoded as is", "0716d2fc405d0080",
                  bt(None, None, None, None, None, -32768))
    b.decode_only("power most negative that fits the model: -214748364 -> -2147483640 mW",
                  "0916d2fc405c343333f3", bt(None, None, None, None, -2147483640, None))
    b.decode_only("a single energy object is energy charged", "0916d2fc404d87d61200",
                  bt_energy(ENERGY_CHARGED_WH, None))
    b.decode_only("a third energy object is skipped, not range-checked",
                  "1316d2fc404d87d612004de0c810004dffffffff",
                  bt_energy(ENERGY_CHARGED_WH, ENERGY_DISCHARGED_WH))
    b.decode_only("energy objects between other objects: first charged, second discharged",
                  "1016d2fc404d87d61200002a4de0c81000",
                  bt_energy(ENERGY_CHARGED_WH, ENERGY_DISCHARGED_WH, pid=42))
    # invalid
    b.invalid("empty", "", "TooShort")
    b.invalid("length byte only", "05", "TooShort")
    b.invalid("length runs past the data", "1616d2fc40002a", "MalformedAdStructure")
    b.invalid("not service data (AD type 0xff)", "06ffd2fc40002a", "BadSignature")
    b.invalid("other 16-bit UUID 0xfcd3", "0616d3fc40002a", "BadSignature")
    b.invalid("service data without the device information byte", "0316d2fc", "TooShort")
    b.invalid("MAC-included bit (0x42) with fewer than 6 MAC bytes", "0916d2fc426655443322", "TooShort")
    b.invalid("AD length 2 (type + one UUID byte): too short to tell, not BTHome", "0216d2",
              "BadSignature")
    b.invalid("AD length 1 (type only): too short to tell, not BTHome", "0116", "BadSignature")
    b.invalid("encrypted (device info 0x41)", "0616d2fc41002a", "BTHomeEncrypted")
    b.invalid("version 1 in bits 5-7 (0x20)", "0616d2fc20002a", "BTHomeUnsupportedVersion")
    b.invalid("version 3 (0x60)", "0616d2fc60002a", "BTHomeUnsupportedVersion")
    b.invalid("version 0 and encrypted (0x01): version is checked first", "0616d2fc01002a",
              "BTHomeUnsupportedVersion")
    b.invalid("unknown object 0x03 (humidity)", "0916d2fc40002a03bf13", "BTHomeUnknownObject")
    b.invalid("unknown object 0x0b (power uint24)", "0816d2fc400b102700", "BTHomeUnknownObject")
    b.invalid("truncated voltage object", "0616d2fc400cbd", "TooShort")
    b.invalid("truncated power object", "0816d2fc405c14e5ff", "TooShort")
    b.invalid("battery 101 % out of range", "0616d2fc400165", "ValueOutOfRange")
    b.invalid("power -214748365 (0.01 W) overflows the model", "0916d2fc405c333333f3",
              "ValueOutOfRange")
    b.invalid("power +214748365 (0.01 W) overflows the model", "0916d2fc405ccdcccc0c",
              "ValueOutOfRange")
    b.invalid("energy charged 2147483648 Wh (above the model's int range)",
              "0e16d2fc404d000000804d00000000", "ValueOutOfRange")
    b.invalid("energy discharged 0xffffffff Wh (above the model's int range)",
              "0e16d2fc404d000000004dffffffff", "ValueOutOfRange")
    b.invalid("truncated energy object", "0816d2fc404d000000", "TooShort")
    return b.doc()


# ----------------------------------------------------------------------------
# 9. device name
# ----------------------------------------------------------------------------

def device_name():
    cases, names = [], set()

    def valid(name, text, expected_type):
        raw = ref.validate_name(text)
        ad_type, data = ref.advertised_name(raw)
        adv_type = "complete" if ad_type == ref.AD_COMPLETE_NAME else "shortened"
        assert adv_type == expected_type, name
        assert len(data) <= 11 and raw.startswith(data)
        data.decode("utf-8")  # never splits a sequence
        assert name not in names
        names.add(name)
        cases.append({"name": name, "kind": "valid", "text": text, "utf8Hex": h(raw),
                      "advertisedType": adv_type, "advertisedHex": h(ref.name_ad(text))})

    def invalid(name, text, error):
        expect_error(error, ref.validate_name, text)
        assert name not in names
        names.add(name)
        cases.append({"name": name, "kind": "invalid", "text": text, "error": error})

    valid("default name (15 bytes) is shortened", "CYD Smart Shunt", "shortened")
    valid("single character", "A", "complete")
    valid("exactly 11 ASCII bytes: complete", "CYD Shunt 1", "complete")
    valid("12 ASCII bytes: shortened to 11", "CYD Shunt 12", "shortened")
    valid("exactly 20 ASCII bytes", "Camper Van Battery 1", "shortened")
    valid("exactly 11 bytes with a 2-byte character at the end", "Batterie Ö",
          "complete")
    valid("2-byte character split at byte 11: cut backs off to 10", "Wohnmobil Ä", "shortened")
    valid("4-byte emoji split at byte 11: cut backs off to 9", "Boot 🔋🔋", "shortened")
    valid("3-byte CJK characters: cut backs off to 9", "电池监控器", "shortened")
    valid("exactly 20 bytes with CJK: shortened to 9 bytes", "电池监控器ABCDE", "shortened")
    valid("ten 2-byte characters = 20 bytes", "ÄÖÜäöüßéèê", "shortened")
    valid("4-byte character ending exactly at byte 11: complete", "Boat 1 🔋", "complete")
    valid("leading and trailing spaces are kept", " Shunt ", "complete")
    valid("C1 control U+0085 is not in the rejected set", "Shunt\u0085", "complete")
    invalid("empty", "", "NameEmpty")
    invalid("21 ASCII bytes", "Camper Van Battery 12", "NameTooLong")
    invalid("11 two-byte characters = 22 bytes (11 characters)", "ÄÖÜäöüßéèêë", "NameTooLong")
    invalid("21 bytes with CJK", "电池监控器 Boote", "NameTooLong")
    invalid("NUL character", "Shunt\u0000", "NameInvalidCharacter")
    invalid("tab", "CYD\tShunt", "NameInvalidCharacter")
    invalid("newline", "CYD\nShunt", "NameInvalidCharacter")
    invalid("U+001F unit separator", "\u001fShunt", "NameInvalidCharacter")
    invalid("DEL U+007F", "Shunt\u007f", "NameInvalidCharacter")
    invalid("control character in a too long name: invalid character reported first",
            "Camper Van Battery\u00071234", "NameInvalidCharacter")
    return {"message": "device-name", "spec": "advertising.md#device-name", "cases": cases}


# ----------------------------------------------------------------------------
# 10. advertising build
# ----------------------------------------------------------------------------

def advertising():
    cases, names = [], set()

    def build(name, fmt, cid, dev_name, snapshot, name_in="scanResponse",
              glance_in="scanResponse", frame="measurements", charged=None, discharged=None,
              energy_frame_sent=False):
        adv, scan = ref.build_advertising(fmt, cid, dev_name, snapshot, frame, charged, discharged)
        # the first-fit layout, checked independently of the reference builder:
        # Flags + UUID/BTHome always in the advertising packet, then the name,
        # then the glance, each where the hand-written expectation says. The
        # hand-written energy_frame_sent says which BTHome frame is expected.
        bthome_value = (ref.bthome_energy_frame(charged, discharged) if energy_frame_sent
                        else ref.bthome_from_snapshot(snapshot))
        flags = ref.ad_structure(ref.AD_FLAGS, bytes([ref.FLAGS_VALUE]))
        second = (ref.ad_structure(ref.AD_UUID128_COMPLETE, ref.SERVICE_UUID_LE)
                  if fmt == "CydShunt" else ref.encode_bthome(bthome_value))
        name_s = ref.name_ad(dev_name)
        glance_s = ref.ad_structure(ref.AD_MANUFACTURER,
                                    ref.encode_glance(ref.glance_from_snapshot(cid, snapshot)))
        want = {"advertising": flags + second, "scanResponse": b""}
        want[name_in] += name_s
        want[glance_in] += glance_s
        assert (adv, scan) == (want["advertising"], want["scanResponse"]), name
        # first fit: a structure is in the scan response only if it did not fit
        pre = len(flags + second)
        assert (name_in == "advertising") == (pre + len(name_s) <= 31), name
        pre += len(name_s) if name_in == "advertising" else 0
        assert (glance_in == "advertising") == (pre + len(glance_s) <= 31), name
        assert len(adv) <= 31 and len(scan) <= 31, name
        # the built packets must parse back exactly as client-guide.md
        # "Using the test vectors" states
        parsed = ref.parse_scan_record(adv + scan)
        glance = ref.decode_glance(ref.encode_glance(ref.glance_from_snapshot(cid, snapshot)))
        bthome_ = (ref.decode_bthome(ref.encode_bthome(bthome_value))
                   if fmt == "BTHome" else None)
        ad_type, name_bytes = ref.advertised_name(ref.validate_name(dev_name))
        assert parsed == {"glance": glance, "bthome": bthome_,
                          "localName": name_bytes.decode("utf-8"),
                          "localNameComplete": ad_type == ref.AD_COMPLETE_NAME,
                          "hasServiceUuid": fmt == "CydShunt"}, name
        assert name not in names
        names.add(name)
        cases.append({"name": name, "kind": "build",
                      "input": {"format": fmt, "companyId": cid, "name": dev_name,
                                "snapshot": snapshot, "bthomeFrame": frame,
                                "energyChargedWattHours": charged,
                                "energyDischargedWattHours": discharged},
                      "expected": {"advertisingHex": h(adv), "scanResponseHex": h(scan)}})

    NO_SOC_NO_TEMP = snap(1, 0x08, 12800, -1000, -12800, None, None, None, None)

    build("CydShunt format, default name, discharging", "CydShunt", 0xFFFF, "CYD Smart Shunt",
          TYPICAL_DISCHARGE)
    build("CydShunt format, short complete name, charging", "CydShunt", 0xFFFF, "Van",
          TYPICAL_CHARGE, name_in="advertising")
    build("CydShunt format, 20-byte name: scan response exactly 31 bytes", "CydShunt", 0xFFFF,
          "Camper Van Battery 1", TYPICAL_DISCHARGE)
    build("CydShunt format, configured company id 0x02e5", "CydShunt", 0x02E5, "CYD Shunt 1",
          TYPICAL_DISCHARGE)
    build("CydShunt format, sensor fault (all NA)", "CydShunt", 0xFFFF, "CYD Smart Shunt", ALL_NA)
    build("CydShunt format, quantised glance voltage and clamped values", "CydShunt", 0xFFFF,
          "Boot 🔋🔋", snap(99, 0x01, 13244, 9000000, 0, 12000, 2000, 70000, 0))
    build("CydShunt format, 8-byte name: the name fits in the advertising packet (31 bytes)",
          "CydShunt", 0xFFFF, "Boat 12V", TYPICAL_DISCHARGE, name_in="advertising")
    build("CydShunt format, 9-byte name: the name goes to the scan response (21 + 11 > 31)",
          "CydShunt", 0xFFFF, "Wohnmobil", TYPICAL_DISCHARGE)
    build("BTHome format, all objects: advertising packet 26 bytes, scan response 31",
          "BTHome", 0xFFFF, "CYD Smart Shunt", TYPICAL_DISCHARGE)
    build("BTHome format, charging", "BTHome", 0xFFFF, "Van", TYPICAL_CHARGE,
          name_in="advertising")
    build("BTHome format, not synchronised: battery object omitted", "BTHome", 0xFFFF, "CYD Smart Shunt",
          snap(1, 0x08, 12800, -1000, -12800, None, -550, None, None))
    build("BTHome format, sensor fault: only the packet id", "BTHome", 0xFFFF, "CYD Smart Shunt",
          ALL_NA, name_in="advertising")
    build("BTHome format, current saturates at -32.767 A, power still exact", "BTHome", 0xFFFF,
          "Inverter", snap(77, 0x09, 12400, -150000, -1860000, 6000, 3000, 95, -80000))
    # BTHome power comes from the model value in mW, not from the snapshot's 0.1 W wire value
    adv, _ = ref.build_advertising("BTHome", 0xFFFF, "CYD Smart Shunt",
                                   dict(TYPICAL_DISCHARGE, powerMilliwatts=-69324))
    assert "5cece4ffff" in h(adv)      # -6932 (0.01 W), not -6930 from -693 (0.1 W)
    build("BTHome format: power from the model value -69324 mW -> -6932 (0.01 W), "
          "not from the snapshot's 0.1 W wire value (-6930)",
          "BTHome", 0xFFFF, "CYD Smart Shunt", dict(TYPICAL_DISCHARGE, powerMilliwatts=-69324))
    build("BTHome format, no SOC and no temperature, 8-byte name: the name fits in the "
          "advertising packet (3 + 18 + 10 = 31)",
          "BTHome", 0xFFFF, "Boat 12V", NO_SOC_NO_TEMP, name_in="advertising")
    build("BTHome format, no SOC and no temperature, 9-byte name: the name goes to the scan "
          "response (3 + 18 + 11 > 31)",
          "BTHome", 0xFFFF, "Wohnmobil", NO_SOC_NO_TEMP)
    build("BTHome format, only the packet id, 1-byte name: the glance fits in the advertising "
          "packet too (3 + 7 + 3 + 18 = 31), empty scan response",
          "BTHome", 0xFFFF, "V", ALL_NA, name_in="advertising", glance_in="advertising")
    build("BTHome format, only the packet id, 2-byte name: the glance goes to the scan response "
          "(3 + 7 + 4 + 18 > 31)",
          "BTHome", 0xFFFF, "V1", ALL_NA, name_in="advertising")
    # the energy frame (bthome.md#two-frames): 15 bytes, so the name always joins it
    totals = {"charged": ENERGY_CHARGED_WH, "discharged": ENERGY_DISCHARGED_WH}
    build("BTHome format, energy frame: Flags + energy frame + the default name's shortened AD fill the "
          "advertising packet (3 + 15 + 13 = 31), the glance is the scan response",
          "BTHome", 0xFFFF, "CYD Smart Shunt", TYPICAL_DISCHARGE, name_in="advertising",
          frame="energy", energy_frame_sent=True, **totals)
    build("BTHome format, energy frame, name Van (3 + 15 + 5 = 23; the glance does not fit: 23 + 18 > 31)",
          "BTHome", 0xFFFF, "Van", TYPICAL_DISCHARGE, name_in="advertising",
          frame="energy", energy_frame_sent=True, **totals)
    build("BTHome format, energy frame asked for but energy discharged NA: the measurement frame is sent",
          "BTHome", 0xFFFF, "CYD Smart Shunt", TYPICAL_DISCHARGE,
          frame="energy", charged=ENERGY_CHARGED_WH, discharged=None)
    build("CydShunt format ignores the BTHome frame choice and the energy totals",
          "CydShunt", 0xFFFF, "CYD Smart Shunt", TYPICAL_DISCHARGE, frame="energy", **totals)
    return {"message": "advertising", "spec": "advertising.md#advertising-formats", "cases": cases}


# ----------------------------------------------------------------------------
# 11. scan records
# ----------------------------------------------------------------------------

def scan_records():
    cases, names = [], set()

    def parse(name, hex_, expected):
        got = ref.parse_scan_record(bytes.fromhex(hex_))
        assert got == expected, f"{name}: {got} != {expected}"
        assert name not in names
        names.add(name)
        cases.append({"name": name, "kind": "parse", "hex": hex_, "expected": expected})

    def bad(name, hex_, error):
        expect_error(error, ref.parse_scan_record, bytes.fromhex(hex_))
        assert name not in names
        names.add(name)
        cases.append({"name": name, "kind": "invalid", "hex": hex_, "error": error})

    def result(glance=None, bthome_=None, name=None, complete=False, uuid=False):
        return {"glance": glance, "bthome": bthome_, "localName": name,
                "localNameComplete": complete, "hasServiceUuid": uuid}

    s = TYPICAL_DISCHARGE
    g = ref.decode_glance(ref.encode_glance(ref.glance_from_snapshot(0xFFFF, s)))
    btv = ref.decode_bthome(ref.encode_bthome(ref.bthome_from_snapshot(s)))
    adv_c, scan_c = ref.build_advertising("CydShunt", 0xFFFF, "CYD Smart Shunt", s)
    adv_b, scan_b = ref.build_advertising("BTHome", 0xFFFF, "CYD Smart Shunt", s)
    flags = "020106"
    glance_ad = h(ref.ad_structure(0xFF, ref.encode_glance(ref.glance_from_snapshot(0xFFFF, s))))
    # A record that starts with Flags + glance, the base of the cases below
    # that test something else (fixed bytes, not a built packet).
    flags_glance = flags + glance_ad
    # The built packets (first fit, advertising.md#packet-layout-first-fit):
    # CydShunt format: advertising = Flags + UUID, scan response = name + glance;
    # BTHome format: advertising = Flags + BTHome, scan response = name + glance.
    uuid_ad = "1107" + h(ref.SERVICE_UUID_LE)
    name_ad = "0c0843594420536d6172742053"
    assert h(adv_c) == flags + uuid_ad and h(scan_c) == name_ad + glance_ad
    assert h(adv_b) == flags + h(ref.encode_bthome(ref.bthome_from_snapshot(s)))
    assert h(scan_b) == name_ad + glance_ad

    parse("CydShunt format: advertising + scan response", h(adv_c + scan_c),
          result(g, None, "CYD Smart S", False, True))
    parse("CydShunt format: scan response only (name + glance)", h(scan_c),
          result(g, None, "CYD Smart S", False, False))
    parse("BTHome format: advertising + scan response", h(adv_b + scan_b),
          result(g, btv, "CYD Smart S", False, False))
    adv_e, scan_e = ref.build_advertising("BTHome", 0xFFFF, "CYD Smart Shunt", s, "energy",
                                          ENERGY_CHARGED_WH, ENERGY_DISCHARGED_WH)
    energy_ad = "0e16d2fc404d87d612004de0c81000"   # bthome.md worked example
    assert h(adv_e) == flags + energy_ad + name_ad and h(scan_e) == glance_ad
    parse("BTHome energy frame: advertising (Flags, energy frame, name) + scan response (glance)",
          h(adv_e + scan_e),
          result(g, bt_energy(ENERGY_CHARGED_WH, ENERGY_DISCHARGED_WH), "CYD Smart S", False, False))
    parse("BTHome format: advertising packet only (passive scan)", h(adv_b), result(None, btv))
    parse("Android 62-byte record: advertising zero-padded to 31 + scan response padded to 31",
          h(adv_c.ljust(31, b"\0") + scan_c.ljust(31, b"\0")),
          result(g, None, "CYD Smart S", False, True))
    parse("Android 62-byte record, BTHome format",
          h(adv_b.ljust(31, b"\0") + scan_b.ljust(31, b"\0")),
          result(g, btv, "CYD Smart S", False, False))
    parse("complete local name", flags_glance + "040956616e",
          result(g, None, "Van", True, False))
    g_other = dict(g, companyId=0x02E5)
    parse("glance with another company id (0x02e5)",
          flags + h(ref.ad_structure(0xFF, ref.encode_glance(g_other))), result(g_other))
    parse("other vendor's 0xffff data without the signature is skipped, our glance found after it",
          flags + "07ffffff01020304" + glance_ad, result(g))
    parse("manufacturer data with only a company id is skipped", flags + "03ff5900" + glance_ad,
          result(g))
    parse("first glance wins; a second (even broken) glance is not examined",
          flags + glance_ad + "06ffffff435302", result(g))
    parse("service UUID in the incomplete 128-bit list (type 0x06)",
          flags_glance + "1106" + h(ref.SERVICE_UUID_LE), result(g, None, None, False, True))
    parse("a different 128-bit UUID is not ours",
          flags_glance + "1107" + "00" * 16, result(g))
    parse("service UUID second in a list of two 128-bit UUIDs",
          flags_glance + "2107" + "11" * 16 + h(ref.SERVICE_UUID_LE), result(g, None, None, False, True))
    parse("other 16-bit service data (0x181a) is skipped", flags + "05161a180102" + glance_ad,
          result(g))
    parse("glance with trailing payload bytes", flags + "14ff" + glance_ad[4:] + "aabbcc",
          result(g))
    parse("shortened name with a UTF-8 multi-byte character", flags_glance + "0d08576f686e6d6f62696c20c384",
          result(g, None, "Wohnmobil Ä", False, False))
    parse("shortened name then complete name: the first name counts",
          flags_glance + "0c0843594420536d6172742053" + "040956616e",
          result(g, None, "CYD Smart S", False, False))
    parse("empty complete name structure (01 09) is skipped: no name",
          flags_glance + "0109", result(g))
    parse("empty shortened name structure then a complete name: the non-empty name counts",
          flags_glance + "0108" + "040956616e", result(g, None, "Van", True, False))
    # Ill-formed UTF-8: one U+FFFD per maximal subpart (advertising.md).
    parse("ill-formed UTF-8 name: ed a2 91 are three maximal subparts, three U+FFFD",
          flags_glance + "0909576f686eeda2914d", result(g, None, "Wohn\ufffd\ufffd\ufffdM", True, False))
    parse("ill-formed UTF-8 name: truncated e2 82 is one U+FFFD, the next byte is decoded afresh",
          flags_glance + "050957e28241", result(g, None, "W\ufffdA", True, False))
    parse("ill-formed UTF-8 name: overlong c0 af, surrogate-range ed a0 80, f5 and a lone continuation byte",
          flags_glance + "0909c0afeda080f5bf41", result(g, None, "\ufffd" * 7 + "A", True, False))
    parse("UTF-8 name with a 4-byte sequence (U+1F600): decoded whole, a surrogate pair in UTF-16",
          flags_glance + "0509f09f9880", result(g, None, "\U0001f600", True, False))
    parse("ill-formed UTF-8 name: f0 9f 98 cut off by the end of the name is one U+FFFD",
          flags_glance + "0409f09f98", result(g, None, "\ufffd", True, False))
    # A frame that fails does not stop the walk (forward compatibility); the
    # glance error wins over the BTHome error when neither frame decodes.
    glance_v2_ad = glance_ad[:12] + "02" + glance_ad[14:]
    bthome_ad = h(ref.encode_bthome(ref.bthome_from_snapshot(s)))
    expect_error("UnsupportedVersion", ref.decode_glance, bytes.fromhex(glance_v2_ad[4:]))
    parse("glance version 2 then a valid BTHome frame: the BTHome frame is still read",
          flags + glance_v2_ad + bthome_ad, result(None, btv))
    parse("valid glance then BTHome with an unknown object: the glance is still read",
          flags + glance_ad + "0916d2fc40002a03bf13", result(g))
    bad("BTHome encrypted then glance version 2: neither decodes, the glance error wins",
        flags + "0616d2fc41002a" + glance_v2_ad, "UnsupportedVersion")
    bad("BTHome with an unknown object and foreign manufacturer data, no glance: the BTHome error",
        flags + "07ffffff01020304" + "0916d2fc40002a03bf13", "BTHomeUnknownObject")
    bad("glance version 2 then a length byte running past the end: whole record rejected",
        flags + glance_v2_ad + "0509414243", "MalformedAdStructure")
    bad("empty record", "", "FrameNotFound")
    bad("62 zero bytes", "00" * 62, "FrameNotFound")
    bad("only unrelated AD structures", flags + "03031a18" + "0909536f6d657468696e",
        "FrameNotFound")
    bad("CydShunt format: advertising packet only (passive scan): no glance frame in it", h(adv_c),
        "FrameNotFound")
    bad("service UUID list and name, no frame", uuid_ad + name_ad, "FrameNotFound")
    bad("another vendor's 0xffff data without our signature", flags + "07ffffff01020304",
        "FrameNotFound")
    bad("length byte runs past the end", flags + "1eff" + "ffff4353", "MalformedAdStructure")
    bad("length 0xff at the start", "ff0106", "MalformedAdStructure")
    bad("valid glance followed by a broken length: whole record rejected",
        flags_glance + "0509414243", "MalformedAdStructure")
    bad("glance with our signature but version 2", flags + "06ffffff435302", "UnsupportedVersion")
    bad("glance version 1 truncated", flags + "0bffffff4353012a09c5058e", "TooShort")
    bad("BTHome encrypted", flags + "0616d2fc41002a", "BTHomeEncrypted")
    bad("BTHome version 1 bits", flags + "0616d2fc20002a", "BTHomeUnsupportedVersion")
    bad("BTHome unknown object", flags + "0916d2fc40002a03bf13", "BTHomeUnknownObject")
    bad("BTHome object truncated", flags + "0616d2fc400cbd", "TooShort")
    bad("BTHome service data without the device info byte", flags + "0316d2fc", "TooShort")
    return {"message": "scan-records", "spec": "advertising.md#parsing-a-scan-record", "cases": cases}


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    docs = [live_snapshot(), scalars(), alarms(), device_info(), control_point_request(),
            control_point_response(), glance_frame(), bthome(), device_name(), advertising(),
            scan_records()]
    total = 0
    for d in docs:
        path, n = write(d)
        total += n
        print(f"{os.path.relpath(path)}: {n} cases")
    print(f"total: {total} cases")


if __name__ == "__main__":
    main()
