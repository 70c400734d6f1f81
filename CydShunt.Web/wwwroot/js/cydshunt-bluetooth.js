// The dashboard's only JavaScript: a thin layer over Web Bluetooth (and a file download). Every decision, every decode
// and every message is made in C# (CydShunt.Web/Bluetooth/WebBluetooth.cs); this module just moves bytes and events.

let device = null;
let listener = null;
const characteristics = new Map();
// Chromium hands out the same characteristic objects after a reconnect: one listener each, not one per connection.
const listening = new WeakSet();

function onDisconnected() {
  if (listener) listener.invokeMethodAsync("OnDisconnected");
}

function onValue(event) {
  const v = event.target.value;
  if (listener) listener.invokeMethodAsync("OnValue", event.target.uuid, new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
}

// Errors cross to .NET as "Name: message" so that C# can tell, e.g., a NotFoundError (chooser cancelled) from a
// NetworkError (link lost) without parsing a stack trace.
function rethrow(e) {
  throw new Error((e && e.name ? e.name : "Error") + ": " + (e && e.message ? e.message : String(e)));
}

function characteristic(uuid) {
  const c = characteristics.get(uuid);
  if (!c) throw new Error("NotFoundError: characteristic " + uuid + " is not on this device");
  return c;
}

/** "present", "missing" (no navigator.bluetooth: Firefox, Safari, or the flag is off) or "insecure" (not https). */
export function support() {
  if (!window.isSecureContext) return "insecure";
  return "bluetooth" in navigator && navigator.bluetooth ? "present" : "missing";
}

/** Whether the system has a Bluetooth adapter the browser may use (true when the browser cannot tell). */
export async function adapterAvailable() {
  try {
    return await navigator.bluetooth.getAvailability();
  } catch {
    return true;
  }
}

/** Receives OnValue(uuid, bytes) and OnDisconnected() calls. */
export function setListener(dotNetObject) {
  listener = dotNetObject;
}

/** Opens the browser's device chooser; returns the chosen device's name. */
export async function choose(serviceUuid, namePrefix, optionalServices) {
  try {
    device = await navigator.bluetooth.requestDevice({
      filters: [{ services: [serviceUuid] }, { namePrefix: namePrefix }],
      optionalServices: optionalServices,
    });
  } catch (e) {
    rethrow(e);
  }
  device.addEventListener("gattserverdisconnected", onDisconnected); // the same function is added once only
  return device.name || "";
}

/** Connects GATT and discovers the given services; returns the characteristics found with their properties. */
export async function connect(serviceUuids) {
  if (!device) throw new Error("InvalidStateError: no device chosen");
  characteristics.clear();
  try {
    const server = await device.gatt.connect();
    for (const serviceUuid of serviceUuids) {
      let service;
      try {
        service = await server.getPrimaryService(serviceUuid);
      } catch (e) {
        if (e && e.name === "NotFoundError") continue; // an optional service the device does not have
        throw e;
      }
      for (const c of await service.getCharacteristics()) {
        if (!listening.has(c)) {
          c.addEventListener("characteristicvaluechanged", onValue);
          listening.add(c);
        }
        characteristics.set(c.uuid, c);
      }
    }
  } catch (e) {
    rethrow(e);
  }
  return [...characteristics.values()].map((c) => ({
    uuid: c.uuid,
    read: c.properties.read,
    write: c.properties.write,
    notify: c.properties.notify,
    indicate: c.properties.indicate,
  }));
}

/** Reads a value; it arrives through OnValue (Web Bluetooth fires characteristicvaluechanged for reads too). */
export async function read(uuid) {
  try {
    await characteristic(uuid).readValue();
  } catch (e) {
    rethrow(e);
  }
}

/** Write with response (ATT Write Request). */
export async function write(uuid, bytes) {
  try {
    await characteristic(uuid).writeValueWithResponse(bytes);
  } catch (e) {
    rethrow(e);
  }
}

/** Enables notifications or indications (writes the CCCD). */
export async function subscribe(uuid) {
  try {
    await characteristic(uuid).startNotifications();
  } catch (e) {
    rethrow(e);
  }
}

export function isConnected() {
  return !!(device && device.gatt.connected);
}

export function disconnect() {
  if (device && device.gatt.connected) device.gatt.disconnect();
}

/** Saves text as a file (the CSV export). */
export function download(fileName, mimeType, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
