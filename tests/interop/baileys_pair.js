// Baileys 6.17.16 (dictionary v2) against the wapy emulator.
//
// Usage: node baileys_pair.js WS_URL AUTH_DIR
// Prints one line per step on stdout:
//   QR <text>          a QR code to scan (the test has the simulated phone scan it)
//   RESTART            the server asked for a restart (515 after pairing): reconnecting
//   OPEN <jid> <lid>   connection: open; the script then exits 0
//   CLOSE <code>       any other close; the script exits 2
// The emulator's certificate chain is accepted because Baileys 6.x checks only the
// intermediate's issuer serial, which the emulator's test authority sets to 0 as
// WhatsApp's does.
'use strict';
const baileys = require('@whiskeysockets/baileys');
const makeWASocket = baileys.default;
const { useMultiFileAuthState, DisconnectReason, Browsers } = baileys;
const pino = require('pino');

const [url, authDir] = process.argv.slice(2);
if (!url || !authDir) {
  console.error('usage: node baileys_pair.js WS_URL AUTH_DIR');
  process.exit(64);
}
setTimeout(() => { console.log('TIMEOUT'); process.exit(3); }, 60000).unref();

let opened = false;

async function start() {
  const { state, saveCreds } = await useMultiFileAuthState(authDir);
  const sock = makeWASocket({
    auth: state,
    waWebSocketUrl: url,
    logger: pino({ level: process.env.BAILEYS_LOG || 'silent' }),
    printQRInTerminal: false,
    browser: Browsers.ubuntu('Chrome'),
    connectTimeoutMs: 20000,
    markOnlineOnConnect: false,
    syncFullHistory: false,
    fireInitQueries: false,
  });
  sock.ev.on('creds.update', saveCreds);
  sock.ev.on('connection.update', async (update) => {
    if (update.qr) console.log('QR ' + update.qr);
    if (update.connection === 'open') {
      opened = true;
      await saveCreds();
      console.log('OPEN ' + sock.user.id + ' ' + (state.creds.me && state.creds.me.lid));
      sock.end(undefined);
      setTimeout(() => process.exit(0), 100);
    } else if (update.connection === 'close' && !opened) {
      const error = update.lastDisconnect && update.lastDisconnect.error;
      const code = error && error.output ? error.output.statusCode : 0;
      if (code === DisconnectReason.restartRequired) {
        console.log('RESTART');
        start();
      } else {
        console.log('CLOSE ' + code + ' ' + (error && error.message));
        process.exit(2);
      }
    }
  });
}
start().catch((error) => { console.log('CLOSE 0 ' + error.message); process.exit(2); });
