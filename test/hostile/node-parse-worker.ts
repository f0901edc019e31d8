// The real parse worker (src/lib/worker/parse.worker.ts) in a Node child process: a shim gives
// it the `self` of a dedicated worker over the IPC channel, so Node tests can drive it through ParseClient.

export {};

if (!process.send) throw new Error('node-parse-worker runs only as a forked child process');
const send = process.send.bind(process);

// NOTE: the pipeline is loaded before `self` exists: the setimmediate polyfill under JSZip would
// take the fake `self` for a browser's and schedule through its postMessage.
await import('../../src/lib/inspect');

Object.assign(globalThis, {
  self: {
    postMessage: (message: unknown) => send(message),
    set onmessage(listener: (event: { data: unknown }) => void) {
      process.on('message', (data) => listener({ data }));
    },
  },
});

await import('../../src/lib/worker/parse.worker');
