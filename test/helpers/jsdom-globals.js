// jsdom (jest 29) lacks TextEncoder/TextDecoder, which every browser Office runs in has.
const { TextEncoder, TextDecoder } = require("node:util");
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar asks for one. Nothing resizes here.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
