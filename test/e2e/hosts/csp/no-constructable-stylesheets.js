// Makes Chromium look like a browser without constructable stylesheets, so Lit falls back to
// <style> elements in each shadow root, which carry `window.litNonce`.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
