#!/usr/bin/env python3
"""CydShunt BLE protocol v1 -- reference encoder/decoder (spec tool only).

Written from the Markdown specification in spec/*.md. Standard library only.
It exists to generate and self-check the test vectors in spec/vectors/; it is
not the product implementation.

Model conventions (same as the JSON vectors):
  * every measurement is a Python int in the model unit (mV, mA, mW, 0.01 %,
    0.01 degC, minutes, mAh, Wh); "not available" (NA) is None;
  * model values are 32-bit signed integers (C# int); None stands for
    int.MinValue.
Every decode failure raises ProtocolError(kind) where kind is one of the
error-kind names of spec/README.md.
"""

from __future__ import annotations

import struct

PROTOCOL_VERSION = 1

# ----------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------

ERROR_KINDS = (
    "TooShort", "BadSignature", "UnsupportedVersion", "ValueOutOfRange",
    "DestinationTooSmall", "MalformedAdStructure", "FrameNotFound",
    "UnknownOpcode", "NotAResponse", "BTHomeEncrypted",
    "BTHomeUnsupportedVersion", "BTHomeUnknownObject", "NameEmpty",
    "NameTooLong", "NameInvalidCharacter",
)


class ProtocolError(Exception):
    def __init__(self, kind: str, detail: str = ""):
        assert kind in ERROR_KINDS, kind
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


# ----------------------------------------------------------------------------
# Integer helpers (spec/README.md#quantisation-and-clamping)
# ----------------------------------------------------------------------------

INT32_MIN = -2**31
INT32_MAX = 2**31 - 1


def q(x: int, s: int) -> int:
    """Divide by the scale s, rounding half away from zero (integer only)."""
    if x >= 0:
        return (x + s // 2) // s
    return -((-x + s // 2) // s)


def clamp(x: int, lo: int, hi: int) -> int:
    return lo if x < lo else hi if x > hi else x


def check_model(x):
    if x is not None:
        assert isinstance(x, int) and INT32_MIN < x <= INT32_MAX, x


def u_le(value: int, size: int) -> bytes:
    assert 0 <= value < 1 << (8 * size), (value, size)
    return value.to_bytes(size, "little")


def s_le(value: int, size: int) -> bytes:
    return (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")


def rd_u(b: bytes, off: int, size: int) -> int:
    return int.from_bytes(b[off:off + size], "little")


def rd_s(b: bytes, off: int, size: int) -> int:
    return int.from_bytes(b[off:off + size], "little", signed=True)


# A numeric field: wire width, signedness, scale (model units per wire unit),
# valid wire range (never contains the NA sentinel), NA sentinel.
class Field:
    def __init__(self, size, signed, scale=1, lo=None, hi=None, na=True):
        self.size, self.signed, self.scale, self.has_na = size, signed, scale, na
        bits = 8 * size
        if signed:
            tmin, tmax = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
            self.na = tmin if na else None
            self.lo = tmin + 1 if lo is None else lo
            self.hi = tmax if hi is None else hi
        else:
            tmax = (1 << bits) - 1
            self.na = tmax if na else None
            self.lo = 0 if lo is None else lo
            self.hi = tmax - 1 if hi is None else hi

    def encode(self, model) -> bytes:
        check_model(model)
        if model is None:
            assert self.has_na, "field has no NA"
            raw = self.na
        else:
            raw = clamp(q(model, self.scale) if self.scale != 1 else model,
                        self.lo, self.hi)
        return s_le(raw, self.size) if self.signed else u_le(raw, self.size)

    def decode(self, b: bytes, off: int = 0):
        raw = rd_s(b, off, self.size) if self.signed else rd_u(b, off, self.size)
        if self.has_na and raw == self.na:
            return None
        if raw < self.lo or raw > self.hi:
            raise ProtocolError("ValueOutOfRange", f"{raw} not in [{self.lo},{self.hi}]")
        return raw * self.scale


# ----------------------------------------------------------------------------
# Flags (reserved bits: encoder clears them, decoder passes them through)
# ----------------------------------------------------------------------------

STATUS_SYNCHRONISED = 0x01
STATUS_ALARM_ACTIVE = 0x02
STATUS_CHARGING = 0x04
STATUS_DISCHARGING = 0x08
STATUS_SENSOR_FAULT = 0x10
STATUS_DEFINED = 0x1F

ALARM_LOW_VOLTAGE = 0x0001
ALARM_HIGH_VOLTAGE = 0x0002
ALARM_LOW_SOC = 0x0004
ALARM_HIGH_TEMPERATURE = 0x0008
ALARM_LOW_TEMPERATURE = 0x0010
ALARMS_DEFINED = 0x001F

FEATURE_TEMPERATURE_SENSOR = 0x01
FEATURE_BTHOME_ADVERTISING = 0x02
FEATURE_PAIRING_REQUIRED_FOR_ALL = 0x04
FEATURES_DEFINED = 0x07


def byte_value(x: int) -> int:
    assert isinstance(x, int) and 0 <= x <= 255, x
    return x


# ----------------------------------------------------------------------------
# GATT scalar characteristics (gatt.md)
# ----------------------------------------------------------------------------

SCALARS = {
    # name: Field
    "voltage": Field(4, False, lo=0, hi=0x7FFFFFFF),
    "current": Field(4, True),
    "power": Field(4, True),
    "consumedCharge": Field(4, True),
    "energyCharged": Field(4, False, lo=0, hi=0x7FFFFFFF),
    "energyDischarged": Field(4, False, lo=0, hi=0x7FFFFFFF),
    "stateOfCharge": Field(2, False, lo=0, hi=10000),
    "temperature": Field(2, True),
    "timeToGo": Field(2, False),
    "batteryLevel": Field(1, False, lo=0, hi=100, na=False),
}


def encode_scalar(characteristic: str, value) -> bytes:
    return SCALARS[characteristic].encode(value)


def decode_scalar(characteristic: str, data: bytes):
    f = SCALARS[characteristic]
    if len(data) < f.size:
        raise ProtocolError("TooShort")
    return f.decode(data, 0)


def battery_level_from_soc(soc_centipercent: int) -> int:
    """Battery Level (0x2A19) from a known SOC: q(SOC, 100) (half away from
    zero, i.e. half up for SOC >= 0), then clamped to 0..100."""
    return clamp(q(soc_centipercent, 100), 0, 100)


# ----------------------------------------------------------------------------
# Live snapshot (gatt.md#live-snapshot)
# ----------------------------------------------------------------------------

SNAPSHOT_LEN = 20
SNAP_VOLTAGE = Field(3, False)                 # 1 mV
SNAP_CURRENT = Field(3, True)                  # 1 mA
SNAP_POWER = Field(3, True, scale=100)         # 0.1 W
SNAP_SOC = Field(2, False, lo=0, hi=10000)     # 0.01 %
SNAP_TEMP = Field(2, True)                     # 0.01 degC
SNAP_TTG = Field(2, False)                     # minutes
SNAP_CONSUMED = Field(3, True, scale=10)       # 10 mAh

SNAPSHOT_KEYS = ("sequence", "status", "voltageMillivolts", "currentMilliamps",
                 "powerMilliwatts", "stateOfChargeCentipercent",
                 "temperatureCentidegrees", "timeToGoMinutes",
                 "consumedMilliampHours")


def encode_snapshot(v: dict) -> bytes:
    return b"".join((
        bytes([byte_value(v["sequence"]), byte_value(v["status"]) & STATUS_DEFINED]),
        SNAP_VOLTAGE.encode(v["voltageMillivolts"]),
        SNAP_CURRENT.encode(v["currentMilliamps"]),
        SNAP_POWER.encode(v["powerMilliwatts"]),
        SNAP_SOC.encode(v["stateOfChargeCentipercent"]),
        SNAP_TEMP.encode(v["temperatureCentidegrees"]),
        SNAP_TTG.encode(v["timeToGoMinutes"]),
        SNAP_CONSUMED.encode(v["consumedMilliampHours"]),
    ))


def decode_snapshot(b: bytes) -> dict:
    if len(b) < SNAPSHOT_LEN:
        raise ProtocolError("TooShort")
    return {
        "sequence": b[0],
        "status": b[1],
        "voltageMillivolts": SNAP_VOLTAGE.decode(b, 2),
        "currentMilliamps": SNAP_CURRENT.decode(b, 5),
        "powerMilliwatts": SNAP_POWER.decode(b, 8),
        "stateOfChargeCentipercent": SNAP_SOC.decode(b, 11),
        "temperatureCentidegrees": SNAP_TEMP.decode(b, 13),
        "timeToGoMinutes": SNAP_TTG.decode(b, 15),
        "consumedMilliampHours": SNAP_CONSUMED.decode(b, 17),
    }


# ----------------------------------------------------------------------------
# Alarms (gatt.md#alarms)
# ----------------------------------------------------------------------------

def encode_alarms(v: dict) -> bytes:
    alarms = v["alarms"]
    assert 0 <= alarms <= 0xFFFF
    return bytes([byte_value(v["status"]) & STATUS_DEFINED]) + u_le(alarms & ALARMS_DEFINED, 2)


def decode_alarms(b: bytes) -> dict:
    if len(b) < 3:
        raise ProtocolError("TooShort")
    return {"status": b[0], "alarms": rd_u(b, 1, 2)}


# ----------------------------------------------------------------------------
# Device info (gatt.md#device-info)
# ----------------------------------------------------------------------------

DEVICE_INFO_LEN = 9
DI_CAPACITY = Field(2, False, lo=1, hi=65534)


def encode_device_info(v: dict) -> bytes:
    if v["protocolVersion"] == 0:
        raise ProtocolError("ValueOutOfRange", "protocol version 0 is never sent")
    return b"".join((
        bytes([byte_value(v["protocolVersion"]), byte_value(v["firmwareMajor"]),
               byte_value(v["firmwareMinor"]), byte_value(v["firmwarePatch"]),
               byte_value(v["sensorType"]), byte_value(v["features"]) & FEATURES_DEFINED]),
        DI_CAPACITY.encode(v["capacityAmpHours"]),
        bytes([byte_value(v["nominalVoltage"])]),
    ))


def decode_device_info(b: bytes) -> dict:
    if len(b) < DEVICE_INFO_LEN:
        raise ProtocolError("TooShort")
    if b[0] == 0:
        raise ProtocolError("ValueOutOfRange", "protocol version 0")
    return {
        "protocolVersion": b[0], "firmwareMajor": b[1], "firmwareMinor": b[2],
        "firmwarePatch": b[3], "sensorType": b[4], "features": b[5],
        "capacityAmpHours": DI_CAPACITY.decode(b, 6), "nominalVoltage": b[8],
    }


# ----------------------------------------------------------------------------
# Control point (gatt.md#control-point)
# ----------------------------------------------------------------------------

OP_RESET_ENERGY_COUNTERS = 0x01
OP_SYNCHRONISE_SOC = 0x02
OP_SET_BATTERY_CAPACITY = 0x03
OP_SET_NOTIFICATION_INTERVAL = 0x04
RESPONSE_CODE = 0x80

# opcode -> (parameter range) or None for "no parameter"
OPCODES = {
    OP_RESET_ENERGY_COUNTERS: None,
    OP_SYNCHRONISE_SOC: None,
    OP_SET_BATTERY_CAPACITY: (1, 65534),
    OP_SET_NOTIFICATION_INTERVAL: (200, 10000),
}

RESULT_SUCCESS = 0x01
RESULT_OPCODE_NOT_SUPPORTED = 0x02
RESULT_INVALID_LENGTH = 0x03
RESULT_INVALID_PARAMETER = 0x04
RESULT_OPERATION_FAILED = 0x05

ERROR_TO_RESULT = {
    "TooShort": RESULT_INVALID_LENGTH,
    "UnknownOpcode": RESULT_OPCODE_NOT_SUPPORTED,
    "ValueOutOfRange": RESULT_INVALID_PARAMETER,
}


def encode_cp_request(v: dict) -> bytes:
    """Checks in the order of gatt.md#control-point-0x010d: opcode, then parameter.
    A request the device would refuse is never encoded."""
    op = byte_value(v["opcode"])
    if op not in OPCODES:
        raise ProtocolError("UnknownOpcode")
    rng = OPCODES[op]
    if rng is None:
        return bytes([op])  # a parameter of an opcode without one is not sent
    p = v["parameter"]
    if p is None:
        raise ProtocolError("ValueOutOfRange", "parameter missing (NA)")
    if not rng[0] <= p <= rng[1]:
        raise ProtocolError("ValueOutOfRange", "parameter out of range")
    return bytes([op]) + u_le(p, 2)


def decode_cp_request(b: bytes) -> dict:
    if len(b) < 1:
        raise ProtocolError("TooShort", "empty write")
    op = b[0]
    if op not in OPCODES:
        raise ProtocolError("UnknownOpcode")
    rng = OPCODES[op]
    if rng is None:
        return {"opcode": op, "parameter": None}
    if len(b) < 3:
        raise ProtocolError("TooShort")
    p = rd_u(b, 1, 2)
    if not rng[0] <= p <= rng[1]:
        raise ProtocolError("ValueOutOfRange")
    return {"opcode": op, "parameter": p}


def cp_result_for(b: bytes) -> tuple[int, int]:
    """(requestOpcode, resultCode) the device indicates for a request that
    fails to decode. requestOpcode is 0 for an empty write."""
    req_op = b[0] if b else 0
    try:
        decode_cp_request(b)
    except ProtocolError as e:
        return req_op, ERROR_TO_RESULT[e.kind]
    raise AssertionError("request is valid")


def encode_cp_response(v: dict) -> bytes:
    return bytes([RESPONSE_CODE, byte_value(v["requestOpcode"]), byte_value(v["resultCode"])])


def decode_cp_response(b: bytes) -> dict:
    if len(b) < 3:
        raise ProtocolError("TooShort")
    if b[0] != RESPONSE_CODE:
        raise ProtocolError("NotAResponse")
    return {"requestOpcode": b[1], "resultCode": b[2]}


# ----------------------------------------------------------------------------
# Device name (advertising.md#device-name)
# ----------------------------------------------------------------------------

NAME_MAX_BYTES = 20
NAME_ADV_MAX_BYTES = 11
AD_SHORTENED_NAME = 0x08
AD_COMPLETE_NAME = 0x09


def validate_name(text: str) -> bytes:
    """Returns the UTF-8 bytes of a valid name, else raises."""
    if len(text) == 0:
        raise ProtocolError("NameEmpty")
    for ch in text:
        cp = ord(ch)
        if cp <= 0x1F or cp == 0x7F or 0xD800 <= cp <= 0xDFFF:
            raise ProtocolError("NameInvalidCharacter", hex(cp))
    raw = text.encode("utf-8")
    if len(raw) > NAME_MAX_BYTES:
        raise ProtocolError("NameTooLong", str(len(raw)))
    return raw


def advertised_name(raw: bytes) -> tuple[int, bytes]:
    """(AD type, name bytes) for the scan response."""
    if len(raw) <= NAME_ADV_MAX_BYTES:
        return AD_COMPLETE_NAME, raw
    cut = NAME_ADV_MAX_BYTES
    # back off while the byte at the cut is a UTF-8 continuation byte
    while cut > 0 and (raw[cut] & 0xC0) == 0x80:
        cut -= 1
    return AD_SHORTENED_NAME, raw[:cut]


def name_ad(text: str) -> bytes:
    ad_type, data = advertised_name(validate_name(text))
    return ad_structure(ad_type, data)


# ----------------------------------------------------------------------------
# Advertising helpers
# ----------------------------------------------------------------------------

AD_FLAGS = 0x01
AD_UUID128_INCOMPLETE = 0x06
AD_UUID128_COMPLETE = 0x07
AD_SERVICE_DATA_16 = 0x16
AD_MANUFACTURER = 0xFF
FLAGS_VALUE = 0x06
LEGACY_AD_MAX = 31


def ad_structure(ad_type: int, data: bytes) -> bytes:
    assert len(data) + 1 <= 255
    return bytes([len(data) + 1, ad_type]) + data


def uuid_bytes_le(text: str) -> bytes:
    return bytes.fromhex(text.replace("-", ""))[::-1]


SERVICE_UUID = "7E250001-D6CC-46BD-BCB7-7BDB54ED808C"
SERVICE_UUID_LE = uuid_bytes_le(SERVICE_UUID)


def uuid_for(short: int) -> str:
    return f"7E25{short:04X}-D6CC-46BD-BCB7-7BDB54ED808C"


# ----------------------------------------------------------------------------
# Glance frame (advertising.md#glance-frame)
# ----------------------------------------------------------------------------

GLANCE_SIGNATURE = b"CS"
GLANCE_VERSION = 1
GLANCE_PAYLOAD_LEN = 14
GL_VOLTAGE = Field(2, False, scale=10)
GL_CURRENT = Field(3, True)
GL_SOC = Field(2, False, lo=0, hi=10000)
GL_TTG = Field(2, False)

GLANCE_KEYS = ("companyId", "sequence", "status", "voltageMillivolts",
               "currentMilliamps", "stateOfChargeCentipercent", "timeToGoMinutes")


def encode_glance(v: dict) -> bytes:
    """Manufacturer-specific data content: company id (LE) + 14-byte payload."""
    cid = v["companyId"]
    assert 0 <= cid <= 0xFFFF
    return b"".join((
        u_le(cid, 2), GLANCE_SIGNATURE, bytes([GLANCE_VERSION]),
        bytes([byte_value(v["sequence"]), byte_value(v["status"]) & STATUS_DEFINED]),
        GL_VOLTAGE.encode(v["voltageMillivolts"]),
        GL_CURRENT.encode(v["currentMilliamps"]),
        GL_SOC.encode(v["stateOfChargeCentipercent"]),
        GL_TTG.encode(v["timeToGoMinutes"]),
    ))


def decode_glance(b: bytes) -> dict:
    if len(b) < 2 + 3 or b[2:4] != GLANCE_SIGNATURE:
        raise ProtocolError("BadSignature")
    if b[4] != GLANCE_VERSION:
        raise ProtocolError("UnsupportedVersion", str(b[4]))
    if len(b) < 2 + GLANCE_PAYLOAD_LEN:
        raise ProtocolError("TooShort")
    return {
        "companyId": rd_u(b, 0, 2),
        "sequence": b[5],
        "status": b[6],
        "voltageMillivolts": GL_VOLTAGE.decode(b, 7),
        "currentMilliamps": GL_CURRENT.decode(b, 9),
        "stateOfChargeCentipercent": GL_SOC.decode(b, 12),
        "timeToGoMinutes": GL_TTG.decode(b, 14),
    }


def glance_from_snapshot(company_id: int, s: dict) -> dict:
    return {"companyId": company_id, "sequence": s["sequence"], "status": s["status"],
            "voltageMillivolts": s["voltageMillivolts"],
            "currentMilliamps": s["currentMilliamps"],
            "stateOfChargeCentipercent": s["stateOfChargeCentipercent"],
            "timeToGoMinutes": s["timeToGoMinutes"]}


# ----------------------------------------------------------------------------
# BTHome v2 (bthome.md)
# ----------------------------------------------------------------------------

BTHOME_UUID = 0xFCD2
BTHOME_DEVICE_INFO = 0x40
BTHOME_INFO_ENCRYPTED = 0x01
BTHOME_INFO_MAC_INCLUDED = 0x02   # bthome.md: bit 1, as bthome-ble reads it
BTHOME_MAC_LEN = 6
BTHOME_ENERGY = 0x4D

# object id -> (model key, Field). Energy 0x4D has two model keys (below).
BTHOME_OBJECTS = {
    0x00: ("packetId", Field(1, False, lo=0, hi=255, na=False)),
    0x01: ("stateOfChargeCentipercent", Field(1, False, lo=0, hi=100, na=False)),
    0x02: ("temperatureCentidegrees", Field(2, True, lo=-32768, na=False)),
    0x0C: ("voltageMillivolts", Field(2, False, lo=0, hi=65535, na=False)),
    BTHOME_ENERGY: (None, Field(4, False, lo=0, hi=INT32_MAX, na=False)),
    0x5C: ("powerMilliwatts", Field(4, True, lo=-2**31, na=False)),
    0x5D: ("currentMilliamps", Field(2, True, lo=-32768, na=False)),
}
# The 1st energy object is energy charged, the 2nd energy discharged
# (bthome.md#frame-layout; bthome-ble numbers repeated objects in order).
BTHOME_ENERGY_KEYS = ("energyChargedWattHours", "energyDischargedWattHours")
BTHOME_KEYS = ("packetId", "stateOfChargeCentipercent", "temperatureCentidegrees",
               "voltageMillivolts", "powerMilliwatts", "currentMilliamps") + BTHOME_ENERGY_KEYS
# encoder-side scales and clamping ranges (wire units), bthome.md#frame-layout.
# BTHome has no NA, so these are the objects' own documented ranges:
# signed 16-bit objects saturate symmetrically at +-32767 (-32768 is never
# sent), voltage uses the whole uint16, power stops at int32 max / 10 so the
# decoded model value (x 10 mW) fits an int32, energy sends a negative total
# as 0 (the model's int range fits the uint32). The packet id is a whole byte
# (the sequence counter): a value outside 0..255 is a caller error.
BTHOME_ENCODE = {
    0x00: (1, 0, 255),
    0x01: (100, 0, 100),
    0x02: (1, -32767, 32767),
    0x0C: (1, 0, 65535),
    BTHOME_ENERGY: (1, 0, INT32_MAX),
    0x5C: (10, -214748364, 214748364),
    0x5D: (1, -32767, 32767),
}
# decoder: wire -> model multiplier
BTHOME_DECODE_FACTOR = {0x00: 1, 0x01: 100, 0x02: 1, 0x0C: 1, BTHOME_ENERGY: 1, 0x5C: 10, 0x5D: 1}


def _bthome_object(oid: int, model: int) -> bytes:
    check_model(model)
    f = BTHOME_OBJECTS[oid][1]
    scale, lo, hi = BTHOME_ENCODE[oid]
    raw = clamp(q(model, scale), lo, hi)
    return bytes([oid]) + (s_le(raw, f.size) if f.signed else u_le(raw, f.size))


def encode_bthome(v: dict) -> bytes:
    """The whole AD structure [len][0x16][D2 FC][0x40][objects], objects in
    ascending id order, NA ones omitted. The two energy objects go together
    or not at all, charged first (bthome.md#frame-layout)."""
    body = bytearray(u_le(BTHOME_UUID, 2) + bytes([BTHOME_DEVICE_INFO]))
    for oid in sorted(BTHOME_OBJECTS):
        if oid == BTHOME_ENERGY:
            charged, discharged = (v[k] for k in BTHOME_ENERGY_KEYS)
            check_model(charged)
            check_model(discharged)
            if charged is not None and discharged is not None:
                body += _bthome_object(oid, charged) + _bthome_object(oid, discharged)
            continue
        model = v[BTHOME_OBJECTS[oid][0]]
        if model is None:
            continue
        if oid == 0x00:
            byte_value(model)         # caller error, not clamped
        body += _bthome_object(oid, model)
    return ad_structure(AD_SERVICE_DATA_16, bytes(body))


def decode_bthome(b: bytes) -> dict:
    """Decodes one AD structure (bytes after it are ignored)."""
    if len(b) < 2:
        raise ProtocolError("TooShort")
    n = b[0]
    if n + 1 > len(b):
        raise ProtocolError("MalformedAdStructure")
    return decode_bthome_service_data(b[1], b[2:1 + n])


def decode_bthome_service_data(ad_type: int, data: bytes) -> dict:
    if ad_type != AD_SERVICE_DATA_16 or len(data) < 2 or rd_u(data, 0, 2) != BTHOME_UUID:
        raise ProtocolError("BadSignature")
    if len(data) < 3:
        raise ProtocolError("TooShort", "no device information byte")
    info = data[2]
    if (info >> 5) & 0x07 != 2:
        raise ProtocolError("BTHomeUnsupportedVersion", str((info >> 5) & 7))
    if info & BTHOME_INFO_ENCRYPTED:
        raise ProtocolError("BTHomeEncrypted")
    i = 3
    if info & BTHOME_INFO_MAC_INCLUDED:
        # the advertiser's MAC address precedes the objects: skipped, not reported
        if len(data) - i < BTHOME_MAC_LEN:
            raise ProtocolError("TooShort", "MAC-included bit set, fewer than 6 MAC bytes")
        i += BTHOME_MAC_LEN
    out = {k: None for k in BTHOME_KEYS}
    energies = 0
    while i < len(data):
        oid = data[i]
        if oid not in BTHOME_OBJECTS:
            raise ProtocolError("BTHomeUnknownObject", hex(oid))
        key, f = BTHOME_OBJECTS[oid]
        if i + 1 + f.size > len(data):
            raise ProtocolError("TooShort", f"object {oid:#x} truncated")
        if oid == BTHOME_ENERGY:
            # 1st occurrence = charged, 2nd = discharged, later ones skipped
            key = BTHOME_ENERGY_KEYS[energies] if energies < len(BTHOME_ENERGY_KEYS) else None
            energies += 1
        # A repeated id is skipped entirely (the first occurrence wins): its
        # value is not range-checked. Its id and size were checked above.
        if key is not None and out[key] is None:
            raw = rd_s(data, i + 1, f.size) if f.signed else rd_u(data, i + 1, f.size)
            if raw < f.lo or raw > f.hi:
                raise ProtocolError("ValueOutOfRange", f"object {oid:#x}")
            model = raw * BTHOME_DECODE_FACTOR[oid]
            if not INT32_MIN < model <= INT32_MAX:
                raise ProtocolError("ValueOutOfRange", f"object {oid:#x} overflows the model")
            out[key] = model
        i += 1 + f.size
    return out


def bthome_from_snapshot(s: dict) -> dict:
    """The measurement frame's value: packet id = sequence, no energy objects."""
    return {"packetId": s["sequence"],
            "stateOfChargeCentipercent": s["stateOfChargeCentipercent"],
            "temperatureCentidegrees": s["temperatureCentidegrees"],
            "voltageMillivolts": s["voltageMillivolts"],
            "powerMilliwatts": s["powerMilliwatts"],
            "currentMilliamps": s["currentMilliamps"],
            "energyChargedWattHours": None, "energyDischargedWattHours": None}


def bthome_energy_frame(charged_wh: int, discharged_wh: int) -> dict:
    """The energy frame's value: the two totals, no packet id (bthome.md#two-frames)."""
    out = {k: None for k in BTHOME_KEYS}
    out["energyChargedWattHours"], out["energyDischargedWattHours"] = charged_wh, discharged_wh
    return out


BTHOME_FRAMES = ("measurements", "energy")


def bthome_frame_for(snapshot: dict, frame: str, charged_wh, discharged_wh) -> dict:
    """The BTHome frame the builder sends: the energy frame when asked for and
    both totals are known, otherwise the measurement frame (advertising.md,
    inputs of the build)."""
    if frame not in BTHOME_FRAMES:
        raise ValueError(frame)
    if frame == "energy" and charged_wh is not None and discharged_wh is not None:
        return bthome_energy_frame(charged_wh, discharged_wh)
    return bthome_from_snapshot(snapshot)


# ----------------------------------------------------------------------------
# Building advertising data (advertising.md#advertising-formats)
# ----------------------------------------------------------------------------

def ad_structure_list(fmt: str, company_id: int, name: str, snapshot: dict,
                      bthome_frame: str = "measurements", energy_charged_wh=None,
                      energy_discharged_wh=None) -> list[bytes]:
    """The ordered list of AD structures: Flags, then the service UUID list
    (CydShunt format) or the BTHome frame (BTHome format), then the name, and
    the glance manufacturer data last (advertising.md#packet-layout-first-fit).
    The BTHome frame choice and the energy totals matter in BTHome format only."""
    flags = ad_structure(AD_FLAGS, bytes([FLAGS_VALUE]))
    glance = ad_structure(AD_MANUFACTURER, encode_glance(glance_from_snapshot(company_id, snapshot)))
    name_struct = name_ad(name)
    if fmt == "CydShunt":
        second = ad_structure(AD_UUID128_COMPLETE, SERVICE_UUID_LE)
    elif fmt == "BTHome":
        second = encode_bthome(bthome_frame_for(snapshot, bthome_frame, energy_charged_wh,
                                                energy_discharged_wh))
    else:
        raise ValueError(fmt)
    return [flags, second, name_struct, glance]


def layout_first_fit(structures: list[bytes]) -> tuple[bytes, bytes]:
    """First-fit placement: each structure, in list order, goes into the
    advertising packet if it still fits in its 31 bytes, otherwise into the
    scan response (in v1 it always fits there)."""
    adv, scan = b"", b""
    for s in structures:
        if len(adv) + len(s) <= LEGACY_AD_MAX:
            adv += s
        elif len(scan) + len(s) <= LEGACY_AD_MAX:
            scan += s
        else:  # cannot happen in v1 (advertising.md#byte-budgets)
            raise AssertionError("AD structure fits in neither packet")
    return adv, scan


def build_advertising(fmt: str, company_id: int, name: str, snapshot: dict,
                      bthome_frame: str = "measurements", energy_charged_wh=None,
                      energy_discharged_wh=None) -> tuple[bytes, bytes]:
    return layout_first_fit(ad_structure_list(fmt, company_id, name, snapshot, bthome_frame,
                                              energy_charged_wh, energy_discharged_wh))


# ----------------------------------------------------------------------------
# Scan record parsing (advertising.md#parsing-a-scan-record)
# ----------------------------------------------------------------------------

def walk_ad_structures(record: bytes):
    """Yields (ad_type, data) for each AD structure; skips 0x00 padding bytes;
    raises MalformedAdStructure when a length runs past the end."""
    i = 0
    while i < len(record):
        n = record[i]
        if n == 0:
            i += 1
            continue
        if i + 1 + n > len(record):
            raise ProtocolError("MalformedAdStructure", f"at offset {i}")
        yield record[i + 1], record[i + 2:i + 1 + n]
        i += 1 + n


def parse_scan_record(record: bytes) -> dict:
    # A frame that fails to decode does not stop the walk: its error is kept
    # and the record still succeeds if the other frame decodes (forward
    # compatibility). Only the first glance (signature match) and the first
    # BTHome structure are examined; only MalformedAdStructure aborts.
    glance = bthome = None
    glance_seen = bthome_seen = False
    glance_error = bthome_error = None
    name = None
    name_complete = False
    has_uuid = False
    for ad_type, data in walk_ad_structures(record):
        if ad_type == AD_MANUFACTURER and not glance_seen:
            try:
                glance = decode_glance(data)
                glance_seen = True
            except ProtocolError as e:
                if e.kind != "BadSignature":      # not ours: skipped
                    glance_seen, glance_error = True, e
        elif ad_type == AD_SERVICE_DATA_16 and not bthome_seen:
            if len(data) >= 2 and rd_u(data, 0, 2) == BTHOME_UUID:
                bthome_seen = True
                try:
                    bthome = decode_bthome_service_data(ad_type, data)
                except ProtocolError as e:
                    bthome_error = e
        elif ad_type in (AD_SHORTENED_NAME, AD_COMPLETE_NAME) and name is None and data:
            # An empty name structure is skipped; errors="replace" substitutes
            # U+FFFD per maximal subpart, as advertising.md requires.
            name = data.decode("utf-8", errors="replace")
            name_complete = ad_type == AD_COMPLETE_NAME
        elif ad_type in (AD_UUID128_INCOMPLETE, AD_UUID128_COMPLETE):
            for k in range(0, len(data) - 15, 16):
                if data[k:k + 16] == SERVICE_UUID_LE:
                    has_uuid = True
    if glance is None and bthome is None:
        raise glance_error or bthome_error or ProtocolError("FrameNotFound")
    return {"glance": glance, "bthome": bthome, "localName": name,
            "localNameComplete": name_complete, "hasServiceUuid": has_uuid}


# ----------------------------------------------------------------------------
# Characteristic Presentation Format descriptors (gatt.md)
# ----------------------------------------------------------------------------

FORMAT_UINT8, FORMAT_UINT16, FORMAT_UINT32 = 0x04, 0x06, 0x08
FORMAT_SINT16, FORMAT_SINT32 = 0x0E, 0x10

PRESENTATION = {
    # short uuid: (format, exponent, unit)
    0x0101: (FORMAT_UINT32, -3, 0x2728),
    0x0102: (FORMAT_SINT32, -3, 0x2704),
    0x0103: (FORMAT_SINT32, -3, 0x2726),
    0x0104: (FORMAT_SINT32, -3, 0x27B0),
    0x0105: (FORMAT_UINT32, -3, 0x27AB),
    0x0106: (FORMAT_UINT32, -3, 0x27AB),
    0x0107: (FORMAT_UINT16, -2, 0x27AD),
    0x0108: (FORMAT_SINT16, -2, 0x272F),
    0x0109: (FORMAT_UINT16, 0, 0x2760),
}


def presentation_format(short: int) -> bytes:
    fmt, exp, unit = PRESENTATION[short]
    return struct.pack("<BbHBH", fmt, exp, unit, 0x01, 0x0000)
