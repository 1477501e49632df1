// As README.md says: the nonce of the page's style-src, given to Lit before the library loads.
window.litNonce = 'fnw-e2e-nonce';
