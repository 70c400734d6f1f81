// In development the service worker does nothing, so that every reload gets fresh files. The published app uses
// service-worker.published.js, which caches the app for offline use.
self.addEventListener("fetch", () => {});
