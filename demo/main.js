// The page's script: the library as one file (it registers every element), then the demo's wiring.
import { createMemorySource } from '/dist/sales-elements.min.js';
import { startDemo } from './demo.js';

startDemo({ createMemorySource });
