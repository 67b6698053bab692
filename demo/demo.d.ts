// demo/demo.js wires the demo page when imported; it exports nothing.
export {};
