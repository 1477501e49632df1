// Loaded before the library, as a plain script file (a strict policy allows no inline script).
// Records every Content Security Policy violation and every attempt to store something, so the
// tests can show there were none. `window.violations`, `window.storageWrites`.
(() => {
  const violations = [];
  const storageWrites = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample} (${e.sourceFile}:${e.lineNumber})`);
  });

  const wrap = (target, name, label) => {
    const original = target[name];
    target[name] = function (...args) {
      storageWrites.push(label);
      return original.apply(this, args);
    };
  };
  for (const name of ['setItem', 'removeItem', 'clear']) wrap(Storage.prototype, name, `Storage.${name}`);
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  if (self.CacheStorage) wrap(CacheStorage.prototype, 'open', 'caches.open');
  if (navigator.serviceWorker) wrap(Object.getPrototypeOf(navigator.serviceWorker), 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      storageWrites.push('document.cookie');
      cookie.set.call(this, value);
    },
  });

  Object.assign(window, { violations, storageWrites });
})();
