// Lede's analysis worker: runs the engine (lede-engine.js + its wasm) off the
// page's main thread, so typing never waits for an analysis and a 5 MB text
// shows progress instead of freezing the page.
//
// Page -> worker: { id, text, options }.
// Worker -> page: { kind: 'loading', loaded, total } while the engine downloads
// (total is 0 when unknown), { kind: 'ready' }, { kind: 'failed', message } if it
// cannot load; per request { kind: 'progress', id, fraction } and then
// { kind: 'result', id, bytes } (the Analysis as postcard bytes, UTF-8 byte
// offsets; the buffer is transferred, not copied) or
// { kind: 'error', id, message }.
import init, { analyse_for_page } from './lede-engine.js';

const WASM = new URL('./lede-engine_bg.wasm', import.meta.url);

// Count the bytes as they arrive while the browser compiles the stream.
async function load() {
  const response = await fetch(WASM);
  if (!response.ok) throw new Error(`the analyser could not be downloaded (${response.status} ${response.statusText})`);
  const encoded = response.headers.get('content-encoding');
  const total = encoded ? 0 : Number(response.headers.get('content-length')) || 0;
  let body = response.body;
  if (body) {
    const [forCompile, forCount] = body.tee();
    body = forCompile;
    (async () => {
      const reader = forCount.getReader();
      let loaded = 0;
      let last = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        const now = performance.now();
        if (now - last > 50) {
          last = now;
          postMessage({ kind: 'loading', loaded, total });
        }
      }
    })().catch(() => {});
  }
  const stream = new Response(body, { headers: { 'content-type': 'application/wasm' } });
  await init({ module_or_path: stream });
}

const engine = load().then(
  () => { postMessage({ kind: 'ready' }); return true; },
  (e) => { postMessage({ kind: 'failed', message: String(e && e.message || e) }); return false; },
);

onmessage = async (event) => {
  const { id, text, options } = event.data;
  if (!(await engine)) return;
  try {
    const bytes = analyse_for_page(text, options, (fraction) => postMessage({ kind: 'progress', id, fraction }));
    postMessage({ kind: 'result', id, bytes }, [bytes.buffer]);
  } catch (e) {
    postMessage({ kind: 'error', id, message: String(e && e.message || e) });
  }
};
