// Caches the published app's files (listed with their hashes in service-worker-assets.js, written by the build) so
// that the dashboard opens without a network once it was loaded. A new version replaces the cache on activation.
self.importScripts("./service-worker-assets.js");
self.addEventListener("install", (event) => event.waitUntil(onInstall()));
self.addEventListener("activate", (event) => event.waitUntil(onActivate()));
self.addEventListener("fetch", (event) => event.respondWith(onFetch(event)));

const cacheName = "cydshunt-" + self.assetsManifest.version;
const included = [/\.dll$/, /\.pdb$/, /\.wasm/, /\.html/, /\.js$/, /\.json$/, /\.css$/, /\.woff$/, /\.png$/, /\.svg$/, /\.webmanifest$/, /\.dat$/, /\.blat$/];

async function onInstall() {
  const requests = self.assetsManifest.assets
    .filter((asset) => included.some((pattern) => pattern.test(asset.url)))
    .map((asset) => new Request(asset.url, { integrity: asset.hash, cache: "no-cache" }));
  await caches.open(cacheName).then((cache) => cache.addAll(requests));
}

async function onActivate() {
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith("cydshunt-") && key !== cacheName).map((key) => caches.delete(key)));
}

async function onFetch(event) {
  if (event.request.method !== "GET") return fetch(event.request);
  // Navigations get index.html from the cache: the app is a single page.
  const request = event.request.mode === "navigate" ? "index.html" : event.request;
  const cached = await (await caches.open(cacheName)).match(request);
  return cached || fetch(event.request);
}
